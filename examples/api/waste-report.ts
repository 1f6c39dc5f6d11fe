// hukka from TypeScript, the way an analytics tool uses it: validate a model, analyse it, find
// where customers wander, try a redesign, and draw the blueprint, all from the public API.
// `npm run example:api` (builds the package, then runs this file with tsx)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import {
  analyse,
  applyRedesign,
  compareReports,
  parseRedesign,
  parseService,
  safeParseService,
  type Service,
  type WasteReport,
} from "hukka";
import { blueprintSvg } from "hukka/viz";

const here = (file: string) => new URL(file, import.meta.url);
const out = here("../out/");
mkdirSync(out, { recursive: true });
const days = (minutes: number) => `${(minutes / 1440).toFixed(1)} days`;
const duration = (minutes: number) => (minutes < 1440 ? `${Math.round(minutes)} min` : days(minutes));

// 1. Validation reports every problem at once, as data: a code, a JSON path and a message.
const broken = { id: "x", departments: [{ id: "desk" }], touchpoints: [{ id: "a", department: "lab", entry: 1, steps: [] }], transitions: [] };
const check = safeParseService(broken);
if (!check.success) {
  console.log("A broken model, as data:");
  for (const issue of check.issues) console.log(`  ${issue.code.padEnd(20)} ${JSON.stringify(issue.path).padEnd(32)} ${issue.message}`);
}

// 2. The example model: parse (throws InvalidServiceError on a bad file), then analyse.
const service: Service = parseService(JSON.parse(readFileSync(here("../health-centre/service.json"), "utf8")));
const report: WasteReport = analyse(service);
const e = report.expected;
console.log(`\n${service.name}: per patient, expected`);
console.log(`  ${days(e.minutes)} in all, of which ${Math.round(e.valueMinutes)} minutes add value (flow efficiency ${(100 * e.flowEfficiency).toFixed(2)} %)`);
console.log(`  ${e.handoffs.toFixed(2)} hand-offs, ${e.pingPongs.toFixed(2)} ping-pongs, ${(100 * e.failureDemandShare).toFixed(1)} % failure demand`);

// 3. Where the waste is: by department, largest first (wasteByDepartment is keyed by id).
const names = new Map(service.departments.map((d) => [d.id, d.name ?? d.id]));
console.log("\nWaste per patient by department:");
for (const [id, minutes] of Object.entries(e.wasteByDepartment).sort((a, b) => b[1] - a[1])) {
  console.log(`  ${(names.get(id) ?? id).padEnd(32)} ${days(minutes).padStart(10)}`);
}

// 4. The ideal route against the journey that loses most: where customers wander.
const ideal = report.ideal[0]!;
const worst = report.wanderPaths[0]!;
console.log(`\nIdeal route from "${ideal.entry}": ${ideal.path?.join(" → ")} (${duration(ideal.minutes ?? 0)}, ${ideal.handoffs} hand-offs)`);
console.log(`Wander path losing most: ${worst.departments.join(" → ")}`);
console.log(`  ${(100 * worst.probability).toFixed(1)} % of patients, ${worst.handoffs} hand-offs, ${worst.pingPongs} ping-pongs`);
// excessMinutes: what each patient on this path loses; lostMinutes: its share of the average patient's time
console.log(`  each of them loses ${days(worst.excessMinutes)} against the ${days(worst.idealMinutes)} route to the same outcome`);
console.log(`  that is ${Math.round(worst.lostMinutes / 60)} h of the average patient's time`);

// 5. What would the redesign save? applyRedesign returns a new Service; the input is untouched.
const redesign = parseRedesign(JSON.parse(readFileSync(here("../health-centre/redesign.json"), "utf8")));
const { delta } = compareReports(report, analyse(applyRedesign(service, redesign)));
console.log(`\n"${redesign.name}" saves ${days(-delta.minutes)} and ${(-delta.handoffs).toFixed(2)} hand-offs per patient`);
if (delta.yearly) console.log(`  and ${Math.round(-delta.yearly.wasteHours).toLocaleString("en")} hours of waste a year`);

// 6. Results are plain JSON; the blueprint is a static SVG string in Node (hukka/viz).
writeFileSync(new URL("api-report.json", out), JSON.stringify(report, null, 2));
writeFileSync(new URL("api-blueprint.svg", out), blueprintSvg(service, report));
console.log("\nwrote examples/out/api-report.json and examples/out/api-blueprint.svg");
