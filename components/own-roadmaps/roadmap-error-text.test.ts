import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { describe, expect, it } from "vitest";
import { testTranslator } from "@/shared/i18n/test-translator";
import type { Locale } from "@/shared/i18n/locales";
import { errorText, type ApiError } from "../apollo/use-error-text";
import { roadmapErrorText, type RoadmapErrorContext } from "./use-roadmap-error-text";

/*
 * The sentence a refused save, fork, visibility change or deletion shows: chosen
 * by the error's code (and fields), in the page's language; English as the
 * server writes it; anything unknown as the server's message.
 */

function graphQLFailure(message: string, extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions }] });
}

function say(locale: Locale, failure: unknown, context: RoadmapErrorContext): string {
  const t = testTranslator(locale, "RoadmapErrors");
  const problemT = testTranslator(locale, "RoadmapProblems");
  return errorText(testTranslator(locale, "ActionErrors"), failure, (error: ApiError) =>
    roadmapErrorText({ t, problemT }, error, context),
  );
}

const NEW: RoadmapErrorContext = { action: "save", roadmapId: null };

describe("roadmap error sentences", () => {
  it("lists the importer's problems line by line, their text as the parser wrote it", () => {
    const failure = graphQLFailure("The roadmap has problems:\n...", {
      code: "BAD_USER_INPUT",
      problems: [
        { line: 3, message: "unknown resource kind" },
        { line: 7, message: "an item needs a title" },
      ],
    });
    expect(say("en", failure, NEW)).toBe("Line 3: unknown resource kind\nLine 7: an item needs a title");
    expect(say("de", failure, NEW)).toBe("Zeile 3: unknown resource kind\nZeile 7: an item needs a title");
  });

  it("says each problem the server sent with its code in the page's language", () => {
    const failure = graphQLFailure("The roadmap has problems:\n...", {
      code: "BAD_USER_INPUT",
      problems: [
        { line: 4, message: "this line has no text", code: "noText", values: {} },
        { line: 9, message: 'the key "a" is already used on line 2', code: "keyTaken", values: { key: "a", line: 2 } },
      ],
    });
    const problemT = testTranslator("de", "RoadmapProblems");
    expect(say("en", failure, NEW)).toBe(
      'Line 4: this line has no text\nLine 9: the key "a" is already used on line 2',
    );
    expect(say("de", failure, NEW)).toBe(
      `Zeile 4: ${problemT("noText")}\nZeile 9: ${problemT("keyTaken", { key: "a", line: 2 })}`,
    );
  });

  it("says why a new address was refused, from the address asked for", () => {
    const refused = () => graphQLFailure("x", { code: "BAD_USER_INPUT", fields: { slug: "the server's reason" } });
    const with_ = (slug: string): RoadmapErrorContext => ({ ...NEW, slug });
    expect(say("en", refused(), with_("go"))).toBe("slug: you already have a roadmap called go");
    expect(say("es", refused(), with_("go"))).toBe("Ya tienes una ruta llamada go.");
    expect(say("en", refused(), with_("mine"))).toBe(
      "Invalid input: slug: is a word Waymark's pages use; choose another",
    );
    expect(say("en", refused(), with_("Go--x"))).toBe(
      "Invalid input: slug: must be lowercase letters, digits and single dashes (the name after your login)",
    );
  });

  it("counts the quota in the language's plural, and tells it from a missing login", () => {
    const quota = graphQLFailure("You have 50 roadmaps, the most a learner may keep (50); delete one first.", {
      code: "BAD_USER_INPUT",
    });
    expect(say("en", quota, { action: "fork", roadmapId: "r1" })).toBe(
      "You have 50 roadmaps, the most a learner may keep (50); delete one first.",
    );
    expect(say("ar", quota, NEW)).toContain("50 خريطةً");
    const noLogin = graphQLFailure("Your account has no GitHub login...", { code: "BAD_USER_INPUT" });
    expect(say("ja", noLogin, NEW)).toContain("GitHub のログイン名");
  });

  it("says who may do what the viewer was refused", () => {
    const forbidden = graphQLFailure("x", { code: "FORBIDDEN" });
    expect(say("en", forbidden, { action: "save", roadmapId: "r1" })).toBe(
      "Only the owner can change this roadmap; fork it to make your own copy.",
    );
    expect(say("en", forbidden, { action: "save", roadmapId: "r1", builtIn: true })).toBe(
      "Only administrators can edit built-in roadmaps, from a browser session.",
    );
    expect(say("pt-BR", forbidden, { action: "visibility", roadmapId: "r1" })).toBe(
      "Só o dono pode alterar quem vê esta trilha.",
    );
    expect(say("en", graphQLFailure("x", { code: "NOT_FOUND" }), { action: "delete", roadmapId: "r1" })).toBe(
      "Roadmap r1 was not found.",
    );
  });

  it("translates the codes every action meets, and keeps the server's message for the rest", () => {
    expect(say("es", graphQLFailure("x", { code: "UNAUTHENTICATED" }), NEW)).toBe(
      "Tu sesión ha terminado. Vuelve a iniciar sesión para guardar los cambios.",
    );
    const busy = new ServerError("busy", { response: new Response(null, { status: 429 }), bodyText: "" });
    expect(say("en", busy, NEW)).toBe("Too many changes at once. Wait a moment and try again.");
    expect(say("de", new TypeError("Failed to fetch"), NEW)).toBe(
      "Der Server war nicht erreichbar. Prüfe deine Verbindung.",
    );
    const unknown = graphQLFailure("markdown: is far over the size limit", {
      code: "BAD_USER_INPUT",
      fields: { markdown: "is far over the size limit" },
    });
    expect(say("ja", unknown, { action: "save", roadmapId: "r1" })).toBe("markdown: is far over the size limit");
  });
});
