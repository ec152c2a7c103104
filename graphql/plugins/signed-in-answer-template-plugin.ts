import "server-only";

import type { ApolloServerPlugin } from "@apollo/server";
import { contentEpoch } from "@/app/lib/services/roadmaps/content-epoch";
import type { GraphQLContext } from "../context";
import { AnswerHoles } from "../signed-in-answers/answer-holes";
import { answerTemplate } from "../signed-in-answers/answer-templates";
import { isFillableSignedInQuery } from "../signed-in-answers/fillable-operation";
import { markTooLargeToKeep, storeAnswerTemplate } from "../signed-in-answers/signed-in-answers";

/**
 * Keeps the answer of a successful signed-in query as this viewer's template
 * (signed-in-answers.ts), which the HTTP handler then fills without running
 * Apollo. Only queries made of fields that are content or mark their holes are
 * kept; the holes are recorded while the query runs, and the template is cut
 * from the answer that is sent. The epoch is read before the query runs, so an
 * answer computed while the content changed is kept under the old epoch, which
 * no later request finds current.
 */
export function signedInAnswerTemplatePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const keep = contextValue.signedInAnswer;
      const viewer = contextValue.viewer;
      if (!viewer || !keep) return;
      return {
        async didResolveOperation({ operation, document, schema }) {
          if (operation?.operation !== "query" || !isFillableSignedInQuery(schema, document, operation)) return;
          // Read before anything of the content is: see above. Not kept if it cannot be read.
          keep.epoch ??= await contentEpoch().catch(() => undefined);
          if (keep.epoch !== undefined) contextValue.answerHoles = new AnswerHoles();
        },
        async willSendResponse({ response }) {
          const holes = contextValue.answerHoles;
          if (!holes || keep.epoch === undefined || response.body.kind !== "single") return;
          if (holes.overflowed) return markTooLargeToKeep(viewer, keep.key);
          const template = answerTemplate(response.body.singleResult, holes.holes, holes.roadmapIds, keep.epoch);
          if (template) storeAnswerTemplate(viewer, keep.key, template);
        },
      };
    },
  };
}
