/**
 * The operations the playground opens with, one tab each. GraphiQL only uses
 * them while the browser has no saved tabs of its own (it keeps the user's
 * edits in localStorage), so changing them here shows up for new visitors and
 * for anyone who resets the playground from its settings dialog.
 *
 * The shape matches GraphiQL's TabDefinition; variables are JSON text because
 * that is what the variables editor holds.
 */
export interface ExampleOperation {
  query: string;
  variables?: string;
}

// The first tab doubles as the introduction: a comment is the one place every
// visitor sees before running anything, and it survives in the tab's history.
const INTRODUCTION = `# Welcome to the Waymark GraphQL API.
#
# Run: Ctrl+Enter (Cmd+Enter on a Mac) or the play
# button. The tabs above hold more examples; the book
# icon on the left opens the schema docs, and
# Ctrl+Space suggests fields as you type.
#
# Authentication
# - Signed in to Waymark in this browser? Your session
#   cookie goes with every request, so viewer and
#   progress answer for you: nothing to paste.
# - Elsewhere, use a personal access token (create one
#   at /settings/tokens) in the Headers tab below:
#     { "Authorization": "Bearer wmk_..." }
# - Signed out, public data still works; viewer and
#   progress are null.
`;

const ROADMAPS = `${INTRODUCTION}
query Roadmaps {
  roadmaps {
    slug
    title
    itemCount
    progress {
      percent
    }
  }
}
`;

const ROADMAP = `# One roadmap with its sections, items and resources.
# Change the slug in the Variables tab below.

query Roadmap($slug: String!) {
  roadmap(slug: $slug) {
    title
    sections {
      title
      progress {
        done
        total
        percent
      }
      items {
        id
        title
        status
        resources {
          title
          url
          kind
        }
        children {
          id
          title
          status
        }
      }
    }
  }
}
`;

const VIEWER = `# Who you are, what you follow and your streaks
# (null when signed out).

query Viewer {
  viewer {
    login
    name
    role
    followedRoadmaps {
      slug
      progress {
        percent
      }
    }
    activity {
      currentStreak
      longestStreak
      totalChanges
    }
  }
}
`;

const SET_STATUS = `# Marks an item as done for you (needs a session, or a
# token with the WRITE_PROGRESS scope). Other statuses:
# NOT_STARTED, IN_PROGRESS, SKIPPED.

mutation SetStatus($itemId: ID!) {
  setItemStatus(input: { itemId: $itemId, status: DONE }) {
    id
    title
    status
  }
}
`;

/** Pretty-printed so the variables editor shows them the way a user would type them. */
function json(value: Record<string, unknown>): string {
  return JSON.stringify(value, null, 2);
}

export const EXAMPLE_OPERATIONS: readonly ExampleOperation[] = [
  { query: ROADMAPS },
  { query: ROADMAP, variables: json({ slug: "backend" }) },
  { query: VIEWER },
  { query: SET_STATUS, variables: json({ itemId: "paste an item id from the Roadmap tab" }) },
];
