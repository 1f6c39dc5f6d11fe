// The health-centre referral model and its redesign: how much of a patient's time goes to waste on
// the way from a long-lasting symptom to specialist treatment, and what would the redesign save?
// `npm run example:health-centre`
import { fileURLToPath } from "node:url";
import { hukka, out } from "../hukka.mjs";

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

hukka(["validate", here("./service.json")]);
hukka(["analyse", here("./service.json"), "--html", `${out}/health-centre.html`]);
hukka(["analyse", here("./service.json")], { json: `${out}/health-centre.json` });
hukka(["compare", here("./service.json"), "--redesign", here("./redesign.json"), "--html", `${out}/health-centre-redesign.html`]);
hukka(["compare", here("./service.json"), "--redesign", here("./redesign.json")], { json: `${out}/health-centre-redesign.json` });

console.log(`
open examples/out/health-centre.html (the model) and examples/out/health-centre-redesign.html (before and after)`);
