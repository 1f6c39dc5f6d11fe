// sha256Base64 names the report's inline script in its Content-Security-Policy: a wrong digest for
// one length of bundle would leave the report blank. Checked against node:crypto (an independent
// implementation) at every length that exercises the padding: 0–200 bytes, three blocks and more.
import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { sha256Base64 } from "../src/viz/report/sha256-base64.js";

const expected = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

describe("sha256Base64(text)", () => {
  test("gives node:crypto's digest for texts of every length from 0 to 200 bytes", () => {
    const wrong: number[] = [];
    for (let n = 0; n <= 200; n++) {
      const text = Array.from({ length: n }, (_, i) => String.fromCharCode(97 + ((i * 7) % 26))).join("");
      if (sha256Base64(text) !== expected(text)) wrong.push(n);
    }
    expect(wrong).toEqual([]);
  });

  test("gives the FIPS 180-4 example digests, the 56-byte one included", () => {
    // FIPS 180-4 appendix B (hex), written here in base64
    const hex = (h: string) => Buffer.from(h, "hex").toString("base64");
    expect(sha256Base64("abc")).toBe(hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    expect(sha256Base64("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      hex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    );
  });

  test("hashes the UTF-8 bytes of multi-byte characters, at lengths around a block's end", () => {
    const wrong: string[] = [];
    for (let n = 40; n <= 70; n++) {
      const text = "ä".repeat(n % 3) + "€".repeat(Math.floor(n / 3)) + "😀".repeat(n % 2);
      if (sha256Base64(text) !== expected(text)) wrong.push(`${Buffer.byteLength(text)} bytes`);
    }
    expect(wrong).toEqual([]);
  });
});
