// Each engine's lexer, as far as quoting goes, written from the engine's own grammar and not from
// hukka's code: how a statement falls into string literals, quoted identifiers, comments and the
// rest, and what text each literal and identifier stands for. A value or a name that changes the
// rest of the statement (the skeleton) is an injection.
//  - PostgreSQL (standard_conforming_strings on) and DuckDB (the PostgreSQL grammar): 'text' with
//    '' for a quote, "name" with "" for a quote, -- and nested /* */ comments.
//  - Spark SQL (SqlBaseLexer.g4: STRING_LITERAL, DOUBLEQUOTED_STRING, BACKQUOTED_IDENTIFIER,
//    SIMPLE_COMMENT, BRACKETED_COMMENT; values by ParserUtils.unescapeSQLString): 'text' and
//    "text" with backslash escapes and no doubled quote (two literals side by side), r'raw',
//    `name` with `` for a backquote, -- and nested /* */ comments.
//  - BigQuery (GoogleSQL lexical structure): 'text', "text", '''text''', """text""" with
//    backslash escapes (an unknown escape is an error), r/b prefixes, `name` with the same
//    escapes, #, -- and /* */ comments.
import type { SqlDialectName } from "../src/sql/index.js";

export interface SqlToken {
  kind: "string" | "identifier" | "comment" | "code";
  /** The text the token stands for: a literal's or identifier's value, else the source text. */
  value: string;
}

/** A statement no lexer of this engine can read (an unterminated literal, an unknown escape). */
export class LexError extends Error {}

const SPARK_ESCAPES: Record<string, string> = { "0": "\u0000", b: "\b", n: "\n", r: "\r", t: "\t", Z: "\u001a", "%": "\\%", _: "\\_" };
const BIGQUERY_ESCAPES: Record<string, string> = { a: "\u0007", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\u000b", "\\": "\\", "?": "?", '"': '"', "'": "'", "`": "`" };

/** Reads one backslash escape at `i` (the character after the backslash); returns the text and the next index. */
function escape(sql: string, i: number, dialect: "spark" | "bigquery"): [string, number] {
  const c = sql[i];
  if (c === undefined) throw new LexError("a backslash at the end of the statement");
  if (c === "u" && /^[0-9a-fA-F]{4}$/.test(sql.slice(i + 1, i + 5))) return [String.fromCharCode(parseInt(sql.slice(i + 1, i + 5), 16)), i + 5];
  if (dialect === "spark") {
    if (/^[0-3][0-7]{2}$/.test(sql.slice(i, i + 3))) return [String.fromCharCode(parseInt(sql.slice(i, i + 3), 8)), i + 3];
    return [SPARK_ESCAPES[c] ?? c, i + 1];
  }
  if (/^[0-7]{3}$/.test(sql.slice(i, i + 3))) return [String.fromCharCode(parseInt(sql.slice(i, i + 3), 8)), i + 3];
  if (c === "x" && /^[0-9a-fA-F]{2}$/.test(sql.slice(i + 1, i + 3))) return [String.fromCharCode(parseInt(sql.slice(i + 1, i + 3), 16)), i + 3];
  const known = BIGQUERY_ESCAPES[c];
  if (known === undefined) throw new LexError(`unknown escape \\${c}`);
  return [known, i + 1];
}

/**
 * The statement as the engine's lexer reads it; adjacent code characters are one token.
 */
export function sqlTokens(sql: string, dialect: SqlDialectName): SqlToken[] {
  const tokens: SqlToken[] = [];
  let code = "";
  const push = (token: SqlToken) => {
    if (code !== "") tokens.push({ kind: "code", value: code });
    code = "";
    tokens.push(token);
  };
  const standard = dialect === "postgres" || dialect === "duckdb";
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    const two = sql.slice(i, i + 2);
    if (two === "--" || (dialect === "bigquery" && c === "#")) {
      const end = sql.indexOf("\n", i);
      const stop = end < 0 ? sql.length : end;
      push({ kind: "comment", value: sql.slice(i, stop) });
      i = stop;
    } else if (two === "/*") {
      let depth = 0;
      let j = i;
      do {
        if (sql.startsWith("/*", j)) {
          depth++;
          j += 2;
        } else if (sql.startsWith("*/", j)) {
          depth--;
          j += 2;
          if (dialect === "bigquery") depth = 0; // BigQuery's comments do not nest
        } else if (j >= sql.length) throw new LexError("an unterminated comment");
        else j++;
      } while (depth > 0);
      push({ kind: "comment", value: sql.slice(i, j) });
      i = j;
    } else if (standard && (c === "'" || c === '"')) {
      let value = "";
      let j = i + 1;
      for (;;) {
        if (j >= sql.length) throw new LexError("an unterminated quoted text");
        if (sql[j] === c) {
          if (sql[j + 1] === c) {
            value += c;
            j += 2;
            continue;
          }
          break;
        }
        value += sql[j++];
      }
      push({ kind: c === "'" ? "string" : "identifier", value });
      i = j + 1;
    } else if (!standard && c === "`") {
      let value = "";
      let j = i + 1;
      for (;;) {
        if (j >= sql.length) throw new LexError("an unterminated quoted identifier");
        const d = sql[j]!;
        if (dialect === "bigquery" && d === "\\") {
          const [text, next] = escape(sql, j + 1, dialect);
          value += text;
          j = next;
        } else if (d === "`") {
          if (dialect === "spark" && sql[j + 1] === "`") {
            value += "`";
            j += 2;
          } else break;
        } else {
          if (dialect === "bigquery" && (d === "\n" || d === "\r")) throw new LexError("a line break in a quoted identifier");
          value += d;
          j++;
        }
      }
      push({ kind: "identifier", value });
      i = j + 1;
    } else if (!standard && (c === "'" || c === '"' || (/[rRbB]/.test(c) && /['"]/.test(sql[i + 1] ?? "") && !/[\w]/.test(sql[i - 1] ?? "")))) {
      let j = i;
      let raw = false;
      for (; /[rRbB]/.test(sql[j]!); j++) if (/[rR]/.test(sql[j]!)) raw = true;
      const q = sql[j]!;
      const triple = dialect === "bigquery" && sql.startsWith(q.repeat(3), j);
      const close = triple ? q.repeat(3) : q;
      j += close.length;
      let value = "";
      for (;;) {
        if (j >= sql.length) throw new LexError("an unterminated string literal");
        if (sql.startsWith(close, j)) break;
        const d = sql[j]!;
        if (d === "\\" && !raw) {
          const [text, next] = escape(sql, j + 1, dialect as "spark" | "bigquery");
          value += text;
          j = next;
        } else if (d === "\\" && raw && dialect === "bigquery") {
          // a BigQuery raw string keeps its backslashes, but cannot end on an escaped quote
          value += sql.slice(j, j + 2);
          j += 2;
        } else {
          if (dialect === "bigquery" && !triple && (d === "\n" || d === "\r")) throw new LexError("a line break in a string literal");
          value += d;
          j++;
        }
      }
      push({ kind: "string", value });
      i = j + close.length;
    } else {
      code += c;
      i++;
    }
  }
  if (code !== "") tokens.push({ kind: "code", value: code });
  return tokens;
}

/** What a statement does apart from its literals and quoted names: the code and comments in order. */
export function skeleton(tokens: readonly SqlToken[]): string[] {
  return tokens.map((t) => (t.kind === "string" ? "<string>" : t.kind === "identifier" ? "<identifier>" : t.value));
}
