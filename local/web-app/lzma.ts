/**
 * A raw LZMA (LZMA1) decoder: what `xz --format=raw --lzma1=…,lp=0,pb=0` writes, back to its bytes. question.js
 * carries its question index's parts so (scripts/build-web-app.mjs, questionIndexCarried): xz's optimal parse codes
 * them 2.5 KB smaller than the host's gzip does the same text, and this decoder costs about 0.9 KB of it
 * (docs/performance.md, "Issue 17 kept, fourteenth pass"). It follows the LZMA SDK's reference decoder (LzmaSpec.cpp),
 * with lp = pb = 0 (text has no byte alignment to model), and stops after `size` bytes.
 */
export function lzmaDecoded(input: Uint8Array, size: number, lc: number): Uint8Array {
  const out = new Uint8Array(size);
  // One table of probabilities, at these offsets: is a match, a repeat, repeat 0, 1, 2, a long repeat 0 (by state, 12
  // each); the distance slots (4 by 64); the distances' middle (115) and low (16) bits; the lengths of matches and of
  // repeats (274 each: two choices, low, middle and high); then the literals.
  const p = new Uint16Array(1007 + (0x300 << lc)).fill(1024);
  // The range coder, its numbers kept below 2 ** 32 as plain numbers (no signed 32-bit arithmetic).
  let range = 0xffffffff;
  let code = 0;
  let at = 1;
  while (at < 5) code = code * 256 + (input[at++] as number);
  const bit = (i: number): number => {
    const q = p[i] as number;
    const bound = (range >>> 11) * q;
    let b = 0;
    if (code < bound) {
      range = bound;
      p[i] = q + ((2048 - q) >> 5);
    } else {
      range -= bound;
      code -= bound;
      p[i] = q - (q >> 5);
      b = 1;
    }
    if (range < 0x1000000) {
      range *= 256;
      code = code * 256 + (input[at++] ?? 0);
    }
    return b;
  };
  const tree = (from: number, bits: number): number => {
    let m = 1;
    for (let i = 0; i < bits; i += 1) m = (m << 1) + bit(from + m);
    return m - (1 << bits);
  };
  const reverse = (from: number, bits: number): number => {
    let m = 1;
    let symbol = 0;
    for (let i = 0; i < bits; i += 1) {
      const b = bit(from + m);
      m = (m << 1) + b;
      symbol |= b << i;
    }
    return symbol;
  };
  const length = (from: number): number =>
    bit(from) === 0 ? tree(from + 2, 3) : bit(from + 1) === 0 ? 8 + tree(from + 10, 3) : 16 + tree(from + 18, 8);
  let state = 0;
  let rep0 = 0;
  let rep1 = 0;
  let rep2 = 0;
  let rep3 = 0;
  let n = 0;
  while (n < size) {
    if (bit(state) === 0) {
      const base = 1007 + 0x300 * (n > 0 ? (out[n - 1] as number) >> (8 - lc) : 0);
      let symbol = 1;
      if (state >= 7) {
        let matchByte = out[n - rep0 - 1] as number;
        while (symbol < 0x100) {
          const matchBit = (matchByte >> 7) & 1;
          matchByte <<= 1;
          const b = bit(base + ((1 + matchBit) << 8) + symbol);
          symbol = (symbol << 1) | b;
          if (matchBit !== b) break;
        }
      }
      while (symbol < 0x100) symbol = (symbol << 1) | bit(base + symbol);
      out[n++] = symbol - 0x100;
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }
    let count: number;
    if (bit(12 + state) === 1) {
      if (bit(24 + state) === 0) {
        if (bit(60 + state) === 0) {
          state = state < 7 ? 9 : 11;
          out[n] = out[n - rep0 - 1] as number;
          n += 1;
          continue;
        }
      } else {
        let distance: number;
        if (bit(36 + state) === 0) distance = rep1;
        else {
          if (bit(48 + state) === 0) distance = rep2;
          else {
            distance = rep3;
            rep3 = rep2;
          }
          rep2 = rep1;
        }
        rep1 = rep0;
        rep0 = distance;
      }
      count = length(733);
      state = state < 7 ? 8 : 11;
    } else {
      rep3 = rep2;
      rep2 = rep1;
      rep1 = rep0;
      count = length(459);
      state = state < 7 ? 7 : 10;
      const slot = tree(72 + (Math.min(count, 3) << 6), 6);
      if (slot < 4) rep0 = slot;
      else {
        const bits = (slot >> 1) - 1;
        rep0 = (2 | (slot & 1)) * 2 ** bits;
        if (slot < 14) rep0 += reverse(328 + rep0 - slot, bits);
        else {
          // The bits above the lowest four, read directly (each as likely as not), then those four.
          for (let i = bits - 4; i > 0; i -= 1) {
            range = Math.floor(range / 2);
            if (code >= range) {
              code -= range;
              rep0 += 2 ** (i + 3);
            }
            if (range < 0x1000000) {
              range *= 256;
              code = code * 256 + (input[at++] ?? 0);
            }
          }
          rep0 += reverse(443, 4);
        }
      }
      if (rep0 >= n) throw new Error('lzma: a match reaches back before the start');
    }
    for (let end = Math.min(n + count + 2, size); n < end; n += 1) out[n] = out[n - rep0 - 1] as number;
  }
  return out;
}

/** The question index's parts as question.js carries them (question-index-parts.ts): packed, and their text's length. */
export interface PackedParts {
  /**
   * The parts' texts in PACKED_ORDER, each after a newline but the first, packed by LZMA (PACKED_LC), each three bytes
   * as four characters of `a` (as base64 does, with its own alphabet and no padding).
   */
  readonly z: string;
  /** The length of the packed text: its words (WORDS_CODED), a newline, then the parts' text with those words coded. */
  readonly n: number;
  /**
   * The 64 characters, in their order, that stand for 0 to 63: those question.js's code says most (the build picks
   * them), which its last gzip block, where the code and the packed bytes meet, codes shortest.
   */
  readonly a: string;
}

/** The parts in the order they are packed: the cue lists first, then the framing phrases and the reviewed questions. */
export const PACKED_ORDER = ['kinds', 'reading', 'asked', 'gives', 'index'] as const;
/** xz's `lc`, the bits of the byte before that each literal is modelled by: 2 packs the parts smallest. */
export const PACKED_LC = 2;

/** The parts' text, unpacked (the build checks it against the parts, byte for byte). */
export function unpackedText({ z, n, a }: PackedParts): string {
  const value = new Uint8Array(128);
  for (let i = 0; i < 64; i += 1) value[a.charCodeAt(i)] = i;
  const bytes = new Uint8Array((z.length >> 2) * 3);
  for (let i = 0, j = 0; i < z.length; i += 4, j += 3) {
    const v =
      ((value[z.charCodeAt(i)] as number) << 18) |
      ((value[z.charCodeAt(i + 1)] as number) << 12) |
      ((value[z.charCodeAt(i + 2)] as number) << 6) |
      (value[z.charCodeAt(i + 3)] as number);
    bytes[j] = v >> 16;
    bytes[j + 1] = v >> 8;
    bytes[j + 2] = v;
  }
  // The words coded (the build's wordsCoded), a newline, then the parts' text, in which byte 128 + i is word i. Read as
  // windows-1252 (what TextDecoder's "latin1" is), each byte is one character, 128 to 255 each a character of its own.
  const latin = new TextDecoder('latin1');
  const codes = latin.decode(Uint8Array.from({ length: 128 }, (_, i) => 128 + i));
  const text = latin.decode(lzmaDecoded(bytes, n, PACKED_LC));
  const start = text.indexOf('\n');
  const words = text.slice(0, start).split(' ');
  return text.slice(start + 1).replace(/[\u0080-\uffff]/g, (c) => words[codes.indexOf(c)] as string);
}

/** Bytes as four characters of `alphabet` for each three (the last three filled with zeros, which are never read). */
export function inAlphabet(bytes: Uint8Array, alphabet: string): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const v = ((bytes[i] as number) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    text += `${alphabet[(v >> 18) & 63]}${alphabet[(v >> 12) & 63]}${alphabet[(v >> 6) & 63]}${alphabet[v & 63]}`;
  }
  return text;
}

/**
 * The parts, each read by name as before (question-index.ts reads them when a question first needs them): unpacked
 * all together, once, when the first is read (about 20 ms in Node, cold; question-script.ts reads two when the page is
 * next idle after loading question.js ahead, so that a later first question finds them unpacked).
 */
export function unpackedParts(packed: PackedParts): Record<(typeof PACKED_ORDER)[number], string> {
  let texts: string[] | undefined;
  const parts = {} as Record<(typeof PACKED_ORDER)[number], string>;
  PACKED_ORDER.forEach((key, n) => {
    Object.defineProperty(parts, key, {
      enumerable: true,
      get: () => {
        texts ??= unpackedText(packed).split('\n');
        return texts[n];
      },
    });
  });
  return parts;
}
