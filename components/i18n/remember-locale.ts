import { LOCALE_COOKIE, type Locale } from "@/shared/i18n/locales";

/**
 * Keeps a language choice: in this browser's cookie always (null: forget it and
 * follow Accept-Language), and on the account when signed in, so every browser
 * the learner signs in with renders in it. The mutation's document loads on the
 * first change, not with the header of every page.
 */
export async function rememberLocale(locale: Locale | null, signedIn: boolean): Promise<void> {
  document.cookie = locale
    ? `${LOCALE_COOKIE}=${encodeURIComponent(locale)}; path=/; max-age=31536000; samesite=lax`
    : `${LOCALE_COOKIE}=; path=/; max-age=0; samesite=lax`;
  if (!signedIn) return;
  const [{ apolloClient }, { SetLocaleMutation }] = await Promise.all([
    import("../apollo/apollo-client"),
    import("./locale-operations"),
  ]);
  const client = await apolloClient();
  await client.mutate({ mutation: SetLocaleMutation, variables: { input: { locale } } });
}
