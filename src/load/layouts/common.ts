/** Helpers the layouts share: file names, integer versions, directive lines. */
import { parseVersion, type Version } from '../version.js';

export const baseName = (rel: string) => rel.slice(rel.lastIndexOf('/') + 1);
export const isTopLevel = (rel: string) => !rel.includes('/');

/** i64's largest value (goose's strconv.ParseInt, sqlx's i64), and uint64's (golang-migrate's strconv.ParseUint). */
const I64_MAX = 9223372036854775807n;
const U64_MAX = 18446744073709551615n;

/**
 * A version the runner parses as one integer (golang-migrate: uint64, goose and sqlx: int64):
 * compared numerically, leading zeros ignored (so 1_a and 001_b are the same version, as they are
 * to the runner). Undefined when the digits overflow the runner's integer type.
 */
export function integerVersion(digits: string, type: 'i64' | 'u64'): Version | undefined {
  if (!/^\d+$/.test(digits)) return undefined;
  if (BigInt(digits) > (type === 'i64' ? I64_MAX : U64_MAX)) return undefined;
  return parseVersion(digits);
}

export interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset after the last character, before the line break. */
  end: number;
  text: string;
}

/** The lines of a text with their offsets ("\n" or "\r\n" breaks). */
export function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const stop = nl < 0 ? text.length : nl;
    const end = stop > start && text[stop - 1] === '\r' ? stop - 1 : stop;
    out.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/** Whether the text up to `end` holds only blank lines and `--` comments (what may precede a goose or dbmate Up). */
export function onlyComments(text: string): boolean {
  return linesOf(text).every((l) => /^\s*(--.*)?$/.test(l.text));
}
