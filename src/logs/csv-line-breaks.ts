/**
 * CSV text with every line break outside quoted fields made a `\n`: `\r\n` and a lone `\r` end a
 * line as well as `\n` does, line by line — a file whose header ends in `\r\n` and whose rows end
 * in `\n` (or the other way round) is read whole, and no `\r` is left at the end of a value.
 * Inside a quoted field the text is kept as it is. A chunk without `\r` passes untouched (only
 * its quotes are counted, to know whether the next chunk starts inside a quoted field).
 *
 * @example
 * for await (const text of csvLineBreaks(["a,b\r\n1,2\r", "3,4\n"])) out += text;
 * // out === "a,b\n1,2\n3,4\n"
 */
export async function* csvLineBreaks(texts: AsyncIterable<string>): AsyncGenerator<string> {
  let inQuotes = false;
  let heldReturn = false; // the last chunk ended in a \r outside quotes: it may be half of a \r\n
  for await (const chunk of texts) {
    let text = heldReturn ? "\r" + chunk : chunk;
    heldReturn = false;
    if (text.indexOf("\r") < 0) {
      inQuotes = quotesFlip(text, 0, text.length) ? !inQuotes : inQuotes;
      yield text;
      continue;
    }
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
    // a \r that ends the chunk outside quotes was made a \n: if the next chunk starts with \n, the two are one break
    if (!inQuotes && text.endsWith("\r")) {
      out = out.slice(0, -1);
      heldReturn = true;
    }
    if (out !== "") yield out;
  }
  if (heldReturn) yield "\n";
}

/** Whether text[from, to) holds an odd number of quote characters. */
function quotesFlip(text: string, from: number, to: number): boolean {
  let odd = false;
  for (let i = text.indexOf('"', from); i >= 0 && i < to; i = text.indexOf('"', i + 1)) odd = !odd;
  return odd;
}
