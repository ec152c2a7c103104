// The documents live in merge-guest-progress-operation.graphql; codegen writes them, typed, beside it
// (merge-guest-progress-operation.generated.ts), so a page bundles only the operations it imports.
export { MergeGuestProgressDocument as MergeGuestProgressMutation } from "./merge-guest-progress-operation.generated";
