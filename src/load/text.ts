/**
 * Source text: strict decoding of bytes in the configured encoding (BOM, invalid sequences, NUL,
 * UTF-16/32 without a declared encoding), line/column positions, and the mapping between UTF-8
 * byte offsets (what libpg-query reports) and string offsets.
 */
import { UsageError } from '../errors.js';

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units (what editors, GitHub and SARIF count by default). */
  column: number;
}

/** Why a file is not valid text in its encoding; nothing from such a file may be parsed or run. */
export interface DecodeProblem {
  /** String offset in `text` (where `text` ends): `new LineIndex(text).position(offset)` is file:line:column. */
  offset: number;
  /** What is wrong and what to do, e.g. "NUL byte (0x00): PostgreSQL does not accept NUL in SQL text". */
  message: string;
}

export interface DecodedText {
  /**
   * The file's text, decoded strictly: it never holds a substituted U+FFFD. When `problem` is set,
   * only the text before the problem (so `problem.offset === text.length`).
   */
  text: string;
  hadBom: boolean;
  problem?: DecodeProblem;
}

export const DEFAULT_ENCODING = 'UTF-8';

/** The WHATWG name of an encoding label (e.g. "ISO-8859-1" → "windows-1252"), or undefined if TextDecoder does not know it. */
export function encodingName(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

const BOMS: Array<{ encoding: string; name: string; bytes: number[] }> = [
  // UTF-32LE before UTF-16LE: FF FE 00 00 starts with the UTF-16LE mark.
  { encoding: 'utf-32le', name: 'UTF-32LE', bytes: [0xff, 0xfe, 0x00, 0x00] },
  { encoding: 'utf-32be', name: 'UTF-32BE', bytes: [0x00, 0x00, 0xfe, 0xff] },
  { encoding: 'utf-8', name: 'UTF-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', name: 'UTF-16LE', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', name: 'UTF-16BE', bytes: [0xfe, 0xff] },
];

const startsWith = (b: Uint8Array, prefix: number[]) => b.length >= prefix.length && prefix.every((x, i) => b[i] === x);
const hex = (b: Uint8Array) => [...b].map((x) => `0x${x.toString(16).padStart(2, '0')}`).join(' ');

/** What to tell the user to do instead of `encoding` (the configured name): save as that, or set `name`. */
function remedy(encoding: string, name: string): string {
  return name.startsWith('UTF-32')
    ? `save it as ${encoding} (UTF-32 is not supported)`
    : `save it as ${encoding}, or set encoding: ${name}`;
}

/**
 * Decodes a migration strictly, as Flyway reads it with `encoding` (default UTF-8): a BOM of that
 * encoding is dropped; any other BOM, an invalid byte sequence, a NUL, or a file that looks like
 * UTF-16/32 without a BOM is a `problem`. Throws UsageError for an encoding TextDecoder does not know.
 */
export function decodeSql(bytes: Uint8Array, encoding: string = DEFAULT_ENCODING): DecodedText {
  const canonical = encodingName(encoding);
  if (!canonical) throw new UsageError(`unknown encoding "${encoding}" (e.g. UTF-8, UTF-16LE, UTF-16BE, windows-1252)`);
  const bom = BOMS.find((m) => startsWith(bytes, m.bytes));
  if (bom && bom.encoding !== canonical) {
    const message =
      `the file starts with a ${bom.name} byte order mark (${hex(Uint8Array.from(bom.bytes))}) but the encoding is ${encoding}: ` +
      remedy(encoding, bom.name);
    return withProblem('', false, { offset: 0, message });
  }
  const hadBom = bom !== undefined;
  const body = bom ? bytes.subarray(bom.bytes.length) : bytes;
  const utf16 = canonical === 'utf-16le' || canonical === 'utf-16be';

  let text: string | undefined;
  try {
    text = decodeStrictly(canonical, body);
  } catch {
    text = undefined;
  }
  if (text !== undefined && !text.includes('\0') && !utf16) return { text, hadBom };

  // Not valid text, or UTF-16 (which a UTF-16/32 file of the other kind decodes as without error):
  // is it UTF-16/32 without a BOM?
  const looks = hadBom ? undefined : unicodeByNuls(body);
  if (looks && looks.encoding !== canonical) {
    const message = `the file looks like ${looks.name} without a byte order mark (${looks.why}): ${remedy(encoding, looks.name)}`;
    return withProblem('', false, { offset: 0, message });
  }

  // The first problem in the file: a NUL (valid in every encoding, so it is in the text decoded
  // before any bad sequence), else the bad sequence.
  const bad = text === undefined ? firstDecodeError(canonical, body) : undefined;
  const before = text ?? bad!.before;
  const nul = before.indexOf('\0');
  if (nul >= 0) {
    const what = utf16 ? 'NUL character (U+0000)' : 'NUL byte (0x00)';
    return withProblem(before.slice(0, nul), hadBom, { offset: nul, message: `${what}: PostgreSQL does not accept NUL in SQL text` });
  }
  if (!bad) return { text: before, hadBom };
  const seq = hex(body.subarray(bad.start, bad.end));
  const why = `(the file is not valid ${encoding}; set encoding if it is another encoding)`;
  const message = bad.atEnd
    ? `incomplete ${encoding} byte sequence ${seq} at the end of the file ${why}`
    : `invalid ${encoding} byte sequence ${seq} ${why}`;
  return withProblem(before, hadBom, { offset: bad.offset, message });
}

/**
 * TextDecoder with `fatal: true`. Other encodings than UTF-8 are fed in streaming mode and then
 * flushed: Node ≥ 20.18.3 decodes windows-1252 as Latin-1 (0x80 → U+0080, not €) on its one-shot
 * fast path (nodejs/node#60888). UTF-8 keeps the (correct, 3× faster) one-shot path.
 */
function decodeStrictly(encoding: string, bytes: Uint8Array): string {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  if (encoding === 'utf-8') return decoder.decode(bytes);
  return decoder.decode(bytes, { stream: true }) + decoder.decode();
}

function withProblem(text: string, hadBom: boolean, problem: DecodeProblem): DecodedText {
  return { text, hadBom, problem };
}

/**
 * UTF-16/32 by the pattern of NUL bytes in the first 4 KiB: text that is mostly ASCII has a zero
 * high byte in every code unit (every other byte in UTF-16, three of every four in UTF-32).
 */
function unicodeByNuls(b: Uint8Array): { encoding: string; name: string; why: string } | undefined {
  const n = Math.min(b.length, 4096);
  if (n < 4) return undefined;
  const nuls = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (b[i] === 0) nuls[i % 4]!++;
  // Share of NUL bytes at positions ≡ r (mod 4).
  const f = nuls.map((z, r) => z / Math.ceil((n - r) / 4)) as [number, number, number, number];
  const why32 = 'three NUL bytes in every four';
  if (b.length % 4 === 0) {
    if (f[0] <= 0.1 && f[1] >= 0.6 && f[2] >= 0.9 && f[3] >= 0.9) return { encoding: 'utf-32le', name: 'UTF-32LE', why: why32 };
    if (f[0] >= 0.9 && f[1] >= 0.9 && f[2] >= 0.6 && f[3] <= 0.1) return { encoding: 'utf-32be', name: 'UTF-32BE', why: why32 };
  }
  if (b.length % 2 !== 0) return undefined;
  const even = (nuls[0]! + nuls[2]!) / Math.ceil(n / 2);
  const odd = (nuls[1]! + nuls[3]!) / Math.floor(n / 2);
  const why16 = 'NUL bytes at every other position';
  if (even <= 0.1 && odd >= 0.6) return { encoding: 'utf-16le', name: 'UTF-16LE', why: why16 };
  if (even >= 0.6 && odd <= 0.1) return { encoding: 'utf-16be', name: 'UTF-16BE', why: why16 };
  return undefined;
}

/**
 * Where strict decoding of `body` fails, found with TextDecoder itself: in streaming mode a prefix
 * throws only once it holds a bad sequence, so the shortest prefix that throws ends where the
 * decoder saw the error. `before` is the text decoded before the bad sequence, `offset` its length,
 * and body[start, end) the bytes from the start of the bad sequence to where it was seen.
 */
function firstDecodeError(
  encoding: string,
  body: Uint8Array,
): { before: string; offset: number; start: number; end: number; atEnd: boolean } {
  const stream = (n: number): string | undefined => {
    try {
      return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body.subarray(0, n), { stream: true });
    } catch {
      return undefined;
    }
  };
  // Largest prefix `ok` that decodes and shortest `bad` that does not: grow, then bisect.
  let ok = 0;
  let bad = Math.min(64, body.length);
  while (bad < body.length && stream(bad) !== undefined) {
    ok = bad;
    bad = Math.min(bad * 2, body.length);
  }
  const atEnd = stream(bad) !== undefined; // every prefix decodes: a sequence is cut off by the end of the file
  if (atEnd) ok = bad;
  else {
    while (bad - ok > 1) {
      const mid = (ok + bad) >> 1;
      if (stream(mid) !== undefined) ok = mid;
      else bad = mid;
    }
  }
  const before = stream(ok)!;
  // The bad sequence starts at the first byte not yet turned into text.
  let lo = 0;
  let hi = ok;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stream(mid)!.length < before.length) lo = mid + 1;
    else hi = mid;
  }
  return { before, offset: before.length, start: lo, end: atEnd ? body.length : bad, atEnd };
}

/** Maps string offsets to 1-based line/column. Lines end at "\n"; a "\r" before it is not counted. */
export class LineIndex {
  /** Offsets where lines start; found on first use (a file whose findings are replayed from the lint cache never needs them). */
  #starts: number[] | undefined;
  constructor(readonly text: string) {}
  private get starts(): number[] {
    if (this.#starts) return this.#starts;
    const starts = [0];
    const text = this.text;
    let i = text.indexOf('\n');
    while (i >= 0) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
    return (this.#starts = starts);
  }
  get lineCount(): number {
    return this.starts.length;
  }
  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - starts[lo]! + 1 };
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
