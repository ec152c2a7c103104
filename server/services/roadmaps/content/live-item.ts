import "server-only";

import { Prisma } from "../../../db/generated/client";

/**
 * The one definition of an item learners can see and act on: neither it nor its
 * section was retired by a re-import. Retired items keep their history but count
 * nowhere and accept no changes.
 */
export const LIVE_ITEM = { retiredAt: null, section: { retiredAt: null } } satisfies Prisma.ItemWhereInput;

/** LIVE_ITEM in raw SQL, over `"Item" i JOIN "Section" s ON s."id" = i."sectionId"`. */
export const LIVE_ITEM_SQL = Prisma.sql`i."retiredAt" IS NULL AND s."retiredAt" IS NULL`;
