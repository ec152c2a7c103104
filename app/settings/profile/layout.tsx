import type { ReactNode } from "react";
import { PageMessages } from "@/components/i18n/page-messages";

/** The messages this page's client components use (shared/i18n/client-messages.ts). */
export default function ProfileSettingsMessagesLayout({ children }: { children: ReactNode }) {
  return <PageMessages page="profileSettings">{children}</PageMessages>;
}
