import { useSSRContext, unref } from "vue";
import { ssrRenderAttrs, ssrRenderList, ssrRenderAttr, ssrInterpolate } from "vue/server-renderer";
const data = JSON.parse(`[{"url":"/decisions/analysis.html","title":"Analysis: expected values, ideal routes, journeys and wander paths","summary":"What analyse and hukka analyse do where DESIGN §4–5 leave a choice open. The code is src/analysis/; analyse.ts reads as the table of contents: markovChain → expectedVisits → expectedValues (with expectedPingPongs) → idealRoutes → likelyJourneys → modelJourney / wanderPaths → hotspots → unreachableTouchpoints."},{"url":"/decisions/docs-and-examples.html","title":"Docs site, demo and examples","summary":"How the docs site, hukka demo and the examples are built, where the design left the choice open."},{"url":"/decisions/event-logs.html","title":"Event logs: reading, measuring, mining","summary":"What readEventLog, analyseLog, mineService and hukka mine decide where DESIGN §6 leaves a choice open."},{"url":"/decisions/model.html","title":"The service model and its validation","summary":"What parseService, safeParseService and hukka validate decide where DESIGN §3 leaves a choice open, and every code they report. Validation reports every problem at once: a model with five mistakes of four kinds gives five issues in one run, not one per run."},{"url":"/decisions/redesign.html","title":"Redesign: applying changes and comparing reports","summary":"What applyRedesign, compareReports and hukka compare do where DESIGN §7 leaves a choice open. A redesign is a list of changes applied in order to a copy of the service; the result is validated like any model and analysed like any model."},{"url":"/decisions/sql.html","title":"Logs too big for one machine: the aggregation as SQL","summary":"What hukka/sql, hukka mine --engine duckdb and hukka sql decide where the design leaves a choice open."},{"url":"/decisions/viz.html","title":"Visualiser: layout, colours, escaping","summary":"What hukka/viz and hukka render do where DESIGN §9 leaves a choice open. The visualiser is two steps: a layout that is pure data (positions, paths and fitted labels, tested without a DOM) and renderers that draw a layout with d3 on a DOM — the browser's, or linkedom's in Node. The same drawing code makes the static SVG, the HTML report and the docs site's diagrams."}]`);
const __pageData = JSON.parse('{"title":"Decisions","description":"","frontmatter":{},"headers":[],"relativePath":"decisions.md","filePath":"decisions.md"}');
const __default__ = { name: "decisions.md" };
const _sfc_main = /* @__PURE__ */ Object.assign(__default__, {
  __ssrInlineRender: true,
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="decisions" tabindex="-1">Decisions <a class="header-anchor" href="#decisions" aria-label="Permalink to &quot;Decisions&quot;">​</a></h1><p>Where the design left a question open, the choice made and why. One page per area of the code; each is written with the code it describes.</p><ul class="hukka-decisions"><!--[-->`);
      ssrRenderList(unref(data), (page) => {
        _push(`<li><a${ssrRenderAttr("href", page.url)}>${ssrInterpolate(page.title)}</a><p>${ssrInterpolate(page.summary)}</p></li>`);
      });
      _push(`<!--]--></ul></div>`);
    };
  }
});
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("decisions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
export {
  __pageData,
  _sfc_main as default
};
