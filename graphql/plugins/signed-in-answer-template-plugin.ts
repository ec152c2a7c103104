import "server-only";

import type { ApolloServerPlugin } from "@apollo/server";
import { contentEpoch } from "@/app/lib/services/roadmaps/content-epoch";
import { keptAnswerResponse } from "../answer-text";
import type { GraphQLContext } from "../context";
import { AnswerHoles } from "../signed-in-answers/answer-holes";
import { answerTemplate } from "../signed-in-answers/answer-templates";
import { isFillableSignedInQuery } from "../signed-in-answers/fillable-operation";
import {
  answerFromTemplate,
  markTooLargeToKeep,
  signedInAnswerKey,
  storeAnswerTemplate,
} from "../signed-in-answers/signed-in-answers";

/**
 * Serves a signed-in query from the viewer's kept template (signed-in-answers.ts),
 * filled afresh, and keeps the answer of a successful one as a template. The
 * template is looked up once Apollo has checked the request as for any other
 * (HTTP form and parameters, persisted query, document, operation), and served
 * instead of running the query; Apollo's HTTP layer writes it out (status,
 * content type, text) as it would a computed answer. Only queries made of
 * fields that are content or mark their holes are kept; the holes are recorded
 * while the query runs, and the template is cut from the answer that is sent.
 * The epoch is read before the query runs, so an answer computed while the
 * content changed is kept under the old epoch, which no later request finds
 * current. Only over HTTP (the route handler): templates are cut from, and
 * served as, the text Apollo sends there.
 */
export function signedInAnswerTemplatePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const viewer = contextValue.viewer;
      if (!viewer || !contextValue.servedOverHttp) return;
      let key: string | undefined;
      let epoch: string | undefined;
      let kept: string | undefined;
      return {
        async didResolveOperation({ operation, request, source, document, schema }) {
          // A mutation is never keyed: its body (up to a whole roadmap's markdown) is not worth hashing.
          if (operation?.operation !== "query") return;
          key = signedInAnswerKey(viewer, {
            query: source,
            operationName: request.operationName,
            variables: request.variables,
          });
          if (key === undefined) return;
          // When the template cannot be filled (the database failing), the full run answers.
          const found: Awaited<ReturnType<typeof answerFromTemplate>> = await answerFromTemplate(viewer, key).catch(
            () => ({}),
          );
          if (found.json !== undefined) {
            kept = found.json;
            return;
          }
          // An answer already found too large to keep is not cut up again.
          if (found.tooLarge || !isFillableSignedInQuery(schema, document, operation)) return;
          // Read before anything of the content is: see above. Not kept if it cannot be read.
          epoch = found.epoch ?? (await contentEpoch().catch(() => undefined));
          if (epoch !== undefined) contextValue.answerHoles = new AnswerHoles();
        },
        async responseForOperation() {
          return kept === undefined ? null : keptAnswerResponse(kept);
        },
        async willSendResponse({ response }) {
          const holes = contextValue.answerHoles;
          if (kept !== undefined || !holes || key === undefined || epoch === undefined) return;
          if (response.body.kind !== "single") return;
          if (holes.overflowed) return markTooLargeToKeep(viewer, key);
          const template = answerTemplate(response.body.singleResult, holes.holes, holes.roadmapIds, epoch);
          if (template) storeAnswerTemplate(viewer, key, template);
        },
      };
    },
  };
}
