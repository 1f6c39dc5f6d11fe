import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"hukka/sql","description":"","frontmatter":{},"headers":[],"relativePath":"api/hukka/sql/index.md","filePath":"api/hukka/sql/index.md"}');
const _sfc_main = { name: "api/hukka/sql/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="hukka-sql" tabindex="-1">hukka/sql <a class="header-anchor" href="#hukka-sql" aria-label="Permalink to &quot;hukka/sql&quot;">​</a></h1><p>Logs too big for one machine (or kept in a warehouse): hukka&#39;s log aggregation as SQL for DuckDB, PostgreSQL, Spark and BigQuery, DuckDB as an engine for CSV and Parquet files, and the pure step from the aggregate rows to the <code>LogReport</code>. Loads DuckDB only when <code>duckdbLogAggregate</code> runs (the optional dependency <code>@duckdb/node-api</code>).</p><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/DuckDBLogOptions.html">DuckDBLogOptions</a></li><li><a href="./interfaces/LogAggregateRow.html">LogAggregateRow</a></li><li><a href="./interfaces/LogAggregateSqlOptions.html">LogAggregateSqlOptions</a></li><li><a href="./interfaces/SqlDialect.html">SqlDialect</a></li><li><a href="./interfaces/SqlLogMapping.html">SqlLogMapping</a></li></ul><h2 id="type-aliases" tabindex="-1">Type Aliases <a class="header-anchor" href="#type-aliases" aria-label="Permalink to &quot;Type Aliases&quot;">​</a></h2><ul><li><a href="./type-aliases/AggregateNumber.html">AggregateNumber</a></li><li><a href="./type-aliases/SqlDialectName.html">SqlDialectName</a></li></ul><h2 id="variables" tabindex="-1">Variables <a class="header-anchor" href="#variables" aria-label="Permalink to &quot;Variables&quot;">​</a></h2><ul><li><a href="./variables/LOG_AGGREGATE_COLUMNS.html">LOG_AGGREGATE_COLUMNS</a></li><li><a href="./variables/sqlDialects.html">sqlDialects</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/duckdbLogAggregate.html">duckdbLogAggregate</a></li><li><a href="./functions/logAggregateSql.html">logAggregateSql</a></li><li><a href="./functions/logReportFromAggregate.html">logReportFromAggregate</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/hukka/sql/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
