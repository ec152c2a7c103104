import Link from "next/link";
import { pageTranslations } from "@/server/i18n/server-translator";
import { currentSession } from "@/server/auth/viewer-from-request";
import { UserMenu } from "./auth/user-menu";
import { LocaleSwitcher } from "./i18n/locale-switcher";
import { NavLink } from "./nav-link";
import { ThemeToggle } from "./theme-toggle";

export async function SiteHeader() {
  const [session, t] = await Promise.all([currentSession(), pageTranslations("Header")]);
  const signedIn = Boolean(session?.user);
  return (
    <header className="border-b border-slate-200 bg-white/80 backdrop-blur dark:border-slate-800 dark:bg-slate-900/80">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-2 gap-y-1 px-4 py-2 sm:flex-nowrap sm:gap-4 sm:px-6">
        <Link href="/" className="me-auto flex items-center gap-2 rounded font-semibold tracking-tight sm:me-0">
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="h-6 w-6 text-indigo-600 dark:text-indigo-400"
            fill="currentColor"
          >
            <path d="M12 2 4 6v6c0 5 3.4 9.3 8 10 4.6-.7 8-5 8-10V6l-8-4zm-1 14-4-4 1.4-1.4L11 13.2l4.6-4.6L17 10l-6 6z" />
          </svg>
          {/* The icon alone on the narrowest phones, so the account fits on the first row. */}
          <span className="max-[379px]:sr-only">{t("home")}</span>
        </Link>
        {/* On phones the links take a row of their own under the logo and account. */}
        <nav aria-label={t("main")} className="order-last -ms-2 w-full sm:order-none sm:ms-2 sm:w-auto sm:flex-1">
          <ul className="flex flex-wrap items-center gap-x-0.5 text-sm sm:gap-x-2">
            <li>
              <NavLink href="/">{t("roadmaps")}</NavLink>
            </li>
            <li>
              <NavLink href="/explore">{t("explore")}</NavLink>
            </li>
            {signedIn && (
              <li>
                <NavLink href="/roadmaps/mine">{t("mine")}</NavLink>
              </li>
            )}
            <li>
              <NavLink href="/dashboard">{t("dashboard")}</NavLink>
            </li>
            {signedIn && (
              <li>
                <NavLink href="/cohorts">{t("cohorts")}</NavLink>
              </li>
            )}
            <li>
              <NavLink href="/playground">{t("api")}</NavLink>
            </li>
            {signedIn && (
              <li>
                {/* One entry for sharing and tokens, so the links still fit a 360 px phone. */}
                <NavLink href="/settings/profile" activePrefix="/settings">
                  {t("settings")}
                </NavLink>
              </li>
            )}
          </ul>
        </nav>
        <LocaleSwitcher signedIn={signedIn} />
        <ThemeToggle />
        <UserMenu />
      </div>
    </header>
  );
}
