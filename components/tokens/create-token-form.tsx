"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useId, useRef } from "react";
import { TOKEN_SCOPES } from "@/shared/token-scopes";
import type { TokenScope } from "@/graphql/generated/client/graphql";
import { useErrorText } from "../apollo/use-error-text";
import { Card } from "../ui/card";
import { CopyableText } from "../ui/copyable-text";
import { fieldClass } from "../ui/field-class";
import { FormFooter } from "../ui/form-footer";
import { apolloClient } from "../apollo/apollo-client";
import { CreateApiTokenMutation } from "./token-operations";

type CreateTokenState =
  { status: "idle" } | { status: "created"; token: string; name: string } | { status: "error"; message: string };

/**
 * Creates a token with any of the API's scopes (each explained) and shows its
 * secret this once, with a Copy button. Focus goes to the new secret, so a
 * keyboard or screen reader user lands on what they must copy now.
 */
export function CreateTokenForm() {
  const router = useRouter();
  const t = useTranslations("Tokens");
  const describeError = useErrorText();
  const id = useId();
  const result = useRef<HTMLDivElement>(null);
  const create = async (_previous: CreateTokenState, form: FormData): Promise<CreateTokenState> => {
    try {
      const client = await apolloClient();
      const { data } = await client.mutate({
        mutation: CreateApiTokenMutation,
        variables: {
          input: { name: String(form.get("name") ?? ""), scopes: form.getAll("scopes") as TokenScope[] },
        },
      });
      if (!data) return { status: "error", message: t("refused") };
      // The list of tokens is rendered on the server.
      router.refresh();
      return { status: "created", token: data.createApiToken.token, name: data.createApiToken.apiToken.name };
    } catch (error) {
      return { status: "error", message: describeError(error) };
    }
  };
  const [state, action, pending] = useActionState<CreateTokenState, FormData>(create, { status: "idle" });
  useEffect(() => {
    if (state.status === "created") result.current?.focus();
  }, [state]);
  return (
    <div className="space-y-4">
      <Card as="form" action={action} className="space-y-3" data-testid="create-token-form">
        <h2 className="text-lg font-semibold">{t("newToken")}</h2>
        <div>
          <label htmlFor="token-name" className="block text-sm font-medium">
            {t("name")}
          </label>
          <input
            id="token-name"
            name="name"
            required
            maxLength={100}
            placeholder={t("namePlaceholder")}
            className={fieldClass("mt-1 w-full max-w-sm")}
          />
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">{t("scopes")}</legend>
          {TOKEN_SCOPES.map(({ scope }) => (
            <div key={scope} className="flex items-start gap-2 text-sm">
              <input
                id={`${id}-${scope}`}
                type="checkbox"
                name="scopes"
                value={scope}
                defaultChecked={scope === "READ_PROGRESS"}
                aria-describedby={`${id}-${scope}-help`}
                className="mt-0.5 h-4 w-4 shrink-0 accent-indigo-700"
              />
              <div>
                <label htmlFor={`${id}-${scope}`} className="font-medium">
                  {t(`scope.${scope}.label`)}
                </label>
                <p id={`${id}-${scope}-help`} className="text-slate-700 dark:text-slate-300">
                  {t(`scope.${scope}.explanation`)}
                </p>
              </div>
            </div>
          ))}
        </fieldset>
        <FormFooter
          label={t("create")}
          pendingLabel={t("creating")}
          pending={pending}
          error={state.status === "error" ? state.message : null}
        />
      </Card>
      {state.status === "created" && (
        <div
          ref={result}
          tabIndex={-1}
          role="region"
          aria-labelledby={`${id}-created`}
          className="space-y-2 rounded-lg border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950/50"
          data-testid="created-token"
        >
          <p id={`${id}-created`} className="text-sm font-medium">
            {t("created", { name: state.name })}
          </p>
          <CopyableText text={state.token} what={t("theToken")} testId="new-token" />
          <p className="text-xs text-slate-700 dark:text-slate-300">
            {t.rich("usage", {
              header: "Authorization: Bearer <token>",
              path: "/api/graphql",
              code: (chunks) => <code dir="ltr">{chunks}</code>,
            })}
          </p>
        </div>
      )}
    </div>
  );
}
