import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: JourneyMetricsOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/hukka/interfaces/JourneyMetricsOptions.md","filePath":"api/hukka/interfaces/JourneyMetricsOptions.md"}');
const _sfc_main = { name: "api/hukka/interfaces/JourneyMetricsOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-journeymetricsoptions" tabindex="-1">Interface: JourneyMetricsOptions <a class="header-anchor" href="#interface-journeymetricsoptions" aria-label="Permalink to &quot;Interface: JourneyMetricsOptions&quot;">​</a></h1><p>Options of <code>journeyMetrics</code>.</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">journeyMetrics</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(visits, { idealMinutes: </span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">30</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> }).excessMinutes; </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// minutes − 30</span></span></code></pre></div><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="idealminutes" tabindex="-1">idealMinutes? <a class="header-anchor" href="#idealminutes" aria-label="Permalink to &quot;idealMinutes?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">idealMinutes</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> number </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">|</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> null</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Minutes of the ideal route from the journey&#39;s entry; <code>null</code> (the default) when there is none.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/hukka/interfaces/JourneyMetricsOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const JourneyMetricsOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  JourneyMetricsOptions as default
};
