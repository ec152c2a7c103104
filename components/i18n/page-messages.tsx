import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { LAYOUT_NAMESPACES, PAGE_NAMESPACES, pickNamespaces, type MessagesPage } from "@/shared/i18n/client-messages";

/**
 * Sends a page's client components their messages (shared/i18n/client-messages.ts): the
 * layout's and the page's own, since a nested provider replaces its parent's messages rather
 * than adding to them. Wraps everything the page renders.
 */
export async function PageMessages({
  page,
  also = [],
  children,
}: {
  page: MessagesPage;
  /** Namespaces for what only some viewers of the page get (ROADMAP_VIEWER_NAMESPACES). */
  also?: readonly string[];
  children: ReactNode;
}) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider
      messages={pickNamespaces(messages, [...LAYOUT_NAMESPACES, ...PAGE_NAMESPACES[page], ...also])}
    >
      {children}
    </NextIntlClientProvider>
  );
}
