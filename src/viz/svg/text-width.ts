/**
 * A conservative estimate of how wide a line of text renders, in pixels, without a DOM: layout is
 * pure data, so labels are fitted by estimate. Each class of character is given an advance at or
 * above what common sans-serif fonts use (their average is about 0.55 em), so a label that fits
 * by this estimate fits on screen.
 *
 * @example
 * textWidth("Lab", 12); // 24.36 (L, a: 0.68 em each, b: 0.68 em → 2.03 em × 12 px)
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch.codePointAt(0)!);
  return em * fontSize;
}

const NARROW = new Set("iljI.,:;'|!1tf()[]{} \"`");
const WIDE = new Set("MWmw@%&");

function charWidth(c: number): number {
  if (isZeroWidth(c)) return 0;
  if (c < 0x80) {
    const ch = String.fromCharCode(c);
    if (NARROW.has(ch)) return 0.4;
    if (WIDE.has(ch)) return 0.95;
    return 0.68;
  }
  if (isEastAsianWide(c)) return 1.05;
  return 0.8;
}

/** Control characters, combining marks, zero-width and bidi formatting characters. */
function isZeroWidth(c: number): boolean {
  return (
    c < 0x20 ||
    (c >= 0x7f && c < 0xa0) ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x2028 && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2069) ||
    (c >= 0xfe00 && c <= 0xfe0f) ||
    c === 0xfeff
  );
}

function isEastAsianWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x1f000 && c <= 0x1faff) ||
    c >= 0x20000
  );
}
