export const operationTypeDefs = /* GraphQL */ `
  type Query {
    "Every roadmap, in title order."
    roadmaps: [Roadmap!]!
    "One roadmap by slug; null when there is none."
    roadmap(slug: String!): Roadmap
    "One item by id; null when there is none."
    item(id: ID!): Item
    "The signed-in learner; null when signed out."
    viewer: Viewer
  }

  type Mutation {
    "Sets the viewer's status of one item. Idempotent: repeating a status changes nothing."
    setItemStatus(input: SetItemStatusInput!): Item!
    "Writes the viewer's private note on an item; an empty or null note deletes it."
    setItemNote(input: SetItemNoteInput!): Item!
    "Puts every item of a roadmap back to NOT_STARTED for the viewer (history keeps the reset; notes stay)."
    resetRoadmapProgress(input: ResetRoadmapProgressInput!): Roadmap!
    "Folds progress made as a guest (in the browser) into the account; per item the newer change wins."
    mergeGuestProgress(input: MergeGuestProgressInput!): MergeGuestProgressPayload!
    "Creates a personal access token. The secret is in the payload once and never again. Needs a browser session."
    createApiToken(input: CreateApiTokenInput!): CreateApiTokenPayload!
    "Revokes one of the viewer's tokens; true when it was active. Needs a browser session."
    revokeApiToken(input: RevokeApiTokenInput!): Boolean!
    "Creates or updates a roadmap from a markdown checklist (administrators only)."
    importRoadmap(input: ImportRoadmapInput!): ImportRoadmapPayload!
  }

  input SetItemStatusInput {
    itemId: ID!
    status: ItemStatus!
  }

  input SetItemNoteInput {
    itemId: ID!
    "Markdown, at most 10,000 characters; empty or null deletes the note."
    note: String
  }

  input ResetRoadmapProgressInput {
    roadmapId: ID!
  }

  input GuestProgressEntry {
    itemId: ID!
    status: ItemStatus!
    "When the guest made the change, ISO 8601."
    updatedAt: String!
  }

  input MergeGuestProgressInput {
    "At most 5,000 entries."
    entries: [GuestProgressEntry!]!
  }

  type MergeGuestProgressPayload {
    "Changes applied."
    merged: Int!
    "Entries for items that no longer exist."
    ignored: Int!
  }

  input CreateApiTokenInput {
    "1-100 characters, to recognise the token later."
    name: String!
    "At least one scope."
    scopes: [TokenScope!]!
  }

  type CreateApiTokenPayload {
    "The secret: send it as Authorization: Bearer <token>. Shown only this once."
    token: String!
    apiToken: ApiToken!
  }

  input RevokeApiTokenInput {
    id: ID!
  }

  input ImportRoadmapInput {
    "URL-safe name: lowercase letters, digits and dashes."
    slug: String!
    "The roadmap as a markdown checklist (see the README for the format)."
    markdown: String!
  }

  type ImportRoadmapPayload {
    roadmap: Roadmap!
    "True when the slug was new."
    created: Boolean!
    "Sections and items added or changed."
    changed: Int!
    "Sections and items no longer in the markdown (kept for history, hidden)."
    retired: Int!
  }
`;
