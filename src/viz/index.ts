// hukka/viz: the only entry that imports d3 (DESIGN §2, §9).
/**
 * The visualiser: pure layouts (positions as data) and d3 renderers for the service blueprint,
 * the wander line and the waste breakdown, the interactive report, static SVG and the
 * self-contained HTML file.
 *
 * @module hukka/viz
 */
export { layoutBlueprint, BLUEPRINT_LAYOUT_DEFAULTS } from "./layout-blueprint.js";
export type {
  Box,
  BlueprintLayout,
  BlueprintLayoutOptions,
  BlueprintLane,
  BlueprintLine,
  BlueprintNode,
  BlueprintLink,
  BlueprintSegment,
  BlueprintLegendItem,
} from "./layout-blueprint.js";
export { layoutWanderLine, WANDER_LINE_LAYOUT_DEFAULTS } from "./layout-wander-line.js";
export type { WanderLineLayout, WanderLineLayoutOptions, WanderLane, WanderPoint, WanderSegment } from "./layout-wander-line.js";
export { layoutWasteBreakdown, WASTE_BREAKDOWN_LAYOUT_DEFAULTS } from "./layout-waste-breakdown.js";
export type { WasteBreakdownLayout, WasteBreakdownLayoutOptions, WasteBreakdownGroup, WasteBar } from "./layout-waste-breakdown.js";
export { layoutDepartmentMap, DEPARTMENT_MAP_LAYOUT_DEFAULTS } from "./layout-department-map.js";
export type { DepartmentMapData, DepartmentMapLayout, DepartmentMapLayoutOptions, DepartmentMapNode, DepartmentMapLink } from "./layout-department-map.js";
export { departmentMapData } from "./department-map-data.js";
export { renderDepartmentMap, drawDepartmentMap } from "./render-department-map.js";
export type { DepartmentMapOptions } from "./render-department-map.js";
export { departmentMapSvg } from "./department-map-svg.js";
export { departmentMapPanel } from "./department-map-panel.js";
export type { DepartmentMapPanelOptions } from "./department-map-panel.js";
export { layoutObservedJourney, OBSERVED_JOURNEY_LAYOUT_DEFAULTS } from "./layout-observed-journey.js";
export type { ObservedJourneyLayout, ObservedJourneyLayoutOptions, ObservedLane, ObservedPoint } from "./layout-observed-journey.js";
export { renderObservedJourney, drawObservedJourney } from "./render-observed-journey.js";
export type { ObservedJourneyOptions } from "./render-observed-journey.js";
export { observedJourneysPanel } from "./observed-journeys-panel.js";
export { foldGroups } from "./fold-groups.js";
export type { FoldedGroups } from "./fold-groups.js";
export type { ReportLogData } from "./report-log-data.js";
export { journeyMarks } from "./journey-marks.js";
export type { JourneyMark } from "./journey-marks.js";
export { touchpointColumns } from "./touchpoint-columns.js";
export { renderBlueprint, drawBlueprint } from "./render-blueprint.js";
export type { BlueprintOptions } from "./render-blueprint.js";
export { renderWanderLine, drawWanderLine } from "./render-wander-line.js";
export type { WanderLineOptions } from "./render-wander-line.js";
export { renderWasteBreakdown, drawWasteBreakdown } from "./render-waste-breakdown.js";
export { renderReport, REPORT_DEFAULTS } from "./render-report.js";
export type { ReportOptions, RenderedReport } from "./render-report.js";
export { blueprintSvg } from "./blueprint-svg.js";
export { wanderLineSvg } from "./wander-line-svg.js";
export { wasteBreakdownSvg } from "./waste-breakdown-svg.js";
export { reportHtml } from "./report-html.js";
export type { ReportHtmlOptions } from "./report-html.js";
export { serializeSvg } from "./serialize-svg.js";
export { xmlText, xmlAttribute } from "./xml-text.js";
export { embedJson } from "./embed-json.js";
export { textWidth } from "./text-width.js";
export { fitText } from "./fit-text.js";
export { formatMinutes } from "./format-minutes.js";
export { colours } from "./colours.js";
export { comparisonHtml } from "./comparison-html.js";
export type { ComparisonHtmlOptions } from "./comparison-html.js";
