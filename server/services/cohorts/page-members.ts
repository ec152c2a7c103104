import "server-only";

import { encodeCursor, readPageRequest, type Page } from "../pagination";
import type { MemberFigures } from "./cohort-figures";

/**
 * A page of members already loaded (a cohort has at most 500), in the order
 * they joined: `first` and `after` as every connection takes them.
 */
export function pageMembers(members: readonly MemberFigures[], input: unknown): Page<MemberFigures> {
  const request = readPageRequest(input);
  const cursorOf = (member: MemberFigures) => ({ createdAt: member.joinedAt, id: member.userId });
  const after = request.after;
  const rest = after
    ? members.filter((member) => {
        const at = member.joinedAt.getTime();
        return at > after.createdAt.getTime() || (at === after.createdAt.getTime() && member.userId > after.id);
      })
    : members;
  const shown = rest.slice(0, request.first);
  return {
    edges: shown.map((member) => ({ cursor: encodeCursor(cursorOf(member)), node: member })),
    hasNextPage: rest.length > request.first,
    hasPreviousPage: after !== null,
  };
}
