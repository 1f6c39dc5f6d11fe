// hukka/viz: the only entry that imports d3.
/**
 * The visualiser: pure layouts (positions as data) and d3 renderers for the service blueprint,
 * the wander line and the waste breakdown, the interactive report, static SVG and the
 * self-contained HTML file.
 *
 * @module hukka/viz
 */
export { layoutBlueprint } from "./blueprint/layout-blueprint.js";
export { BLUEPRINT_LAYOUT_DEFAULTS } from "./blueprint/blueprint-layout.js";
export type { Box } from "./svg/box.js";
export type {
  BlueprintLayout,
  BlueprintLayoutOptions,
  BlueprintLane,
  BlueprintLine,
  BlueprintNode,
  BlueprintLink,
  BlueprintSegment,
  BlueprintLegendItem,
} from "./blueprint/blueprint-layout.js";
export { layoutWanderLine, WANDER_LINE_LAYOUT_DEFAULTS } from "./wander-line/layout-wander-line.js";
export type { WanderLineLayout, WanderLineLayoutOptions, WanderLane, WanderPoint, WanderSegment } from "./wander-line/layout-wander-line.js";
export { layoutWasteBreakdown, WASTE_BREAKDOWN_LAYOUT_DEFAULTS } from "./waste-breakdown/layout-waste-breakdown.js";
export type { WasteBreakdownLayout, WasteBreakdownLayoutOptions, WasteBreakdownGroup, WasteBar } from "./waste-breakdown/layout-waste-breakdown.js";
export { layoutDepartmentMap, DEPARTMENT_MAP_LAYOUT_DEFAULTS } from "./department-map/layout-department-map.js";
export type { DepartmentMapData, DepartmentMapLayout, DepartmentMapLayoutOptions, DepartmentMapNode, DepartmentMapLink } from "./department-map/layout-department-map.js";
export { departmentMapData } from "./department-map/department-map-data.js";
export { renderDepartmentMap, drawDepartmentMap } from "./department-map/render-department-map.js";
export type { DepartmentMapOptions } from "./department-map/render-department-map.js";
export { departmentMapSvg } from "./department-map/department-map-svg.js";
export { departmentMapPanel } from "./department-map/department-map-panel.js";
export type { DepartmentMapPanelOptions } from "./department-map/department-map-panel.js";
export { layoutObservedJourney, OBSERVED_JOURNEY_LAYOUT_DEFAULTS } from "./observed-journey/layout-observed-journey.js";
export type { ObservedJourneyLayout, ObservedJourneyLayoutOptions, ObservedLane, ObservedPoint } from "./observed-journey/layout-observed-journey.js";
export { renderObservedJourney, drawObservedJourney } from "./observed-journey/render-observed-journey.js";
export type { ObservedJourneyOptions } from "./observed-journey/render-observed-journey.js";
export { observedJourneysPanel } from "./observed-journey/observed-journeys-panel.js";
export { foldGroups } from "./blueprint/fold-groups.js";
export type { FoldedGroups } from "./blueprint/fold-groups.js";
export { foldBlueprint, BLUEPRINT_FOLD_DEFAULTS } from "./blueprint/fold-blueprint.js";
export type { FoldedBlueprint, BlueprintFoldOptions } from "./blueprint/fold-blueprint.js";
export { blueprintPanel } from "./blueprint/blueprint-panel.js";
export type { BlueprintPanel, BlueprintPanelOptions } from "./blueprint/blueprint-panel.js";
export { spreadColumns } from "./blueprint/spread-columns.js";
export { scrollCue } from "./svg/scroll-cue.js";
export type { ReportLogData } from "./report/report-log-data.js";
export { redesignSection } from "./report/redesign-section.js";
export type { ReportRedesign } from "./report/redesign-section.js";
export { journeyMarks } from "./svg/journey-marks.js";
export type { JourneyMark } from "./svg/journey-marks.js";
export { touchpointColumns } from "./blueprint/touchpoint-columns.js";
export { renderBlueprint, drawBlueprint } from "./blueprint/render-blueprint.js";
export type { BlueprintOptions } from "./blueprint/render-blueprint.js";
export { renderWanderLine, drawWanderLine } from "./wander-line/render-wander-line.js";
export type { WanderLineOptions } from "./wander-line/render-wander-line.js";
export { renderWasteBreakdown, drawWasteBreakdown } from "./waste-breakdown/render-waste-breakdown.js";
export { renderReport, REPORT_DEFAULTS } from "./report/render-report.js";
export type { ReportOptions, RenderedReport } from "./report/render-report.js";
export { blueprintSvg } from "./blueprint/blueprint-svg.js";
export { wanderLineSvg } from "./wander-line/wander-line-svg.js";
export { wasteBreakdownSvg } from "./waste-breakdown/waste-breakdown-svg.js";
export { reportHtml } from "./report/report-html.js";
export type { ReportHtmlOptions } from "./report/report-html.js";
export { serializeSvg } from "./svg/serialize-svg.js";
export { xmlText, xmlAttribute } from "./svg/xml-text.js";
export { embedJson } from "./report/embed-json.js";
export { textWidth } from "./svg/text-width.js";
export { fitText } from "./svg/fit-text.js";
export { formatDuration } from "../analysis/format-duration.js";
export { colours } from "./svg/colours.js";
export { comparisonHtml } from "./report/comparison-html.js";
export type { ComparisonHtmlOptions } from "./report/comparison-html.js";
