"use client";

import { useLocale, useTranslations } from "next-intl";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { ItemStatus } from "@/graphql/generated/client/graphql";
import type { ResourceKind } from "@/server/db/generated/enums";
import { STATUSES } from "./status-meta";

type Translator = ReturnType<typeof useTranslations>;

/**
 * What every checklist row says in the page's language, made once per checklist:
 * the words all rows repeat (the status names, a resource's kind, "opens in a new
 * tab"), and the translators for the texts with a row's own values. With a
 * translator made in every row's components and the same words translated again
 * in each, next-intl took 7.4% of the roadmap page's server CPU; made once, 3.2%
 * (docs/testing.md, "Server render").
 */
export interface RowTexts {
  locale: string;
  /** `Roadmap` messages with a row's values ("Status of {title}"). */
  roadmap: Translator;
  /** `ResourceLink` messages with a link's values ("In {language}"). */
  resource: Translator;
  status: Readonly<Record<ItemStatus, string>>;
  /** A resource kind's name ("Video"), translated the first time a row shows it. */
  kind: (kind: ResourceKind) => string;
  opensInNewTab: string;
  skill: string;
}

const RowTextsContext = createContext<RowTexts | null>(null);

export function RowTextsProvider({ children }: { children: ReactNode }) {
  const roadmap = useTranslations("Roadmap");
  const resource = useTranslations("ResourceLink");
  const statusName = useTranslations("ItemStatus");
  const locale = useLocale();
  const texts = useMemo((): RowTexts => {
    const kinds = new Map<ResourceKind, string>();
    return {
      locale,
      roadmap,
      resource,
      status: Object.fromEntries(STATUSES.map((status) => [status, statusName(status)])) as Record<ItemStatus, string>,
      kind: (kind) => {
        let name = kinds.get(kind);
        if (name === undefined) {
          name = resource("kind", { kind });
          kinds.set(kind, name);
        }
        return name;
      },
      opensInNewTab: resource("opensInNewTab"),
      skill: roadmap("skill"),
    };
  }, [locale, roadmap, resource, statusName]);
  return <RowTextsContext.Provider value={texts}>{children}</RowTextsContext.Provider>;
}

/** The texts of the checklist around the calling row (RowTextsProvider). */
export function useRowTexts(): RowTexts {
  const texts = useContext(RowTextsContext);
  if (!texts) throw new Error("useRowTexts is called outside a RowTextsProvider (the roadmap checklist).");
  return texts;
}
