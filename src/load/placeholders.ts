/**
 * Flyway placeholders: ${name} (names are case-insensitive) and the ${flyway:...} built-ins,
 * replaced before parsing. Replacements change offsets, so an OffsetMap takes positions in the
 * replaced text back to the original file.
 */
export interface PlaceholderContext {
  /** User placeholders; keys are matched case-insensitively. */
  values: Record<string, string>;
  /** Values for ${flyway:...} built-ins (defaultSchema, user, database, timestamp, filename, table, environment, workingDirectory). */
  builtins: Record<string, string>;
}

export interface UnknownPlaceholder {
  name: string;
  /** Offset in the substituted text (unknown placeholders are left as written). */
  offset: number;
}

interface Replacement {
  origStart: number;
  origEnd: number;
  newStart: number;
  newEnd: number;
}

export class OffsetMap {
  constructor(private readonly replacements: Replacement[]) {}
  static identity = new OffsetMap([]);
  /** Original offset of an offset in the replaced text (inside a replacement: its start). */
  toOriginal(offset: number): number {
    let delta = 0;
    for (const r of this.replacements) {
      if (offset < r.newStart) break;
      if (offset < r.newEnd) return r.origStart;
      delta = r.origEnd - r.newEnd;
    }
    return offset + delta;
  }
}

const PLACEHOLDER_RE = /\$\{([A-Za-z0-9_.:-]+)\}/g;

export function substitutePlaceholders(
  text: string,
  ctx: PlaceholderContext,
): { text: string; map: OffsetMap; unknown: UnknownPlaceholder[] } {
  if (!text.includes('${')) return { text, map: OffsetMap.identity, unknown: [] };
  const lower = new Map<string, string>();
  for (const [k, v] of Object.entries(ctx.values)) lower.set(k.toLowerCase(), v);
  const builtins = new Map<string, string>();
  for (const [k, v] of Object.entries(ctx.builtins)) builtins.set(k.toLowerCase(), v);
  const unknown: UnknownPlaceholder[] = [];
  const replacements: Replacement[] = [];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER_RE)) {
    const name = m[1]!;
    const key = name.toLowerCase();
    const value = key.startsWith('flyway:') ? builtins.get(key.slice(7)) : lower.get(key);
    if (value === undefined) {
      unknown.push({ name, offset: out.length + (m.index - last) });
      continue;
    }
    out += text.slice(last, m.index);
    const newStart = out.length;
    out += value;
    replacements.push({ origStart: m.index, origEnd: m.index + m[0].length, newStart, newEnd: out.length });
    last = m.index + m[0].length;
  }
  if (replacements.length === 0) return { text, map: OffsetMap.identity, unknown };
  out += text.slice(last);
  return { text: out, map: new OffsetMap(replacements), unknown };
}
