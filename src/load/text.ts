/**
 * Source text: decoding bytes (BOM, invalid UTF-8, NUL), line/column positions, and the
 * mapping between UTF-8 byte offsets (what libpg-query reports) and string offsets.
 */
import { isUtf8 } from 'node:buffer';

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units (what editors, GitHub and SARIF count by default). */
  column: number;
}

export interface DecodedText {
  text: string;
  hadBom: boolean;
  /** String offset of the first invalid UTF-8 sequence (replaced by U+FFFD in `text`), if any. */
  invalidUtf8At?: number;
  /** String offset of the first NUL character, if any (PostgreSQL rejects NUL in SQL text). */
  nulAt?: number;
}

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function decodeSql(bytes: Uint8Array): DecodedText {
  let body = bytes;
  let hadBom = false;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    body = bytes.subarray(3);
    hadBom = true;
  }
  const text = decoder.decode(body);
  const result: DecodedText = { text, hadBom };
  if (!isUtf8(body)) {
    const bad = firstInvalidUtf8(body);
    // Offsets before the bad byte are valid UTF-8, so decoding the prefix gives its string length.
    result.invalidUtf8At = decoder.decode(body.subarray(0, bad)).length;
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) result.nulAt = nul;
  return result;
}

/** Byte offset of the first byte that does not start a well-formed UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    if (i + need >= b.length) return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return b.length;
}

/** Maps string offsets to 1-based line/column. Lines end at "\n"; a "\r" before it is not counted. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    let i = text.indexOf('\n');
    while (i >= 0) {
      this.starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
  }
  get lineCount(): number {
    return this.starts.length;
  }
  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo]! + 1 };
  }
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]!;
  }
  lineText(line: number): string {
    const start = this.lineStart(line);
    const next = line < this.starts.length ? this.starts[line]! - 1 : this.text.length;
    return this.text.slice(start, next).replace(/\r$/, '');
  }
}

/**
 * libpg-query works on the UTF-8 encoding of the text and reports byte offsets in parse trees,
 * while PostgreSQL's error cursor counts characters (code points). This converts both to string
 * offsets (UTF-16 code units); for ASCII text all three are the same.
 */
export class Utf8Offsets {
  /** Byte offset where each non-ASCII code point starts. */
  private readonly byteAt: number[] = [];
  /** UTF-8 length of each of those code points. */
  private readonly byteLen: number[] = [];
  /** Extra bytes (UTF-8 bytes minus UTF-16 units) up to and including each of those code points. */
  private readonly extraAfter: number[] = [];
  /** String offsets of characters outside the BMP (surrogate pairs: one code point, two units). */
  private readonly astralAt: number[] = [];
  readonly byteLength: number;

  constructor(text: string) {
    let extra = 0;
    // eslint-disable-next-line no-control-regex
    const nonAscii = /[^\x00-\x7f]/g;
    let m: RegExpExecArray | null;
    while ((m = nonAscii.exec(text)) !== null) {
      const i = m.index;
      const code = text.charCodeAt(i);
      let bytes: number;
      let units = 1;
      if (code < 0x800) bytes = 2;
      else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          bytes = 4;
          units = 2;
          nonAscii.lastIndex = i + 2;
          this.astralAt.push(i);
        } else bytes = 3;
      } else bytes = 3; // BMP character, or a lone surrogate (encoded as U+FFFD, 3 bytes)
      this.byteAt.push(i + extra);
      this.byteLen.push(bytes);
      extra += bytes - units;
      this.extraAfter.push(extra);
    }
    this.byteLength = text.length + extra;
  }

  get isAscii(): boolean {
    return this.byteAt.length === 0;
  }

  /** String offset of a byte offset (a byte inside a multi-byte character maps to that character). */
  toStringOffset(byteOffset: number): number {
    if (this.byteAt.length === 0 || this.byteAt[0]! >= byteOffset) return byteOffset;
    // last non-ASCII character starting before byteOffset
    let lo = 0;
    let hi = this.byteAt.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.byteAt[mid]! < byteOffset) lo = mid;
      else hi = mid - 1;
    }
    const before = lo === 0 ? 0 : this.extraAfter[lo - 1]!;
    const start = this.byteAt[lo]!;
    if (byteOffset < start + this.byteLen[lo]!) return start - before; // inside the character
    return byteOffset - this.extraAfter[lo]!;
  }

  /** String offset of a code point offset (PostgreSQL's error cursor counts characters). */
  fromCodePoints(codePoints: number): number {
    let offset = codePoints;
    for (const a of this.astralAt) {
      if (a >= offset) break;
      offset++;
    }
    return offset;
  }
}

/** `s` with every character that means something in a regular expression escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
