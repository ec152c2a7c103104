// The floor plan, checked by `npm run lint` (depcruise). Layers, lowest first:
//
//   shared/            pure, isomorphic code both the browser and the server import
//   server/platform/   server infrastructure: environment, logs, metrics, cache, rate limits
//   server/db/         the database: Prisma client, pools, migrations, health
//   server/services/   the service layer, the only code that queries through Prisma
//   server/auth/       who is asking: Auth.js, sessions, tokens (adapters over services)
//   graphql/           the API adapter over services
//   components/        React components (server ones may call services)
//   app/               routes: pages, layouts and route handlers
//   server/start-up/   the server's start-up and shutdown, proxy.ts, instrumentation.ts
//
// A layer imports only layers below it (and itself). Client components (files
// that start with "use client") and everything they import must stay out of
// every server layer. Type-only imports are erased by the compiler and are not
// counted. Server modules also `import "server-only"`, so Next's build fails too.
const fs = require("node:fs");
const path = require("node:path");

const SOURCE_DIRS = ["app", "components", "graphql", "server", "shared"];

/** Source files whose first statement is the given directive. */
function filesWithDirective(directive) {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!["node_modules", "generated"].includes(entry.name)) walk(file);
      } else if (
        /\.tsx?$/.test(entry.name) &&
        new RegExp(`^\\s*["']${directive}["']`).test(fs.readFileSync(file, "utf8"))
      ) {
        found.push(file.split(path.sep).join("/"));
      }
    }
  };
  SOURCE_DIRS.forEach(walk);
  return found;
}

const escape = (file) => file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const anyOf = (files) => `^(${files.map(escape).join("|")})$`;
const CLIENT = anyOf(filesWithDirective("use client"));
// A client component that imports a server action gets a reference to it, not
// its code: the graph does not go on through those modules.
const SERVER_ACTIONS = anyOf(filesWithDirective("use server"));

const SHARED = "^shared/";
const PLATFORM = "^server/platform/";
const DB = "^server/db/";
// Generated enums are plain constants: every layer may use them.
const DB_ENUMS = "^server/db/generated/enums";
const SERVICES = "^server/services/";
const AUTH = "^server/auth/";
const SERVER = "^server/start-up/";
const GRAPHQL = "^graphql/";
const GRAPHQL_BROWSER = "^graphql/generated/client/";
const COMPONENTS = "^components/";
const ROUTES = "^app/";
const TESTS = "(\\.test\\.tsx?|\\.int\\.test\\.tsx?)$";

const higherThan = {
  shared: [PLATFORM, DB, SERVICES, AUTH, SERVER, GRAPHQL, COMPONENTS, ROUTES],
  platform: [DB, SERVICES, AUTH, SERVER, GRAPHQL, COMPONENTS, ROUTES],
  db: [SERVICES, AUTH, SERVER, GRAPHQL, COMPONENTS, ROUTES],
  services: [AUTH, SERVER, GRAPHQL, COMPONENTS, ROUTES],
  auth: [SERVER, GRAPHQL, COMPONENTS, ROUTES],
  graphql: [SERVER, COMPONENTS, ROUTES],
  components: [SERVER, ROUTES],
};
const LAYER_PATHS = {
  shared: SHARED,
  platform: PLATFORM,
  db: DB,
  services: SERVICES,
  auth: AUTH,
  graphql: GRAPHQL,
  components: COMPONENTS,
};

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Modules that import each other, directly or through others.",
      from: {},
      to: { circular: true },
    },
    ...Object.entries(higherThan).map(([layer, higher]) => ({
      name: `${layer}-imports-higher-layer`,
      severity: "error",
      comment: `${LAYER_PATHS[layer]} (and below) must not import a layer above it.`,
      from: { path: LAYER_PATHS[layer], pathNot: TESTS },
      to: { path: `(${higher.join("|")})`, pathNot: `(${GRAPHQL_BROWSER}|${DB_ENUMS})` },
    })),
    {
      name: "only-services-query-the-database",
      severity: "error",
      comment:
        "Pages, components, resolvers and auth adapters go through the service layer; only it (and start-up, " +
        "seed, tools and tests) uses the database client. Auth.js's Prisma adapter is the one exception.",
      from: {
        path: `(${[ROUTES, COMPONENTS, GRAPHQL, AUTH, SHARED, PLATFORM].join("|")})`,
        pathNot: `(${TESTS}|^server/auth/auth\\.ts$)`,
      },
      to: { path: DB, pathNot: DB_ENUMS },
    },
    {
      name: "client-reaches-server-code",
      severity: "error",
      comment:
        "A client component, or anything it imports, loads server code into the browser. Move what both sides " +
        "need into shared.",
      from: { path: CLIENT },
      to: {
        path: `(${[PLATFORM, DB, SERVICES, AUTH, SERVER].join("|")}|^graphql/(?!generated/client/))`,
        pathNot: `(${DB_ENUMS}|${SERVER_ACTIONS})`,
        reachable: true,
      },
    },
  ],
  options: {
    doNotFollow: { path: `(node_modules|${SERVER_ACTIONS})` },
    exclude: { path: "(^node_modules|^\\.next|generated/client/(?!graphql))" },
    // The graph as it runs: type-only imports are erased by the compiler, so they
    // neither close a cycle nor carry server code into the browser.
    tsPreCompilationDeps: false,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
