import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse(`{"title":"","description":"","frontmatter":{"layout":"home","hero":{"name":"hukka","text":"How much of your customers' time is wasted?","tagline":"Finnish for waste. A TypeScript library and CLI that measures the time customers lose while they wander between your departments — where it happens, and what a redesign would save.","image":{"src":"/blueprint.png","alt":"A service blueprint drawn by hukka"},"actions":[{"theme":"brand","text":"Get started","link":"/guide/getting-started"},{"theme":"alt","text":"Live diagrams","link":"/examples/"},{"theme":"alt","text":"API reference","link":"/api/"}]},"features":[{"title":"The customer is the unit that flows","details":"Model a service as touchpoints in departments, each step marked value, necessary or waste. hukka computes the exact expected minutes, hand-offs, ping-pongs and failure demand per customer — no simulation."},{"title":"From event logs too","details":"Read CSV or XES (plain or gzip) as a stream, measure how real cases wander between departments, and mine a service model from the log."},{"title":"What would a redesign save?","details":"Describe a redesign as a list of changes — remove a queue, merge two desks, cut a loop — and compare before and after, figure by figure."},{"title":"Diagrams that explain it","details":"A service blueprint with department lanes, the wander line of one journey, waste breakdowns. The same code draws in the browser, in Node and into one offline HTML file."}]},"headers":[],"relativePath":"index.md","filePath":"index.md"}`);
const _sfc_main = { name: "index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
