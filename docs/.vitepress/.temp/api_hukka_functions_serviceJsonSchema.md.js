import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: serviceJsonSchema()","description":"","frontmatter":{},"headers":[],"relativePath":"api/hukka/functions/serviceJsonSchema.md","filePath":"api/hukka/functions/serviceJsonSchema.md"}');
const _sfc_main = { name: "api/hukka/functions/serviceJsonSchema.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-servicejsonschema" tabindex="-1">Function: serviceJsonSchema() <a class="header-anchor" href="#function-servicejsonschema" aria-label="Permalink to &quot;Function: serviceJsonSchema()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> serviceJsonSchema</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">()</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Record</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&lt;</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">string</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">any</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&gt;;</span></span></code></pre></div><p>The JSON Schema (draft 2020-12) of the service model, generated from the zod schemas, for editors to autocomplete and check model files (<code>&quot;$schema&quot;: &quot;…/service.schema.json&quot;</code>).</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Record</code>&lt;<code>string</code>, <code>any</code>&gt;</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">serviceJsonSchema</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">().properties.touchpoints.type; </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// &quot;array&quot;</span></span>
<span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">serviceJsonSchema</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">().required; </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// [&quot;id&quot;, &quot;departments&quot;, &quot;touchpoints&quot;, &quot;transitions&quot;]</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/hukka/functions/serviceJsonSchema.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const serviceJsonSchema = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  serviceJsonSchema as default
};
