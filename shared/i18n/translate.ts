/** A translator of one namespace, as next-intl's createTranslator gives one: t("key", values). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;
