"use client";

import { ErrorPanel } from "@/components/errors/error-panel";

/** A page that failed to render, inside the site's layout. */
export default function PageError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel {...props} />;
}
