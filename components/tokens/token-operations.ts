// The documents live in token-operations.graphql (codegen types them); importing them one by one
// keeps each page's bundle to the operations it uses.
export {
  CreateApiTokenDocument as CreateApiTokenMutation,
  RevokeApiTokenDocument as RevokeApiTokenMutation,
} from "@/graphql/generated/client/graphql";
