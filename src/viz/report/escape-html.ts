/**
 * Text for HTML character data or a quoted attribute value: `& < > " '` as character references.
 *
 * @example
 * escapeHtml('<img src=x onerror="alert(1)">'); // "&#60;img src=x onerror=&#34;alert(1)&#34;&#62;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
