import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ReportOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/hukka/viz/interfaces/ReportOptions.md","filePath":"api/hukka/viz/interfaces/ReportOptions.md"}');
const _sfc_main = { name: "api/hukka/viz/interfaces/ReportOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-reportoptions" tabindex="-1">Interface: ReportOptions <a class="header-anchor" href="#interface-reportoptions" aria-label="Permalink to &quot;Interface: ReportOptions&quot;">​</a></h1><p>Options of <code>renderReport</code>; the defaults are <code>REPORT_DEFAULTS</code>.</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">renderReport</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(element, service, report, { interactive: </span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">false</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> });</span></span></code></pre></div><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="blueprint" tabindex="-1">blueprint <a class="header-anchor" href="#blueprint" aria-label="Permalink to &quot;blueprint&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">blueprint</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: BlueprintOptions;</span></span></code></pre></div><p>Layout options of the blueprint.</p><hr><h3 id="interactive" tabindex="-1">interactive <a class="header-anchor" href="#interactive" aria-label="Permalink to &quot;interactive&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">interactive</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: boolean;</span></span></code></pre></div><p>Add tooltips, selection, zoom and pan (needs a browser).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/hukka/viz/interfaces/ReportOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ReportOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ReportOptions as default
};
