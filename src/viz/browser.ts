// The browser bundle `dist/viz.global.js` (global `hukka`) that `reportHtml` inlines: the
// renderers and layouts, without the Node-only SVG-string helpers (they need linkedom).
export { renderReport } from "./render-report.js";
export { renderBlueprint, drawBlueprint } from "./render-blueprint.js";
export { renderWanderLine, drawWanderLine } from "./render-wander-line.js";
export { renderWasteBreakdown, drawWasteBreakdown } from "./render-waste-breakdown.js";
export { layoutBlueprint } from "./layout-blueprint.js";
export { layoutWanderLine } from "./layout-wander-line.js";
export { layoutWasteBreakdown } from "./layout-waste-breakdown.js";
export { layoutDepartmentMap } from "./layout-department-map.js";
export { renderDepartmentMap, drawDepartmentMap } from "./render-department-map.js";
export { layoutObservedJourney } from "./layout-observed-journey.js";
export { renderObservedJourney, drawObservedJourney } from "./render-observed-journey.js";
