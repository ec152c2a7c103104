import type { Metadata } from "next";
import { GraphqlPlayground } from "@/components/playground/graphql-playground";

export const metadata: Metadata = { title: "GraphQL playground" };

export default function PlaygroundPage() {
  return (
    <>
      {/* GraphiQL has no page heading of its own; screen reader users navigate by one. */}
      <h1 className="sr-only">GraphQL playground</h1>
      <GraphqlPlayground />
    </>
  );
}
