/**
 * Flyway placeholders, replaced in a migration's text before it is parsed, the way Flyway's
 * PlaceholderReplacingReader (flyway-core, org.flywaydb.core.internal.parser, read as of Flyway 13.0;
 * the read loop dates from 6.5.2, case-insensitive names from 7.0.0, the "default placeholder"
 * message from 9.9.0) replaces them:
 *
 * - A placeholder is the configured prefix (`placeholderPrefix`, default `${`), then every character
 *   up to the first suffix (`placeholderSuffix`, default `}`). The name may hold any character:
 *   spaces, line breaks, `$`, `{`: `${a b}` and `${}` are placeholders named `a b` and ``.
 * - Replacement is textual, on the whole file: comments, string literals and dollar-quoted bodies
 *   included (Parser wraps the file's reader before any tokenising). A value is not scanned again.
 * - Names are case-insensitive (a lower-cased map). `flyway:` names are Flyway's built-ins
 *   (ParsingContext: defaultSchema, user, database, timestamp, filename, workingDirectory, table,
 *   environment); they win over a user placeholder spelled the same.
 * - A name with no value stops Flyway: "No value provided for placeholder: ${name}.  Check your
 *   configuration!", or for a `flyway:` name "Failed to populate value for default placeholder:
 *   ${flyway:name}". An empty value removes the placeholder.
 * - The prefix is recognised with a one-pass read-ahead: the reader takes characters while they match
 *   the prefix; on a mismatch every character it took is passed through unexamined. So with `${`,
 *   `$${x}` is left as written (the second `$` is never tried as a prefix start) while `$$${x}` is a
 *   placeholder after `$$`.
 * - A prefix with no suffix before the end of the file takes the rest of the file, and the name is
 *   that text minus its last `suffix.length` characters (Flyway removes the suffix it did not find).
 *   With fewer characters than that, Flyway fails with an internal StringIndexOutOfBoundsException.
 * - `placeholderReplacement: false` turns all of it off: the text is run as written.
 *
 * Replacements change offsets, so an OffsetMap takes positions in the replaced text back to the
 * original file.
 */
import { ConfigError } from '../errors.js';

/** Flyway's placeholderSeparator (default `:`), between `flyway` and a built-in's name. */
export const BUILTIN_NAMESPACE = 'flyway:';

export interface PlaceholderContext {
  /** User placeholders; keys are matched case-insensitively. */
  values: Record<string, string>;
  /** Values of the ${flyway:...} built-ins, keyed without `flyway:` (defaultSchema, user, database, timestamp, filename, table, environment, workingDirectory). */
  builtins: Record<string, string>;
  /** Flyway's placeholderPrefix; default `${`. */
  prefix?: string;
  /** Flyway's placeholderSuffix; default `}`. */
  suffix?: string;
  /** Flyway's placeholderReplacement; default true. False: the text is returned as is. */
  replacement?: boolean;
}

export interface UnknownPlaceholder {
  /** The name as written (between prefix and suffix, case kept). */
  name: string;
  /** How Flyway prints it in its error: prefix + name + suffix. */
  placeholder: string;
  /** A `flyway:` name: Flyway says "Failed to populate value for default placeholder". */
  builtin: boolean;
  /** No suffix before the end of the file. */
  unterminated: boolean;
  /** Offset of the prefix in the substituted text (unknown placeholders are left as written). */
  offset: number;
  /** Length in the text as written, prefix and suffix included. */
  length: number;
}

/** Flyway's error for an unknown placeholder, word for word (PlaceholderReplacingReader.read). */
export function flywayPlaceholderError(u: UnknownPlaceholder): string {
  return u.builtin
    ? `Failed to populate value for default placeholder: ${u.placeholder}`
    : `No value provided for placeholder: ${u.placeholder}.  Check your configuration!`;
}

export interface Replacement {
  origStart: number;
  origEnd: number;
  newStart: number;
  newEnd: number;
}

export class OffsetMap {
  constructor(private readonly replacements: Replacement[]) {}
  static identity = new OffsetMap([]);
  /** Offset in the replaced text of an original offset (inside a replaced span: its start). */
  toReplaced(offset: number): number {
    let delta = 0;
    for (const r of this.replacements) {
      if (offset < r.origStart) break;
      if (offset < r.origEnd) return r.newStart;
      delta = r.newEnd - r.origEnd;
    }
    return offset + delta;
  }
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

export interface Substituted {
  /** The text with every known placeholder replaced (unknown ones as written). */
  text: string;
  map: OffsetMap;
  unknown: UnknownPlaceholder[];
}

/**
 * Replaces placeholders in `text` as Flyway does (see the module comment). Never throws for the
 * text; an unknown placeholder is left as written and listed in `unknown`, at its offset in the
 * returned text. Throws ConfigError for an empty prefix or suffix (Flyway would take every
 * character as a placeholder).
 */
export function substitutePlaceholders(text: string, ctx: PlaceholderContext): Substituted {
  const prefix = ctx.prefix ?? '${';
  const suffix = ctx.suffix ?? '}';
  if (prefix === '') throw new ConfigError('placeholderPrefix must not be empty');
  if (suffix === '') throw new ConfigError('placeholderSuffix must not be empty');
  if (ctx.replacement === false || !text.includes(prefix)) return { text, map: OffsetMap.identity, unknown: [] };
  // PlaceholderReplacingReader.create: configuration placeholders, then ParsingContext's built-ins.
  const values = new Map<string, string>();
  for (const [k, v] of Object.entries(ctx.values)) values.set(k.toLowerCase(), v);
  for (const [k, v] of Object.entries(ctx.builtins)) values.set((BUILTIN_NAMESPACE + k).toLowerCase(), v);

  const unknown: UnknownPlaceholder[] = [];
  const replacements: Replacement[] = [];
  let out = '';
  let copied = 0; // text before this is in `out`
  let i = 0;
  while (i < text.length) {
    // A character that is not the prefix's first is passed on alone: skip to the next one that is.
    i = text.indexOf(prefix[0]!, i);
    if (i < 0) break;
    // Read-ahead: characters while they match the prefix; the first mismatch is taken too.
    let matched = 0;
    while (matched < prefix.length && i + matched < text.length && text[i + matched] === prefix[matched]) matched++;
    if (matched < prefix.length) {
      i += Math.min(matched + 1, text.length - i);
      continue;
    }
    const start = i;
    const nameStart = i + prefix.length;
    const close = text.indexOf(suffix, nameStart);
    const end = close < 0 ? text.length : close + suffix.length;
    const name = close < 0 ? text.slice(nameStart, Math.max(nameStart, text.length - suffix.length)) : text.slice(nameStart, close);
    i = end;
    const tooShort = close < 0 && text.length - nameStart < suffix.length;
    const value = tooShort ? undefined : values.get(name.toLowerCase());
    if (value === undefined) {
      unknown.push({
        name,
        placeholder: prefix + name + suffix,
        builtin: name.startsWith(BUILTIN_NAMESPACE),
        unterminated: close < 0,
        offset: out.length + (start - copied),
        length: end - start,
      });
      continue;
    }
    out += text.slice(copied, start);
    const newStart = out.length;
    out += value;
    replacements.push({ origStart: start, origEnd: end, newStart, newEnd: out.length });
    copied = end;
  }
  if (replacements.length === 0) return { text, map: OffsetMap.identity, unknown };
  out += text.slice(copied);
  return { text: out, map: new OffsetMap(replacements), unknown };
}
