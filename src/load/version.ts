/**
 * Flyway migration versions: "1", "1.1", "1_1", "001.002"... Parts are separated by "." or "_",
 * compared numerically part by part, and trailing zero parts do not count (1.1 == 1.1.0).
 */
export interface Version {
  /** As written in the file name, e.g. "001_2". */
  raw: string;
  /** Numeric parts with trailing zeros removed, as decimal strings without leading zeros. */
  parts: string[];
  /**
   * How the runner orders versions that are strings, not numbers (other layouts, src/load/layouts):
   * `text` — by UTF-16 code units, as Rust's String Ord (diesel) and Go's string compare (dbmate)
   * for the ASCII names they read; `locale` — String.prototype.localeCompare, as Prisma's CLI sorts
   * its migration folders. Such a version's `parts` is `[raw]` and its key is `raw`.
   * Undefined: numeric parts, as Flyway (and golang-migrate, goose, sqlx: one integer part).
   */
  order?: 'text' | 'locale';
}

/** A version compared as a string (see Version.order). */
export function stringVersion(raw: string, order: 'text' | 'locale'): Version {
  return { raw, parts: [raw], order };
}

const VERSION_RE = /^\d+(?:[._]\d+)*$/;

export function parseVersion(raw: string): Version | undefined {
  if (!VERSION_RE.test(raw)) return undefined;
  const parts = raw.split(/[._]/).map((p) => p.replace(/^0+(?=\d)/, ''));
  while (parts.length > 1 && parts[parts.length - 1] === '0') parts.pop();
  return { raw, parts };
}

/** Canonical text of a version: "1.1" for V1_1, V01.1 and V1.1.0. Equal versions have equal keys. */
export function versionKey(v: Version): string {
  return v.order ? v.raw : v.parts.join('.');
}

function compareNumeric(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareVersions(a: Version, b: Version): number {
  if (a.order || b.order) {
    if (a.order === 'locale' || b.order === 'locale') return Math.sign(a.raw.localeCompare(b.raw));
    return a.raw < b.raw ? -1 : a.raw > b.raw ? 1 : 0;
  }
  const n = Math.max(a.parts.length, b.parts.length);
  for (let i = 0; i < n; i++) {
    const c = compareNumeric(a.parts[i] ?? '0', b.parts[i] ?? '0');
    if (c !== 0) return c < 0 ? -1 : 1;
  }
  return 0;
}
