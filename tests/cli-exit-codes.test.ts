// The exit status of `hukka` at the top level: 0 success, 1 invalid input or a failure, 2 wrong usage.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../src/cli/run-cli.js";
import { runHukka } from "./cli-helpers.js";

describe("hukka exit status", () => {
  it("hukka with no arguments prints the usage on stderr and exits 2", async () => {
    const r = await runHukka([]);
    expect(r.status).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("usage:");
  });

  it("hukka with an unknown command exits 2 and names the commands", async () => {
    const r = await runHukka(["analyze", "model.json"]);
    expect(r.status).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^error: unknown command "analyze": did you mean "analyse"\? \(commands: analyse, .*\)\n$/);
  });

  it("hukka --help exits 0 with the usage on stdout", async () => {
    const r = await runHukka(["--help"]);
    expect(r.status).toBe(0);
    expect(r.out).toContain("usage:");
    expect(r.err).toBe("");
  });

  it("hukka exits 1 with one error line when a command fails unexpectedly", async () => {
    let err = "";
    const status = await runCli(["schema"], {
      out: () => {
        throw new Error("the output went away");
      },
      err: (t) => void (err += t),
      stderrIsTTY: false,
    });
    expect(status).toBe(1);
    expect(err).toBe("error: the output went away\n");
  });

  it("the hukka process exits with the status: 2 without arguments, 2 on an unknown command", () => {
    const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
    expect(spawnSync(process.execPath, [cli], { encoding: "utf8" }).status).toBe(2);
    expect(spawnSync(process.execPath, [cli, "nope"], { encoding: "utf8" }).status).toBe(2);
  });
});
