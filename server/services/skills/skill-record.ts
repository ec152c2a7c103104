import "server-only";

/** A skill as the catalogue names it: items of any roadmap claiming `name` teach it. */
export interface SkillRecord {
  /** Marks the record for Node's type resolution (service models carry no type name). */
  kind: "Skill";
  name: string;
  title: string;
}

/** A Skill's global id (Node.id): its name behind a prefix no stored id has. */
export const SKILL_ID_PREFIX = "skill:";

export function skillId(name: string): string {
  return `${SKILL_ID_PREFIX}${name}`;
}

/** The skill name of a global id, or null when the id is not a skill's. */
export function skillNameOfId(id: string): string | null {
  return id.startsWith(SKILL_ID_PREFIX) ? id.slice(SKILL_ID_PREFIX.length) : null;
}
