// Preloaded (`node --import`) into a command that a benchmark measures: at exit, writes the
// process's peak resident memory and CPU time (of every thread, DuckDB's workers included) to
// the file named by HUKKA_BENCH_USAGE.
import { writeFileSync } from "node:fs";

const file = process.env.HUKKA_BENCH_USAGE;
if (file) {
  process.on("exit", () => {
    const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ peakMB: maxRSS / 1024, cpuSeconds: (userCPUTime + systemCPUTime) / 1e6 }));
  });
}
