// Bad command lines and bad inputs met by a second round of fuzzing and by a newcomer: each gets
// one clear error naming the place and the fix, the right exit status (2 wrong usage, 1 invalid
// input), and no output file left behind.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runHukka } from "./cli-helpers.js";

const MODEL = "examples/health-centre/service.json";
const scratch = () => mkdtempSync(join(tmpdir(), "hukka-bad-input-"));
const CSV = "case,activity,timestamp,team\n1,call,2024-01-01T10:00:00Z,desk\n1,test,2024-01-01T10:10:00Z,lab\n2,call,2024-01-02T09:00:00Z,desk\n";
const logFile = (dir: string) => {
  const path = join(dir, "log.csv");
  writeFileSync(path, CSV);
  return path;
};
const mineArgs = (path: string) => ["mine", path, "--case", "case", "--activity", "activity", "--timestamp", "timestamp", "--department", "team"];

describe("a failed command leaves no output behind", () => {
  it("render --html a --svg missing-dir/b exits 1 and writes neither", async () => {
    const dir = scratch();
    const r = await runHukka(["render", MODEL, "--html", join(dir, "a.html"), "--svg", join(dir, "missing", "b.svg")]);
    expect(r.status).toBe(1);
    expect(r.err).toBe(`error: cannot write ${join(dir, "missing", "b.svg")}: the folder ${join(dir, "missing")} does not exist\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("mine --model a --html missing-dir/b exits 1 before reading the log, and writes neither", async () => {
    const dir = scratch();
    const log = logFile(dir);
    const r = await runHukka([...mineArgs(log), "--model", join(dir, "a.json"), "--html", join(dir, "missing", "b.html")]);
    expect(r.status).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain(`cannot write ${join(dir, "missing", "b.html")}: the folder ${join(dir, "missing")} does not exist`);
    expect(readdirSync(dir)).toEqual(["log.csv"]);
  });

  it("mine --model a --html b writes both, and says so after both are in place", async () => {
    const dir = scratch();
    const r = await runHukka([...mineArgs(logFile(dir)), "--model", join(dir, "a.json"), "--html", join(dir, "b.html")]);
    expect(r.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["a.json", "b.html", "log.csv"]);
    expect(r.out).toMatch(/model written to .*a\.json\n[\s\S]*wrote .*b\.html/);
  });
});

describe("empty and misplaced options are wrong usage (exit 2)", () => {
  const sql = ["sql", "--dialect", "postgres", "--table", "events", "--case", "c", "--activity", "a", "--timestamp", "t"];

  for (const [flag, args] of [
    ["--order=", [...sql, "--order="]],
    ["--department=", [...sql, "--department="]],
    ["--table=", ["sql", "--dialect", "postgres", "--table=", "--case", "c", "--activity", "a", "--timestamp", "t"]],
    ["--missing=", [...sql, "--department", "d", "--missing="]],
  ] as const) {
    it(`hukka sql ${flag} is refused, naming the option`, async () => {
      const r = await runHukka([...args]);
      expect(r.status).toBe(2);
      expect(r.out).toBe("");
      const name = flag.slice(0, -1);
      expect(r.err).toContain(`error: ${name} is empty: give it a value`);
      expect(r.err).toContain("usage: hukka sql");
    });
  }

  it("hukka sql --history without --mining says it needs --mining", async () => {
    const r = await runHukka([...sql, "--history", "1"]);
    expect(r.status).toBe(2);
    expect(r.err).toContain("error: --history works with --mining only: add --mining, or leave --history out");
  });

  for (const option of [
    ["--memory-limit", "1GB"],
    ["--temp-directory", "/tmp"],
    ["--database", "events.duckdb"],
  ]) {
    it(`hukka mine ${option[0]} without --engine duckdb says to add it`, async () => {
      const dir = scratch();
      const r = await runHukka([...mineArgs(logFile(dir)), ...option]);
      expect(r.status).toBe(2);
      expect(r.err).toContain(`error: ${option[0]} works with --engine duckdb only: add --engine duckdb, or leave ${option[0]} out`);
    });
  }

  it("--memory-limit lots names the option and the sizes it takes", async () => {
    const dir = scratch();
    const r = await runHukka([...mineArgs(logFile(dir)), "--engine", "duckdb", "--memory-limit", "lots"]);
    expect(r.status).toBe(2);
    expect(r.err).toContain('error: invalid --memory-limit "lots": give a size such as 2GB, 512MB or 1.5GiB');
  });
});

describe("did you mean", () => {
  it("an unknown option suggests the closest one first", async () => {
    const dir = scratch();
    const r = await runHukka(["mine", logFile(dir), "--case", "case", "--activty", "activity", "--timestamp", "timestamp"]);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/^error: unknown option --activty: did you mean --activity\? \(options: /);
  });

  it("an unknown command suggests the closest one", async () => {
    const r = await runHukka(["analyze", MODEL]);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/^error: unknown command "analyze": did you mean "analyse"\? \(commands: .*\)\n$/);
  });
});

describe("a Parquet file without --engine duckdb", () => {
  it("says to add --engine duckdb (exit 2), not to read it as Latin-1", async () => {
    const dir = scratch();
    const path = join(dir, "events.parquet");
    writeFileSync(path, Buffer.concat([Buffer.from("PAR1"), Buffer.from([0x15, 0x04, 0xff, 0xfe, 0x80, 0x00]), Buffer.from("PAR1")]));
    const r = await runHukka(["mine", path, "--case", "c", "--activity", "a", "--timestamp", "t"]);
    expect(r.status).toBe(2);
    expect(r.err).toContain("is a Parquet file");
    expect(r.err).toContain("--engine duckdb");
    expect(r.err).not.toContain("latin1");
  });
});

describe("classification minutes are bounded as model minutes are", () => {
  it("minutes 1e308 in --classify is invalid input in hukka's words, and no model is written", async () => {
    const dir = scratch();
    const classify = join(dir, "c.json");
    writeFileSync(classify, JSON.stringify({ activities: [{ activity: "call", type: "waste", waste: "delay", minutes: 1e308 }, { activity: "test", type: "value", minutes: -1 }] }));
    const r = await runHukka([...mineArgs(logFile(dir)), "--classify", classify, "--model", join(dir, "m.json")]);
    expect(r.status).toBe(1);
    expect(r.err).toContain(`error: ${classify}: activities[0].minutes: must be ≤ 1e9, got 1e+308`);
    expect(r.err).toContain(`error: ${classify}: activities[1].minutes: must be ≥ 0, got -1`);
    expect(existsSync(join(dir, "m.json"))).toBe(false);
  });
});
