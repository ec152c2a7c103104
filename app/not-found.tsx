import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";

/** Any address that leads nowhere: an unknown page, a roadmap that does not exist (or is not yours to see). */
export default function NotFound() {
  return (
    <Card padding="lg" className="mx-auto max-w-xl space-y-4" data-testid="not-found">
      <PageTitle description="There is nothing at this address. The link may be mistyped, or what it pointed to is gone.">
        Page not found
      </PageTitle>
      <p>
        <Link href="/" className="font-medium text-indigo-700 underline dark:text-indigo-300">
          See all roadmaps
        </Link>{" "}
        or go to{" "}
        <Link href="/dashboard" className="font-medium text-indigo-700 underline dark:text-indigo-300">
          your dashboard
        </Link>
        .
      </p>
    </Card>
  );
}
