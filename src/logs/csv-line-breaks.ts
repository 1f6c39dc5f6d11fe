/**
 * CSV text with every line break outside quoted fields made a `\n`: `\r\n` and a lone `\r` end a
 * line as well as `\n` does, line by line — a file whose header ends in `\r\n` and whose rows end
 * in `\n` (or the other way round) is read whole, and no `\r` is left at the end of a value.
 * Inside a quoted field the text is kept as it is. `inQuotes` says whether the text starts
 * inside a quoted field; the result says whether it ends inside one. The text must not end in
 * the `\r` of a `\r\n` whose `\n` is still to come (the reader cuts its text after whole line breaks).
 *
 * @example
 * csvLineBreaks('a,b\r\n1,"x\r\ny"\r3,4\n', false); // { text: 'a,b\n1,"x\r\ny"\n3,4\n', inQuotes: false }
 */
export function csvLineBreaks(text: string, inQuotes: boolean): { text: string; inQuotes: boolean } {
  if (text.indexOf("\r") < 0) return { text, inQuotes: quotesFlip(text) ? !inQuotes : inQuotes };
  let out = "";
  let pos = 0;
  while (pos < text.length) {
    const quote = text.indexOf('"', pos);
    const end = quote < 0 ? text.length : quote + 1;
    const piece = text.slice(pos, end);
    out += inQuotes || piece.indexOf("\r") < 0 ? piece : piece.replace(/\r\n?/g, "\n");
    if (quote >= 0) inQuotes = !inQuotes;
    pos = end;
  }
  return { text: out, inQuotes };
}

/** Whether the text holds an odd number of quote characters. */
function quotesFlip(text: string): boolean {
  let odd = false;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) odd = !odd;
  return odd;
}
