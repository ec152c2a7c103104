import "server-only";

export const translationTypeDefs = /* GraphQL */ `
  "A roadmap's content in another language: the same items (and so the same progress), its own texts and links."
  type RoadmapTranslation {
    "Its language, a BCP 47 tag: es, pt-BR, de, ja, ar or en."
    language: String!
    "The roadmap's title in that language."
    title: String!
    """
    Live items of the original it has no text for (the original has grown since it was saved): they
    show in the original's language until the translation is saved again.
    """
    missingItems: Int!
    "When it was last saved (ISO 8601)."
    updatedAt: String!
    "The translation's markdown as last saved (the original's keys pinned on its items)."
    markdown: String!
    "The roadmap's page in that language."
    path: String!
  }

  extend type Roadmap {
    """
    The language this roadmap's texts are served in (a BCP 47 tag): a translation's when roadmap(slug,
    language) found one, else the language it is written in.
    """
    language: String!
    "The language it is written in."
    originalLanguage: String!
    "Its translations, by language."
    translations: [RoadmapTranslation!]!
  }

  extend type Resource {
    """
    The language of the page it links to, when it is not the language the roadmap is served in
    (a link to English documentation in a Spanish translation: en); null otherwise.
    """
    language: String
  }

  "Input of saveRoadmapTranslation."
  input SaveRoadmapTranslationInput {
    "A roadmap the viewer may edit."
    roadmapId: ID!
    "The translation's language: es, pt-BR, de, ja, ar or en (not the roadmap's own)."
    language: String!
    """
    The roadmap in that language: the original's sections in the same order and its items by key
    (pin each with <!-- key: … -->), under the same parents. Links may differ; an item that lists
    none keeps the original's.
    """
    markdown: String!
  }

  "Input of deleteRoadmapTranslation."
  input DeleteRoadmapTranslationInput {
    "A roadmap the viewer may edit."
    roadmapId: ID!
    "The translation's language."
    language: String!
  }

  extend type Mutation {
    """
    Adds or replaces a translation of a roadmap the viewer may edit; returns the roadmap in that
    language. A file with problems, or one whose keys do not match the original's, is BAD_USER_INPUT
    with extensions.problems (line, message, code, values), extensions.missingKeys (the original's keys it lacks,
    with their lines in the original) and extensions.extraKeys (its keys the original lacks, with
    their lines); nothing is written. Needs WRITE_ROADMAPS; counts as a save (RATE_LIMITED).
    """
    saveRoadmapTranslation("The roadmap, the language and the markdown." input: SaveRoadmapTranslationInput!): Roadmap!
    "Removes a translation; its readers see the original. Needs WRITE_ROADMAPS."
    deleteRoadmapTranslation("The roadmap and the language." input: DeleteRoadmapTranslationInput!): Roadmap!
  }
`;
