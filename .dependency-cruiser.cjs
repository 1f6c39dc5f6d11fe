// The architecture of hukka as rules (docs/decisions/architecture.md draws the map): the folders of
// src/ are the pipeline of DESIGN §2, and an arrow may only point forward. `npm test` runs these
// rules (`npm run lint:architecture`), so a change that breaks the architecture fails a test.
//
//   solver ← model ← graph ← analysis ← log-report ← mining ← redesign ← viz ← cli
//                               logs ↗ (reading feeds measuring and mining)     sql ↗
//                       working-time ↗ (the calendar: measuring and mining read waits on it)
//
// Each rule names what a folder must not import; type-only imports count too.

/** The folders of src/ by name, as dependency-cruiser path patterns. */
const folder = (name) => `^src/${name}/`;
const any = (...names) => `^src/(${names.join("|")})/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "An import circle makes the pipeline's order meaningless: break it by moving the shared piece down.",
      from: {},
      to: { circular: true },
    },
    {
      name: "solver-is-a-leaf",
      severity: "error",
      comment: "The sparse solver is plain numerics: model validation and analysis both use it, it uses neither.",
      from: { path: folder("solver") },
      to: { path: "^src/", pathNot: folder("solver") },
    },
    {
      name: "model-reads-nothing-later",
      severity: "error",
      comment: "The service model (schemas, validation) comes first: it may use the solver, nothing later in the pipeline.",
      from: { path: folder("model") },
      to: { path: "^src/", pathNot: any("model", "solver") },
    },
    {
      name: "graph-reads-the-model-only",
      severity: "error",
      from: { path: folder("graph") },
      to: { path: "^src/", pathNot: any("graph", "model", "solver") },
    },
    {
      name: "analysis-knows-no-logs-and-no-pictures",
      severity: "error",
      comment: "analyse(service) needs a Service only: no event logs, no mining, no redesign, no SQL, no diagrams, no CLI.",
      from: { path: folder("analysis") },
      to: { path: "^src/", pathNot: any("analysis", "graph", "model", "solver") },
    },
    {
      name: "reading-does-not-measure-or-mine",
      severity: "error",
      comment: "src/logs reads a log into an EventLog; measuring (log-report) and mining come after it.",
      from: { path: folder("logs") },
      to: { path: "^src/", pathNot: any("logs", "model", "solver") },
    },
    {
      name: "working-time-is-a-calendar",
      severity: "error",
      comment: "src/working-time holds the calendar and the working clock: measuring a log and mining use it, it uses neither.",
      from: { path: folder("working-time") },
      to: { path: "^src/", pathNot: any("working-time", "logs", "model", "solver") },
    },
    {
      name: "only-working-time-loads-holidays",
      severity: "error",
      comment: "The public-holiday library is large: only the calendar loads it, and only when a calendar names a country.",
      from: { path: "^src/", pathNot: folder("working-time") },
      to: { path: "(^|/)node_modules/date-holidays/" },
    },
    {
      name: "log-report-does-not-mine",
      severity: "error",
      comment: "Measuring a log uses the journey metrics of analysis; it never needs a mined model.",
      from: { path: folder("log-report") },
      to: { path: any("mining", "redesign", "sql", "viz", "cli") },
    },
    {
      name: "mining-comes-before-redesign-sql-and-pictures",
      severity: "error",
      from: { path: folder("mining") },
      to: { path: any("redesign", "sql", "viz", "cli") },
    },
    {
      name: "redesign-draws-nothing",
      severity: "error",
      from: { path: folder("redesign") },
      to: { path: any("sql", "viz", "cli") },
    },
    {
      name: "sql-draws-nothing",
      severity: "error",
      comment: "hukka/sql aggregates where the log lives and hands back a LogReport or mining counts.",
      from: { path: folder("sql") },
      to: { path: any("redesign", "viz", "cli") },
    },
    {
      name: "viz-knows-no-engine-and-no-cli",
      severity: "error",
      from: { path: folder("viz") },
      to: { path: any("sql", "cli") },
    },
    {
      name: "nothing-imports-the-cli",
      severity: "error",
      comment: "The CLI is thin over the public API; nothing in the library may depend on it.",
      from: { pathNot: folder("cli") },
      to: { path: folder("cli") },
    },
    {
      name: "a-diagram-stands-alone",
      severity: "error",
      comment: "Each diagram folder of src/viz holds its layout, renderer, SVG and panel; diagrams share src/viz/svg, and only the report page (src/viz/report) puts several together.",
      from: { path: "^src/viz/(blueprint|wander-line|department-map|observed-journey|waste-breakdown)/" },
      to: {
        path: "^src/viz/(blueprint|wander-line|department-map|observed-journey|waste-breakdown|report)/",
        pathNot: "^src/viz/$1/",
      },
    },
    {
      name: "svg-helpers-know-no-diagram",
      severity: "error",
      from: { path: "^src/viz/svg/" },
      to: { path: "^src/viz/(blueprint|wander-line|department-map|observed-journey|waste-breakdown|report)/" },
    },
    {
      name: "only-viz-imports-d3",
      severity: "error",
      comment: "import { analyse } from \"hukka\" must not load d3 or a DOM: the visualiser is the subpath hukka/viz.",
      from: { path: "^src/", pathNot: folder("viz") },
      to: { path: "(^|/)node_modules/(d3|d3-[^/]+|linkedom)/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "only-sql-loads-duckdb",
      severity: "error",
      comment: "DuckDB is an optional dependency of the engine in src/sql (import \"hukka\" never loads it).",
      from: { path: "^src/", pathNot: folder("sql") },
      to: { path: "(^|/)node_modules/@duckdb/" },
    },
    {
      name: "only-the-cli-touches-files-and-processes",
      severity: "error",
      comment:
        "The library is pure functions over data and streams; files, processes and the terminal belong to the CLI. The DuckDB engine is given a file to read (DuckDB reads it): its CSV header, its quotes (text after a closing quote, which DuckDB drops) and the file again where a row is bad, are read in Node by three files of src/sql, so that both engines read a CSV alike; a fourth looks at the file's size (one DuckDB thread for a small file).",
      from: { path: "^src/", pathNot: `${folder("cli")}|^src/sql/(duckdb-csv-header|csv-quote-fault|default-engine-check|duckdb-threads)\\.ts$` },
      to: { dependencyTypes: ["core"], path: "^(node:)?(fs|fs/promises|child_process|process|readline|tty|os)$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
    exclude: { path: "^src/.*\\.d\\.ts$" },
  },
};
