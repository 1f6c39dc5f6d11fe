// The docs' own-log form words a reading error in terms of its own controls (Timestamp format,
// Skip bad rows, Encoding), never the library's options or the command line's flags it does not have.
import { describe, expect, it } from "vitest";
import { ownLogErrorText } from "../docs/.vitepress/theme/own-log-error.js";
import { bytes, failure } from "./logs-helpers.js";

const NOT_OURS = /--[a-z]|skipBadRows|timestampFormat|encoding "latin1"|format "csv"/;

describe("ownLogErrorText (the docs' own-log form)", () => {
  it("a timestamp it cannot read: the form's Timestamp format and Skip bad rows, no flag or option name", async () => {
    const e = await failure("case,activity,time\nc1,a,1.2.2024 10:00\n", { case: "case", activity: "activity", timestamp: "time" });
    expect(e.message).toMatch(NOT_OURS);
    const text = ownLogErrorText(e);
    expect(text).toBe(
      'line 2: cannot read the timestamp "1.2.2024 10:00" in column "time": expected ISO 8601 (2014-10-22T11:15:41+02:00) or YYYY/MM/DD hh:mm:ss; type the layout of yours under Timestamp format (e.g. DD.MM.YYYY HH:mm) and Analyse again (or tick Skip bad rows to count and leave out such rows)',
    );
  });

  it("a Latin-1 file read as UTF-8: choose Latin-1 under Encoding", async () => {
    const e = await failure(new Uint8Array(Buffer.from("case,activity,time\nc1,Käsittely,2024-01-01T00:00:00\n", "latin1")), { case: "case", activity: "activity", timestamp: "time" });
    const text = ownLogErrorText(e);
    expect(text).toContain("choose Latin-1 under Encoding");
    expect(text).not.toMatch(NOT_OURS);
  });

  it("a Parquet file: this page reads CSV and XES", async () => {
    const e = await failure(bytes("PAR1\u0015\u0004PAR1"), { case: "c", activity: "a", timestamp: "t" });
    expect(ownLogErrorText(e)).toBe("this is a Parquet file, not a CSV or XES log: this page reads CSV and XES; read Parquet or DuckDB files with the command line's DuckDB engine (hukka mine FILE --engine duckdb)");
  });

  it("any other error: its message", () => {
    expect(ownLogErrorText(new Error("no events"))).toBe("no events");
  });
});
