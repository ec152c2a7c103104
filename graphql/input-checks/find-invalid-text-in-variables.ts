import "server-only";

import type { OperationDefinitionNode } from "graphql";
import { textProblem, type InvalidText } from "./text-problem";

interface Pending {
  value: unknown;
  path: string;
}

/**
 * An unstorable string among the values of the operation's declared variables
 * (graphql-js ignores undeclared ones), or undefined. Iterative, because a JSON
 * body may nest far deeper than the call stack allows.
 */
export function findInvalidTextInVariables(
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | undefined,
): InvalidText | undefined {
  if (!variables) return undefined;
  const pending: Pending[] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (Object.hasOwn(variables, name)) pending.push({ value: variables[name], path: `$${name}` });
  }
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path } = next;
    if (typeof value === "string") {
      const problem = textProblem(value);
      if (problem) return { place: `variable \`${path}\``, problem };
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push({ value: item, path: `${path}[${index}]` }));
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) pending.push({ value: item, path: `${path}.${key}` });
    }
  }
  return undefined;
}
