// The documents live in skill-operations.graphql; codegen writes them, typed, beside it.
export { SkillSuggestionsDocument as SkillSuggestionsQuery } from "./skill-operations.generated";
