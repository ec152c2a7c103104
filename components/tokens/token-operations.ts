// The documents live in token-operations.graphql; codegen writes them, typed, beside it
// (token-operations.generated.ts), so a page bundles only the operations it imports.
export {
  CreateApiTokenDocument as CreateApiTokenMutation,
  RevokeApiTokenDocument as RevokeApiTokenMutation,
} from "./token-operations.generated";
