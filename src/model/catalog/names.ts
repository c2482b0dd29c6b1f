/**
 * Names as PostgreSQL spells them: column types as format_type prints them, and the names it
 * generates for constraints and indexes (makeObjectName, ChooseConstraintName in
 * src/backend/commands/indexcmds.c). Moved out of catalog.ts, which re-exports them.
 */
import type { TypeName } from '@pgsql/types';

/** PostgreSQL's display names (format_type) of the built-in types, by internal or alias name. */
const TYPE_NAMES: Record<string, string> = {
  int: 'integer', int4: 'integer', integer: 'integer', serial: 'integer', serial4: 'integer',
  int8: 'bigint', bigint: 'bigint', bigserial: 'bigint', serial8: 'bigint',
  int2: 'smallint', smallint: 'smallint', smallserial: 'smallint', serial2: 'smallint',
  float4: 'real', real: 'real', float8: 'double precision', float: 'double precision',
  decimal: 'numeric', numeric: 'numeric',
  bool: 'boolean', boolean: 'boolean',
  varchar: 'character varying', bpchar: 'character', char: 'character',
  varbit: 'bit varying', bit: 'bit',
  timestamptz: 'timestamp with time zone', timestamp: 'timestamp without time zone',
  timetz: 'time with time zone', time: 'time without time zone',
};

/** Types whose typmod goes after the first word: timestamp(3) with time zone. */
const TYPMOD_INSIDE = new Set(['timestamptz', 'timestamp', 'timetz', 'time']);

/** PostgreSQL's NAMEDATALEN: identifiers are at most 63 bytes. */
const NAMEDATALEN = 64;
const utf8Length = (s: string) => Buffer.byteLength(s, 'utf8');

/** The longest prefix of `s` of at most `bytes` UTF-8 bytes that does not split a character. */
function clipBytes(s: string, bytes: number): string {
  let used = 0;
  let end = 0;
  for (const ch of s) {
    const n = utf8Length(ch);
    if (used + n > bytes) break;
    used += n;
    end += ch.length;
  }
  return s.slice(0, end);
}

/**
 * Column names joined by "_" for a generated name, as PostgreSQL's
 * ChooseForeignKeyConstraintNameAddition / ChooseIndexNameAddition build it (they stop once
 * the result reaches NAMEDATALEN bytes; makeObjectName cuts it further).
 */
export function nameAddition(columns: string[]): string {
  let buf = '';
  for (const c of columns) {
    if (buf) buf += '_';
    buf += clipBytes(c, NAMEDATALEN - 1);
    if (utf8Length(buf) >= NAMEDATALEN) break;
  }
  return buf;
}

/**
 * PostgreSQL's makeObjectName: name1_name2_label in at most 63 bytes. When too long, the longer
 * of name1 and name2 loses a byte at a time (name2 on a tie), then each is cut back to a whole
 * character; the label is never cut.
 */
export function makeObjectName(name1: string, name2: string | undefined, label: string): string {
  const overhead = utf8Length(label) + 1 + (name2 === undefined ? 0 : 1);
  const avail = NAMEDATALEN - 1 - overhead;
  let n1 = utf8Length(name1);
  let n2 = name2 === undefined ? 0 : utf8Length(name2);
  while (n1 + n2 > avail) {
    if (n1 > n2) n1--;
    else n2--;
  }
  const parts = [clipBytes(name1, n1)];
  if (name2 !== undefined) parts.push(clipBytes(name2, n2));
  parts.push(label);
  return parts.join('_');
}

export function lastName(t: TypeName): string | undefined {
  const last = t.names?.[t.names.length - 1];
  return last && 'String' in last ? last.String.sval : undefined;
}

/**
 * A column type as PostgreSQL prints it (format_type): "character varying(255)", "numeric(12,4)",
 * "timestamp(3) with time zone", "integer[]". User-defined types keep their written name
 * (schema-qualified when written so, "public." omitted).
 */
export function typeNameText(t: TypeName): string {
  const parts = (t.names ?? []).map((n) => ('String' in n ? (n.String.sval ?? '') : ''));
  const builtin = parts.length === 1 || parts[0] === 'pg_catalog';
  const name = parts[parts.length - 1] ?? '?';
  const mods = (t.typmods ?? []).map((m) => {
    const c = 'A_Const' in m ? m.A_Const : undefined;
    if (c && 'ival' in c) return String((c.ival as { ival?: number } | undefined)?.ival ?? 0);
    if (c && 'sval' in c) return String((c.sval as { sval?: string } | undefined)?.sval ?? '');
    return '?';
  });
  const array = '[]'.repeat(t.arrayBounds?.length ?? 0);
  let text: string;
  if (builtin && TYPE_NAMES[name]) {
    const display = TYPE_NAMES[name]!;
    if (name === 'interval' || mods.length === 0) text = display;
    else if (TYPMOD_INSIDE.has(name)) text = display.replace(/^(\w+)/, `$1(${mods[0]})`);
    else if (display === 'numeric' && mods.length === 1) text = `numeric(${mods[0]},0)`;
    else text = `${display}(${mods.join(',')})`;
  } else if (builtin && name === 'interval') {
    // INTERVAL fields (DAY TO SECOND, …) are encoded in the typmod; keep them opaque.
    text = mods.length ? `interval(${mods.join(',')})` : 'interval';
  } else {
    const qualified = parts.length > 1 && parts[0] !== 'public' && !builtin ? parts.join('.') : name;
    text = mods.length ? `${qualified}(${mods.join(',')})` : qualified;
  }
  return text + array;
}
