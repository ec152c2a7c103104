import "server-only";

import { BREAK, Kind, visit, type DocumentNode, type ValueNode } from "graphql";
import { textProblem, type InvalidText } from "./text-problem";

/** An unstorable string inside one literal value (nesting is bounded by the document's token limit). */
function findInValue(value: ValueNode, path: string): { path: string; problem: string } | undefined {
  switch (value.kind) {
    case Kind.STRING: {
      const problem = textProblem(value.value);
      return problem ? { path, problem } : undefined;
    }
    case Kind.LIST:
      for (const [index, item] of value.values.entries()) {
        const found = findInValue(item, `${path}[${index}]`);
        if (found) return found;
      }
      return undefined;
    case Kind.OBJECT:
      for (const field of value.fields) {
        const found = findInValue(field.value, `${path}.${field.name.value}`);
        if (found) return found;
      }
      return undefined;
    default:
      return undefined;
  }
}

/*
 * Per document, its answer: Apollo hands the same parsed document to every
 * request with the same text (its document store), and a document never
 * changes, so the walk over it is made once instead of on every request.
 */
const answers = new WeakMap<DocumentNode, InvalidText | null>();

/**
 * An unstorable string written into the document itself: in an argument (of a
 * field or directive) or a variable's default value, or undefined. The parser
 * already refuses unpaired surrogates there, but accepts NUL ("\u0000").
 */
export function findInvalidTextInLiterals(document: DocumentNode): InvalidText | undefined {
  let answer = answers.get(document);
  if (answer === undefined) {
    answer = walk(document) ?? null;
    answers.set(document, answer);
  }
  return answer ?? undefined;
}

function walk(document: DocumentNode): InvalidText | undefined {
  let invalid: InvalidText | undefined;
  visit(document, {
    Argument(node) {
      const found = findInValue(node.value, node.name.value);
      if (!found) return false;
      invalid = { place: `argument \`${found.path}\``, problem: found.problem };
      return BREAK;
    },
    VariableDefinition(node) {
      const found = node.defaultValue && findInValue(node.defaultValue, `$${node.variable.name.value}`);
      // Not found: go on into the definition's directives, whose arguments are checked above.
      if (!found) return undefined;
      invalid = { place: `default value of \`${found.path}\``, problem: found.problem };
      return BREAK;
    },
  });
  return invalid;
}
