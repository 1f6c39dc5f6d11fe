import { colours } from "../svg/colours.js";

/**
 * The style sheet of the interactive report: static text, no user data. `renderReport` adds it
 * to the page once, so a report looks the same in the HTML file and inside another page.
 */
export const reportCss = `
.hukka-report{position:relative;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:${colours.ink};max-width:1480px;margin:0 auto;padding:20px 24px 40px}
.hukka-report h1{font-size:24px;margin:0 0 2px}
.hukka-report h2{font-size:17px;margin:0 0 8px}
.hukka-report .hukka-sub{color:${colours.muted};margin:0 0 14px}
.hukka-report .hukka-headline{font-size:16.5px;line-height:1.4;margin:6px 0 6px;max-width:72em}
.hukka-report section{margin:0 0 22px}
.hukka-figures{display:flex;flex-wrap:wrap;gap:10px;margin:0 0 18px;padding:0}
.hukka-figures div{background:#F4F6F8;border-radius:8px;padding:8px 14px;min-width:120px}
.hukka-figures dt{font-size:12px;color:${colours.muted}}
.hukka-figures dd{margin:0;font-size:20px;font-weight:650}
.hukka-figures div[data-unknown]{max-width:250px}
.hukka-figures .hukka-why{display:block;font-size:11.5px;line-height:1.3;color:${colours.muted};margin-top:2px}
.hukka-report .hukka-model-headline{margin:0 0 6px;max-width:80em}
.hukka-report .hukka-note{font-size:12.5px;margin:0 0 8px;padding:6px 10px;border-left:3px solid ${colours.muted};background:#F4F6F8}
.hukka-fidelity-table{border-collapse:collapse;font-size:13px;font-variant-numeric:tabular-nums}
.hukka-fidelity-table th,.hukka-fidelity-table td{padding:3px 14px 3px 0;text-align:right;border-bottom:1px solid ${colours.rule}}
.hukka-fidelity-table th[scope=row],.hukka-fidelity-table thead th:first-child{text-align:left}
.hukka-fidelity-table tr[data-off] td{color:${colours.waste};font-weight:650}
.hukka-scroll-cue{font-size:12.5px;color:${colours.muted};margin:0 0 4px;text-align:right}
.hukka-scroll-cue[hidden]{display:none}
.hukka-scroll[data-scrolls]:not([data-scrolled-end]){-webkit-mask-image:linear-gradient(to right,#000 calc(100% - 48px),#0003);mask-image:linear-gradient(to right,#000 calc(100% - 48px),#0003)}
.hukka-legend-html{display:flex;flex-wrap:wrap;gap:14px;font-size:12.5px;margin:4px 0 8px;color:${colours.ink}}
.hukka-legend-html span{display:inline-flex;align-items:center;gap:6px}
.hukka-legend-html i{display:inline-block;width:22px;height:10px}
.hukka-legend-html i.hukka-line{height:0;border-top:3px solid ${colours.link}}
.hukka-legend-html i.hukka-line.hukka-handoff{border-top-color:${colours.handoff}}
.hukka-legend-html i.hukka-line.hukka-failure{border-top-style:dashed}
.hukka-legend-html i.hukka-line.hukka-noflow{border-top-style:dotted}
.hukka-hint{font-size:12.5px;color:${colours.muted};margin:0 0 6px}
.hukka-canvas{position:relative;border:1px solid ${colours.rule};border-radius:8px;overflow:hidden;height:min(78vh,640px);background:#fff}
.hukka-canvas>svg{display:block;width:100%;height:100%;cursor:grab}
.hukka-canvas .hukka-legend{display:none}
.hukka-reset{position:absolute;right:8px;top:8px;font:inherit;font-size:12px;padding:3px 9px;border:1px solid ${colours.rule};border-radius:6px;background:#fff;cursor:pointer}
.hukka-node{cursor:pointer;outline:none}
.hukka-node:focus-visible .hukka-node-box,.hukka-node:hover .hukka-node-box{stroke:${colours.wander};stroke-width:3}
.hukka-node-label,.hukka-lane-label,.hukka-report [data-hukka="tooltip"],.hukka-journey-path{unicode-bidi:isolate}
svg[data-selection] .hukka-node:not([data-highlighted]){opacity:.3}
svg[data-selection] .hukka-link:not([data-highlighted]){opacity:.12}
.hukka-link[data-highlighted]{stroke:${colours.highlight};stroke-opacity:1}
.hukka-node[data-highlighted] .hukka-node-box{stroke:${colours.highlight};stroke-width:3.5}
.hukka-columns{display:grid;grid-template-columns:minmax(0,1fr);gap:14px 22px;align-items:start}
.hukka-columns>*{min-width:0}
/* wide screens: the wander line on top, the lists below it in two columns (a page, not a scroll) */
@media (min-width:901px){.hukka-columns>.hukka-wander-panel{order:-1}.hukka-columns>.hukka-journeys{columns:2;column-gap:22px}.hukka-journeys>*{break-inside:avoid}.hukka-journeys li{break-inside:avoid}.hukka-journeys h2,.hukka-journeys h3{break-after:avoid}}
@media (max-width:600px){.hukka-report{padding:14px 12px 32px}.hukka-report h1{font-size:20px}.hukka-figures div{min-width:0;flex:1 1 40%}.hukka-figures dd{font-size:17px}}
.hukka-report svg{max-width:100%}
.hukka-wander-panel .hukka-scroll svg{max-width:none}
.hukka-list{list-style:none;margin:0 0 16px;padding:0}
.hukka-list li{margin:0 0 5px}
.hukka-list button{all:unset;box-sizing:border-box;display:block;width:100%;padding:5px 10px;border:1px solid ${colours.rule};border-radius:7px;cursor:pointer;background:#fff}
.hukka-list button:hover,.hukka-list button:focus-visible{border-color:${colours.wander};outline:2px solid ${colours.wander}33}
.hukka-list li[data-highlighted] button{border-color:${colours.highlight};background:#EAF3FA;box-shadow:inset 4px 0 0 ${colours.highlight}}
.hukka-journey-head{display:block;font-weight:600;font-size:13px}
.hukka-journey-loss{display:block;font-size:12px;color:${colours.waste};font-weight:600}
.hukka-journey-path{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden;font-size:12px;color:${colours.muted};overflow-wrap:anywhere}
.hukka-wander-panel .hukka-scroll{overflow-x:auto;border:1px solid ${colours.rule};border-radius:8px;display:flex;align-items:flex-start}
.hukka-wander-gutter{position:sticky;left:0;z-index:1;flex:none;box-shadow:2px 0 4px #0001}
.hukka-wander-gutter svg,.hukka-wander-panel .hukka-scroll>svg{flex:none}
.hukka-wander-panel svg{display:block}
.hukka-marks{display:flex;flex-wrap:wrap;gap:14px;font-size:12.5px;margin:6px 0}
.hukka-marks span{display:inline-flex;align-items:center;gap:5px}
.hukka-report [data-hukka="tooltip"]{position:absolute;z-index:10;pointer-events:none;max-width:340px;background:#fff;border:1px solid ${colours.rule};border-radius:8px;box-shadow:0 6px 24px #0002;padding:9px 12px;font-size:12.5px;overflow-wrap:anywhere}
.hukka-report [data-hukka="tooltip"][hidden]{display:none}
.hukka-tip-title{font-weight:650;font-size:13.5px;margin:0 0 2px}
.hukka-tip-sub{color:${colours.muted};margin:0 0 6px}
.hukka-tip-steps{margin:0;padding:0;list-style:none}
.hukka-tip-steps li{display:flex;gap:6px;align-items:baseline}
.hukka-tip-steps i{flex:none;width:9px;height:9px;border-radius:2px;display:inline-block}
.hukka-tip-steps .hukka-min{margin-left:auto;padding-left:10px;white-space:nowrap;font-variant-numeric:tabular-nums}
.hukka-warnings li{color:${colours.waste}}
.hukka-report h3{font-size:14.5px;margin:0 0 6px}
.hukka-map-controls[hidden]{display:none}
.hukka-map-controls{display:flex;flex-wrap:wrap;gap:8px 22px;font-size:13px;margin:4px 0}
.hukka-map-controls label{display:inline-flex;align-items:center;gap:8px}
.hukka-map-controls input{width:min(220px,40vw)}
.hukka-map-value{min-width:2.5em;font-variant-numeric:tabular-nums;font-weight:600}
.hukka-map-caption{font-size:12.5px;color:${colours.muted};margin:0 0 6px}
.hukka-map-canvas{border:1px solid ${colours.rule};border-radius:8px;background:#fff;padding:4px;text-align:center}
.hukka-map-canvas>svg{width:100%;height:auto;max-height:min(560px,70vh)}
.hukka-map-node{outline:none}
.hukka-map-node:focus-visible circle,.hukka-map-node:hover circle{stroke:${colours.highlight};stroke-width:3}
.hukka-map-label{unicode-bidi:isolate}
`;
