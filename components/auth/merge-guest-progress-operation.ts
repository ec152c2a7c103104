// The documents live in merge-guest-progress-operation.graphql (codegen types them); importing them one by one
// keeps each page's bundle to the operations it uses.
export { MergeGuestProgressDocument as MergeGuestProgressMutation } from "@/graphql/generated/client/graphql";
