// `npm run bench -- analyse` (DESIGN §10): analyse generated cyclic services of 1k, 10k and
// 100k touchpoints with 5 transitions each, timing validation apart from analysis and the
// parts of the analysis, and how the time grows with the size; then the whole
// `hukka analyse MODEL --json` command (read, validate, analyse, write) in a process of its own.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import {
  expectedPingPongs,
  analyse,
  expectedValues,
  expectedVisits,
  idealRoutes,
  likelyJourneys,
  markovChain,
  parseService,
} from "../dist/index.js";
import { random } from "./random.mjs";

const SIZES = [1_000, 10_000, 100_000];
const DEPARTMENTS = 8;
const WASTES = ["delay", "duplication", "movement", "unclear-communication", "incorrect-inventory", "opportunity-lost", "errors"];
const RUNS = 3;
const OUT = fileURLToPath(new URL("./out/", import.meta.url));
const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const USAGE = fileURLToPath(new URL("./resource-usage.mjs", import.meta.url));

/**
 * A valid cyclic service of n touchpoints: every 50th one (and the last) is an outcome, every
 * other has 5 transitions — one forward (so every touchpoint reaches an outcome), two to its
 * neighbourhood and two anywhere (loops back, often failure demand). Departments come in runs
 * of neighbouring touchpoints with some scattered, three entries.
 */
function generate(n, seed) {
  const rnd = random(seed);
  const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
  const isOutcome = (i) => i % 50 === 49 || i === n - 1;
  const touchpoints = [];
  const transitions = [];
  for (let i = 0; i < n; i++) {
    const department = `d${rnd() < 0.7 ? Math.floor(i / 37) % DEPARTMENTS : int(0, DEPARTMENTS - 1)}`;
    const steps = Array.from({ length: isOutcome(i) ? 0 : int(1, 3) }, (_, k) => {
      const type = ["value", "necessary", "waste"][int(0, 2)];
      return {
        name: `step ${k}`,
        type,
        ...(type === "waste" ? { waste: WASTES[int(0, WASTES.length - 1)] } : {}),
        minutes: int(1, 30),
        ...(rnd() < 0.5 ? { cost: int(1, 40) } : {}),
      };
    });
    const entry = i === 0 || i === Math.floor(n / 3) || i === Math.floor((2 * n) / 3) ? int(1, 5) : undefined;
    touchpoints.push({
      id: `t${i}`,
      department,
      ...(entry ? { entry } : {}),
      ...(isOutcome(i) ? { outcome: rnd() < 0.8 ? "resolved" : "abandoned" } : {}),
      steps,
    });
    if (isOutcome(i)) continue;
    const targets = new Set([Math.min(n - 1, i + int(1, 50))]);
    while (targets.size < 3) targets.add(Math.max(0, Math.min(n - 1, i + int(-20, 20))));
    while (targets.size < 5) targets.add(int(0, n - 1));
    const weights = [...targets].map(() => 0.2 + rnd());
    const total = weights.reduce((a, b) => a + b, 0);
    let left = 1;
    [...targets].forEach((to, k) => {
      const probability = k === targets.size - 1 ? left : weights[k] / total;
      left -= probability;
      transitions.push({
        from: `t${i}`,
        to: `t${to}`,
        probability,
        ...(rnd() < 0.5 ? { wait: int(0, 1440) } : {}),
        ...(to <= i && rnd() < 0.3 ? { failure: true } : {}),
      });
    });
  }
  return {
    id: `generated-${n}`,
    volume: 10_000,
    departments: Array.from({ length: DEPARTMENTS }, (_, d) => ({ id: `d${d}` })),
    touchpoints,
    transitions,
  };
}

/**
 * Best of RUNS, in milliseconds of wall-clock time and of this process's CPU time (user +
 * system): on a shared machine the CPU time is the steadier figure. `before`, untimed, runs
 * ahead of each run.
 */
function time(f, before = () => {}) {
  let best = Infinity;
  let cpu = Infinity;
  let result;
  for (let r = 0; r < RUNS; r++) {
    before();
    globalThis.gc?.();
    const start = performance.now();
    const startCpu = process.cpuUsage();
    result = f();
    const used = process.cpuUsage(startCpu);
    best = Math.min(best, performance.now() - start);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  return { ms: best, cpu, result };
}

/** The kernel the solvers spend their time in, alone: y = A·x on a random sparse matrix. */
function reference() {
  const rnd = random(1);
  const n = 100_000;
  const nnz = 500_000;
  const src = Int32Array.from({ length: nnz }, () => Math.floor(rnd() * n));
  const p = new Float64Array(nnz).fill(0.2);
  const x = new Float64Array(n).fill(1);
  const y = new Float64Array(n);
  return time(() => {
    for (let it = 0; it < 100; it++) {
      for (let k = 0; k < n; k++) {
        let s = x[k];
        for (let e = k * 5; e < k * 5 + 5; e++) s -= p[e] * x[src[e]];
        y[k] = s;
      }
    }
  }).ms;
}

// Warm up the JIT on a small model, so that the first size does not pay for compilation.
const warmUpJson = generate(500, 7);
const warmUp = parseService(warmUpJson);
for (let r = 0; r < 5; r++) analyse(warmUp);

const rows = [];
for (const n of SIZES) {
  const json = generate(n, n);
  const parse = time(() => parseService(json));
  const service = parse.result;
  const whole = time(() => analyse(service));
  // analyse uses again what validation has just found (the transition ends, the expected
  // visits); cold: on a copy of the model, after another model was validated
  let copy;
  const cold = time(
    () => analyse(copy),
    () => {
      parseService(warmUpJson);
      copy = structuredClone(service);
    },
  );
  copy = undefined; // not kept alive through the timings below
  const graph = time(() => markovChain(service));
  const chain = graph.result;
  const visits = time(() => expectedVisits(chain), () => parseService(warmUpJson));
  const values = time(() => expectedValues(chain, visits.result));
  const pingPongs = time(() => expectedPingPongs(chain, visits.result));
  const ideal = time(() => idealRoutes(chain));
  const journeys = time(() => likelyJourneys(chain, { limit: 10, budget: 100_000 }));
  const candidates = time(() => likelyJourneys(chain, { limit: 1_000, budget: 100_000 }));
  globalThis.gc?.();
  rows.push({
    n,
    transitions: json.transitions.length,
    parse: parse.ms,
    parseCpu: parse.cpu,
    analyse: whole.ms,
    analyseCpu: whole.cpu,
    cold: cold.ms,
    coldCpu: cold.cpu,
    graph: graph.ms,
    visits: visits.ms,
    expected: values.ms,
    expectedCpu: values.cpu,
    pingPongs: pingPongs.ms,
    ideal: ideal.ms,
    top10: journeys.ms,
    wander1000: candidates.ms,
    heapMB: process.memoryUsage().heapUsed / 2 ** 20,
    check: `${whole.result.expected.minutes.toFixed(1)} min, ${whole.result.expected.pingPongs.toFixed(3)} ping-pongs, ${whole.result.expected.revisits.toFixed(3)} revisits`,
    command: command(n, json),
  });
}

/**
 * `hukka analyse MODEL --json` on the model written to a file, in a fresh process, RUNS times:
 * the best wall time, and the best CPU time the process reports at its exit (resource-usage.mjs).
 */
function command(n, json) {
  mkdirSync(OUT, { recursive: true });
  const model = `${OUT}generated-${n}.json`;
  const usage = `${OUT}usage-${process.pid}.json`;
  writeFileSync(model, JSON.stringify(json));
  let ms = Infinity;
  let cpu = Infinity;
  for (let r = 0; r < RUNS; r++) {
    const started = performance.now();
    const run = spawnSync(process.execPath, ["--import", USAGE, CLI, "analyse", model, "--json"], { encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, HUKKA_BENCH_USAGE: usage } });
    if (run.status !== 0) throw new Error(`hukka analyse ${model} failed: ${run.stderr}`);
    ms = Math.min(ms, performance.now() - started);
    cpu = Math.min(cpu, JSON.parse(readFileSync(usage, "utf8")).cpuSeconds * 1000);
  }
  rmSync(usage, { force: true });
  rmSync(model, { force: true });
  return { ms, cpu };
}

const f = (ms) => ms.toFixed(ms < 10 ? 1 : 0).padStart(7);
/** The targets of DESIGN §10, in ms, by size: printed beside the figures they are for. */
const ANALYSE_TARGETS = new Map([
  [10_000, 150],
  [100_000, 1_000],
]);
const COMMAND_TARGETS = new Map([[100_000, 3_000]]);
const target = (targets, n) => (targets.has(n) ? `≤ ${targets.get(n).toLocaleString("en")}` : "").padStart(7);
console.log("wall-clock ms, CPU ms of this process beside validate, analyse and the expected values; parts of analyse on the right");
console.log("(expected = every expected value: the ping-pongs and the revisits included; visits and ping-pongs also alone)");
console.log("(analyse: right after validating the model, as `hukka analyse` does; cold: on a copy, after another model was validated)");
console.log(
  "touchpoints transitions validate    cpu  analyse    cpu  target    cold    cpu |  chain  visits expected    cpu  pp-only  ideal  top-10 1000-cands | heap MB growth(cpu) result",
);
rows.forEach((r, i) => {
  const growth = i === 0 ? "" : `×${(r.analyseCpu / rows[i - 1].analyseCpu).toFixed(1)}/${r.n / rows[i - 1].n}`;
  console.log(
    `${String(r.n).padStart(11)} ${String(r.transitions).padStart(11)} ${f(r.parse)}${f(r.parseCpu)} ${f(r.analyse)}${f(r.analyseCpu)} ${target(ANALYSE_TARGETS, r.n)} ${f(r.cold)}${f(r.coldCpu)} |${f(r.graph)} ${f(r.visits)} ${f(r.expected)}${f(r.expectedCpu)}  ${f(r.pingPongs)} ${f(r.ideal)} ${f(r.top10)} ${f(r.wander1000)}    | ${r.heapMB.toFixed(0).padStart(6)} ${growth.padStart(10)}  ${r.check}`,
  );
});
console.log("\nthe whole command `hukka analyse MODEL --json` (read the file, validate, analyse, write the JSON), a fresh process each run:");
for (const r of rows) console.log(`${String(r.n).padStart(11)} touchpoints: ${f(r.command.ms)} ms wall, ${f(r.command.cpu)} ms CPU   target ${target(COMMAND_TARGETS, r.n).trim()}`);
console.log("targets (quiet machine): analyse ≤ 150 ms at 10k and ≤ 1,000 ms at 100k touchpoints; the whole command ≤ 3,000 ms at 100k");
console.log(`\nreference: ${f(reference())} ms for 100 products of a random sparse 100k × 100k matrix with 500k entries (the solver's kernel), a yardstick for this machine's speed at the time`);
console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(", ")} (1, 5 and 15 minutes)`);
console.log(`peak RSS of the process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; times are the best of ${RUNS} runs`);
