import type { CodegenConfig } from "@graphql-codegen/cli";

// `npm run codegen` after editing graphql/schema or an operation in components/.
const CLIENT_CONFIG = {
  enumsAsTypes: true,
  useTypeImports: true,
  nonOptionalTypename: true,
  scalars: { ID: "string" },
};

const config: CodegenConfig = {
  schema: ["graphql/schema/*.ts", "!graphql/schema/index.ts"],
  // Operations live in .graphql files beside the components that send them: the generated
  // documents are imported one by one, so a page bundles only the operations it uses.
  documents: ["components/**/*.graphql"],
  ignoreNoDocuments: true,
  generates: {
    "graphql/generated/resolvers-types.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        useIndexSignature: true,
        contextType: "../context#GraphQLContext",
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { ID: "string" },
        useTypeImports: true,
        mappers: {
          Roadmap: "../models#RoadmapModel",
          Section: "../models#SectionModel",
          Item: "../models#ItemModel",
          Resource: "../models#ResourceModel",
          Viewer: "../models#ViewerModel",
          ApiToken: "../models#ApiTokenModel",
          Activity: "../models#ActivityModel",
          CreateApiTokenPayload: "../models#CreateApiTokenPayloadModel",
          ImportRoadmapPayload: "../models#ImportRoadmapPayloadModel",
          Completion: "../models#CompletionModel",
          PublicProfile: "../models#PublicProfileModel",
          CreateCalendarFeedPayload: "../models#CreateCalendarFeedPayloadModel",
          SaveRoadmapPayload: "../models#SaveRoadmapPayloadModel",
          RoadmapConnection: "../models#RoadmapConnectionModel",
          ApiTokenConnection: "../models#ApiTokenConnectionModel",
          Cohort: "../models#CohortModel",
          CohortConnection: "../models#CohortConnectionModel",
          CohortMember: "../models#CohortMemberModel",
          CohortMemberConnection: "../models#CohortMemberConnectionModel",
          PublicUser: "../models#PublicUserModel",
          CohortStanding: "../models#CohortStandingModel",
          CohortMatrix: "../models#CohortMatrixModel",
          CohortMatrixRow: "../models#CohortMatrixRowModel",
          CohortMatrixSection: "../models#CohortMatrixSectionModel",
          CohortSharedNote: "../models#CohortSharedNoteModel",
          CohortInvitePreview: "../models#CohortInvitePreviewModel",
          CohortInvite: "../models#CohortInviteModel",
          ReviewState: "../models#ReviewStateModel",
          ReviewQueue: "../models#ReviewQueueModel",
          ItemConnection: "../models#ItemConnectionModel",
          ReviewSettings: "../models#ReviewSettingsModel",
          Skill: "../models#SkillModel",
          SharedSkill: "../models#SharedSkillModel",
          RoadmapTranslation: "../models#RoadmapTranslationModel",
          SkillConnection: "../models#SkillConnectionModel",
        },
      },
    },
    // The schema's types and every operation's result type, for components to import as types.
    "graphql/generated/client/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: CLIENT_CONFIG,
    },
    // Each .graphql file's documents beside it (x.graphql -> x.generated.ts): a page then
    // bundles only the documents of the operation files it imports (the bundler keeps a
    // module's exports whole, so one shared file of documents would ship them all).
    components: {
      preset: "near-operation-file",
      presetConfig: { extension: ".generated.ts", baseTypesPath: "~@/graphql/generated/client/graphql" },
      plugins: ["typescript-operations", "typed-document-node"],
      config: CLIENT_CONFIG,
    },
  },
};

export default config;
