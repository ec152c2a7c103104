import type { ErrorPanelText } from "@/components/errors/error-panel";
import type { Locale } from "@/shared/i18n/locales";

/*
 * The error panel of the page shown when the site's layout itself failed (global-error.tsx), in
 * every language: that page cannot load messages from the server, and importing messages/<tag>.json
 * in the browser would publish every language's whole file as a static chunk. These are copies of
 * each messages/<tag>.json's ErrorPanel, which stays the one place to change them:
 * global-error-texts.test.ts fails when a copy differs.
 */
export const GLOBAL_ERROR_TEXTS: Record<Locale, ErrorPanelText> = {
  en: {
    title: "Something went wrong",
    description: "This page could not be shown. Nothing you saved is lost; it is usually a passing problem.",
    tryAgain: "Try again",
    home: "Go to the roadmaps",
    reference: "Reference for support:",
  },
  es: {
    title: "Algo salió mal",
    description:
      "No se pudo mostrar esta página. No se ha perdido nada de lo que guardaste; suele ser un problema pasajero.",
    tryAgain: "Reintentar",
    home: "Ir a las rutas",
    reference: "Referencia para soporte:",
  },
  "pt-BR": {
    title: "Algo deu errado",
    description:
      "Não foi possível mostrar esta página. Nada do que você salvou foi perdido; costuma ser um problema passageiro.",
    tryAgain: "Tentar de novo",
    home: "Ir para as trilhas",
    reference: "Referência para o suporte:",
  },
  de: {
    title: "Etwas ist schiefgelaufen",
    description:
      "Diese Seite konnte nicht angezeigt werden. Nichts Gespeichertes ist verloren; meist ist es ein vorübergehendes Problem.",
    tryAgain: "Erneut versuchen",
    home: "Zu den Lernpfaden",
    reference: "Referenz für den Support:",
  },
  ja: {
    title: "問題が発生しました",
    description: "このページを表示できませんでした。保存した内容は失われていません。たいていは一時的な問題です。",
    tryAgain: "もう一度試す",
    home: "ロードマップへ",
    reference: "サポート用の参照番号:",
  },
  ar: {
    title: "حدث خطأ ما",
    description: "تعذّر عرض هذه الصفحة. لم يضِع شيء مما حفظته؛ وغالبًا ما تكون مشكلة عابرة.",
    tryAgain: "حاول مرة أخرى",
    home: "انتقل إلى الخرائط",
    reference: "مرجع للدعم:",
  },
};
