// The browser bundle `dist/viz.global.js` (global `hukka`) that `reportHtml` inlines: the
// renderers and layouts, without the Node-only SVG-string helpers (they need linkedom).
export { renderReport } from "./report/render-report.js";
export { renderBlueprint, drawBlueprint } from "./blueprint/render-blueprint.js";
export { renderWanderLine, drawWanderLine } from "./wander-line/render-wander-line.js";
export { renderWasteBreakdown, drawWasteBreakdown } from "./waste-breakdown/render-waste-breakdown.js";
export { layoutBlueprint } from "./blueprint/layout-blueprint.js";
export { layoutWanderLine } from "./wander-line/layout-wander-line.js";
export { layoutWasteBreakdown } from "./waste-breakdown/layout-waste-breakdown.js";
export { layoutDepartmentMap } from "./department-map/layout-department-map.js";
export { renderDepartmentMap, drawDepartmentMap } from "./department-map/render-department-map.js";
export { layoutObservedJourney } from "./observed-journey/layout-observed-journey.js";
export { renderObservedJourney, drawObservedJourney } from "./observed-journey/render-observed-journey.js";
