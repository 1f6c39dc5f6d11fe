import { textWidth } from "./text-width.js";

const ELLIPSIS = "…";

/**
 * Wraps text into at most `maxLines` lines no wider than `width` pixels (by the estimate of
 * `textWidth`), breaking at spaces where it can and inside words where it must; text that does
 * not fit ends in "…". Whitespace runs (line breaks, U+2028, U+2029 included) read as one space.
 *
 * @example
 * fitText("Call for an appointment", 100, 12, 2); // ["Call for an", "appointment"]
 */
export function fitText(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const words = text.split(/[\s\u2028\u2029]+/u).filter((w) => w !== "");
  const lines: string[] = [];
  let line = "";
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    const word = words[i]!;
    const candidate = line === "" ? word : `${line} ${word}`;
    if (textWidth(candidate, fontSize) <= width) {
      line = candidate;
      i++;
    } else if (line !== "") {
      lines.push(line);
      line = "";
    } else {
      // One word wider than the line: cut it by code points.
      const chars = Array.from(word);
      let cut = 0;
      while (cut < chars.length && textWidth(chars.slice(0, cut + 1).join(""), fontSize) <= width) cut++;
      cut = Math.max(cut, 1);
      lines.push(chars.slice(0, cut).join(""));
      words[i] = chars.slice(cut).join("");
      if (words[i] === "") i++;
    }
  }
  if (line !== "" && lines.length < maxLines) {
    lines.push(line);
    line = "";
  }
  const truncated = i < words.length || line !== "";
  if (truncated) lines[lines.length - 1] = withEllipsis(lines[lines.length - 1]!, width, fontSize);
  return lines;
}

function withEllipsis(line: string, width: number, fontSize: number): string {
  const chars = Array.from(line);
  while (chars.length > 0 && textWidth(chars.join("") + ELLIPSIS, fontSize) > width) chars.pop();
  return chars.join("").trimEnd() + ELLIPSIS;
}
