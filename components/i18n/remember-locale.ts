import { LOCALE_COOKIE, type Locale } from "@/shared/i18n/locales";
import { apolloClient } from "../apollo/apollo-client";
import { SetLocaleMutation } from "./locale-operations";

/**
 * Keeps a language choice: in this browser's cookie always (null: forget it and
 * follow Accept-Language), and on the account when signed in, so every browser
 * the learner signs in with renders in it.
 */
export async function rememberLocale(locale: Locale | null, signedIn: boolean): Promise<void> {
  document.cookie = locale
    ? `${LOCALE_COOKIE}=${encodeURIComponent(locale)}; path=/; max-age=31536000; samesite=lax`
    : `${LOCALE_COOKIE}=; path=/; max-age=0; samesite=lax`;
  if (!signedIn) return;
  const client = await apolloClient();
  await client.mutate({ mutation: SetLocaleMutation, variables: { input: { locale } } });
}
