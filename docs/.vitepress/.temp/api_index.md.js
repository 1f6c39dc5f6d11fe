import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"API reference","description":"","frontmatter":{},"headers":[],"relativePath":"api/index.md","filePath":"api/index.md"}');
const _sfc_main = { name: "api/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="api-reference" tabindex="-1">API reference <a class="header-anchor" href="#api-reference" aria-label="Permalink to &quot;API reference&quot;">​</a></h1><p>Generated from the TSDoc comments of the code at every docs build. Two entry points:</p><ul><li><strong><code>hukka</code></strong> — the service model and its validation (<code>parseService</code>, <code>safeParseService</code>), the service graph, <code>analyse</code> and its report, event logs (<code>readEventLog</code>, <code>analyseLog</code>, <code>mineService</code>) and redesign (<code>applyRedesign</code>, <code>compareReports</code>). Plain data in and out; no DOM, no d3.</li><li><strong><code>hukka/viz</code></strong> — layouts and renderers for the blueprint, the wander line and the waste breakdown, the interactive report (<code>renderReport</code>), static SVG (<code>blueprintSvg</code>) and the self-contained HTML file (<code>reportHtml</code>).</li></ul><p>The <a href="/guide/concepts.html">concepts</a> page defines every figure.</p><h2 id="modules" tabindex="-1">Modules <a class="header-anchor" href="#modules" aria-label="Permalink to &quot;Modules&quot;">​</a></h2><ul><li><a href="./hukka/">hukka</a></li><li><a href="./hukka/sql/">hukka/sql</a></li><li><a href="./hukka/viz/">hukka/viz</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
