/**
 * Flyway migration versions: "1", "1.1", "1_1", "001.002"... Parts are separated by "." or "_",
 * compared numerically part by part, and trailing zero parts do not count (1.1 == 1.1.0).
 */
export interface Version {
  /** As written in the file name, e.g. "001_2". */
  raw: string;
  /** Numeric parts with trailing zeros removed, as decimal strings without leading zeros. */
  parts: string[];
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
  return v.parts.join('.');
}

function compareNumeric(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareVersions(a: Version, b: Version): number {
  const n = Math.max(a.parts.length, b.parts.length);
  for (let i = 0; i < n; i++) {
    const c = compareNumeric(a.parts[i] ?? '0', b.parts[i] ?? '0');
    if (c !== 0) return c < 0 ? -1 : 1;
  }
  return 0;
}
