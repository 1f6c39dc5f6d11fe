import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: serializeSvg()","description":"","frontmatter":{},"headers":[],"relativePath":"api/hukka/viz/functions/serializeSvg.md","filePath":"api/hukka/viz/functions/serializeSvg.md"}');
const _sfc_main = { name: "api/hukka/viz/functions/serializeSvg.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-serializesvg" tabindex="-1">Function: serializeSvg() <a class="header-anchor" href="#function-serializesvg" aria-label="Permalink to &quot;Function: serializeSvg()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> serializeSvg</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">root</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> string</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>An SVG element and its subtree as a standalone, well-formed XML document string: attributes in the order they were set, text escaped by <code>xmlText</code> / <code>xmlAttribute</code>, empty elements self-closed, comments dropped. Written here rather than taken from the DOM&#39;s serialiser so the output is the same in every DOM (linkedom&#39;s <code>outerHTML</code> leaves <code>&lt;</code> and <code>&amp;</code> raw in attributes).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Parameter</th><th>Type</th></tr></thead><tbody><tr><td><code>root</code></td><td><code>Element</code></td></tr></tbody></table><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">serializeSvg</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(svgElement); </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// &#39;&lt;svg xmlns=&quot;http://www.w3.org/2000/svg&quot; …&gt;…&lt;/svg&gt;&#39;</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/hukka/viz/functions/serializeSvg.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const serializeSvg = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  serializeSvg as default
};
