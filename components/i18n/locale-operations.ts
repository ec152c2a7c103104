// The documents live in locale-operations.graphql; codegen writes them, typed, beside it.
export { SetLocaleDocument as SetLocaleMutation } from "./locale-operations.generated";
