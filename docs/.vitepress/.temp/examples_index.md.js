import { resolveComponent, useSSRContext } from "vue";
import { ssrRenderAttrs, ssrRenderComponent } from "vue/server-renderer";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Gallery","description":"","frontmatter":{"pageClass":"hukka-wide","aside":false},"headers":[],"relativePath":"examples/index.md","filePath":"examples/index.md"}');
const _sfc_main = { name: "examples/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  const _component_HukkaDiagrams = resolveComponent("HukkaDiagrams");
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="gallery" tabindex="-1">Gallery <a class="header-anchor" href="#gallery" aria-label="Permalink to &quot;Gallery&quot;">​</a></h1><p>The diagrams below are not pictures: this page runs hukka itself — <code>parseService</code>, <code>analyse</code>, <code>applyRedesign</code> and <code>hukka/viz</code>&#39;s <code>renderReport</code> — on the <a href="./health-centre.html">health-centre example</a>, in your browser.</p><ul><li><strong>Hover</strong> (or Tab to) a touchpoint for its steps and minutes.</li><li><strong>Click a journey</strong> in the lists to highlight its path in the blueprint and draw its wander line.</li><li><strong>Scroll</strong> on the blueprint to zoom, <strong>drag</strong> to pan, <strong>Fit</strong> to start again.</li><li>Switch to <strong>after the redesign</strong> to see what a call-back, one team and digital results would change.</li></ul>`);
  _push(ssrRenderComponent(_component_HukkaDiagrams, null, null, _parent));
  _push(`<h2 id="the-examples" tabindex="-1">The examples <a class="header-anchor" href="#the-examples" aria-label="Permalink to &quot;The examples&quot;">​</a></h2><p>Each example is one command in a clone of the repository and writes into <code>examples/out/</code>.</p><table tabindex="0"><thead><tr><th>example</th><th>the question</th><th>command</th></tr></thead><tbody><tr><td><a href="./health-centre.html">Health-centre referral</a></td><td>How much of a patient&#39;s time is wasted from a symptom to specialist treatment, and what would a redesign save?</td><td><code>npm run example:health-centre</code></td></tr><tr><td><a href="./sepsis.html">Sepsis</a></td><td>Where do patients wander between the emergency room, the laboratory and the wards?</td><td><code>npm run example:sepsis</code></td></tr><tr><td><a href="./receipt.html">Receipt</a></td><td>How often is a permit application handed between groups and passed back and forth?</td><td><code>npm run example:receipt</code></td></tr><tr><td><a href="./incidents.html">Incidents</a></td><td>How often do incidents ping-pong between support teams, and what does it cost in waiting?</td><td><code>npm run example:incidents</code></td></tr><tr><td><a href="./api.html">The library from TypeScript</a></td><td>How does an analytics tool use hukka?</td><td><code>npm run example:api</code></td></tr></tbody></table><p>The real-data examples read public event logs from 4TU.ResearchData; see each page for the citation.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("examples/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
