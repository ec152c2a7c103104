import "server-only";

import type { TokenScope } from "../../db/generated/enums";

/** A token as shown to its owner: never the secret, never the hash. */
export interface ApiTokenRecord {
  id: string;
  name: string;
  scopes: TokenScope[];
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

export const apiTokenRecordSelect = {
  id: true,
  name: true,
  scopes: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
} as const;
