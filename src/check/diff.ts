/**
 * Differences between two schema snapshots: objects added, changed and dropped, and a
 * human-readable form that folds an added or dropped table's columns, indexes and constraints
 * into one line for the table.
 */
import { objectKey, type ObjectKind, type SchemaObject, type Snapshot } from './snapshot.js';

export interface ChangedObject {
  kind: ObjectKind;
  name: string;
  before: string;
  after: string;
  parent?: string;
}

export interface SchemaDiff {
  added: SchemaObject[];
  changed: ChangedObject[];
  dropped: SchemaObject[];
}

/**
 * `foldedSince` (ms since the epoch): definitions that differ only in date/time literals from that
 * moment on are the same. PostgreSQL folds `'now'::timestamp`, `'today'::date` and the like to a
 * constant when it stores a view or a default (docs: "Date/Time Types", special values), so an
 * object re-created from the very same text later in the run stores another constant.
 */
export function diffSnapshots(before: Snapshot, after: Snapshot, foldedSince?: number): SchemaDiff {
  const added: SchemaObject[] = [];
  const changed: ChangedObject[] = [];
  const dropped: SchemaObject[] = [];
  for (const [key, a] of after) {
    const b = before.get(key);
    if (!b) added.push(a);
    else if (
      b.definition !== a.definition &&
      !sameButWhitespace(b.definition, a.definition) &&
      !(foldedSince !== undefined && sameButFoldedTimes(b.definition, a.definition, foldedSince))
    ) {
      changed.push({ kind: a.kind, name: a.name, before: b.definition, after: a.definition, parent: a.parent });
    }
  }
  for (const [key, b] of before) if (!after.has(key)) dropped.push(b);
  return { added, changed, dropped };
}

export const isEmptyDiff = (d: SchemaDiff): boolean => d.added.length + d.changed.length + d.dropped.length === 0;

export const emptyDiff = (): SchemaDiff => ({ added: [], changed: [], dropped: [] });

/** One line of a diff as people read it. */
export interface DiffLine {
  change: 'added' | 'changed' | 'dropped';
  kind: ObjectKind;
  name: string;
  /** Definition (added/dropped), or "before → after" for short changed definitions. */
  text: string;
}

const PARENTS: ObjectKind[] = ['table', 'foreign table', 'materialized view', 'domain', 'view'];

function plural(n: number, word: string): string {
  if (n === 1) return `1 ${word}`;
  return `${n} ${word === 'index' ? 'indexes' : word === 'policy' ? 'policies' : `${word}s`}`;
}

/** What an added or dropped table brings with it: "3 columns, 1 index". */
function childrenSummary(children: SchemaObject[]): string {
  const counts = new Map<string, number>();
  for (const c of children) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  const order: ObjectKind[] = ['column', 'constraint', 'index', 'sequence', 'trigger', 'policy'];
  return order.filter((k) => counts.has(k)).map((k) => plural(counts.get(k)!, k)).join(', ');
}

const oneLine = (s: string, max = 160) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/**
 * Lines for people: children of an added or dropped parent are folded into the parent's line;
 * short changed definitions show before → after, long ones (views, functions) say "definition changed".
 */
/**
 * The net effect of diffs taken one after the other (each migration's before → after): what the
 * first one found before and the last one left after, per object. An object added and dropped
 * again, or changed back, is no change. Lets a PR's schema diff leave out what unchanged
 * migrations (an R__ file that runs after the new ones) did in between.
 */
export function composeDiffs(diffs: SchemaDiff[]): SchemaDiff {
  const state = new Map<string, { before?: SchemaObject; after?: SchemaObject }>();
  const touch = (before: SchemaObject | undefined, after: SchemaObject | undefined, o: { kind: ObjectKind; name: string }) => {
    const key = objectKey(o.kind, o.name);
    const s = state.get(key);
    if (s) s.after = after;
    else state.set(key, { before, after });
  };
  for (const d of diffs) {
    for (const o of d.added) touch(undefined, o, o);
    for (const c of d.changed) {
      touch({ kind: c.kind, name: c.name, definition: c.before, parent: c.parent }, { kind: c.kind, name: c.name, definition: c.after, parent: c.parent }, c);
    }
    for (const o of d.dropped) touch(o, undefined, o);
  }
  const out: SchemaDiff = { added: [], changed: [], dropped: [] };
  for (const { before, after } of state.values()) {
    if (!before && after) out.added.push(after);
    else if (before && !after) out.dropped.push(before);
    else if (before && after && before.definition !== after.definition) {
      out.changed.push({ kind: after.kind, name: after.name, before: before.definition, after: after.definition, parent: after.parent });
    }
  }
  return out;
}

/**
 * Definitions equal but for runs of white space (a function body re-created with another
 * indentation: PostgreSQL keeps a body's text as written). A change inside a string literal that
 * is only white space is not seen — the price of not reporting indentation.
 */
function sameButWhitespace(a: string, b: string): boolean {
  const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
  return squeeze(a) === squeeze(b);
}

/** A date or timestamp literal as PostgreSQL prints it: '2026-11-30 06:30:01.5+00'::timestamp with time zone. */
const TIME_LITERAL = /'(\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}:\d{2}(?:\.\d+)?)?(?:[+-]\d{2}(?::?\d{2})?)?)'::(?:timestamp|date|time)[a-z ]*/g;
const DAY = 86_400_000;

function sameButFoldedTimes(a: string, b: string, since: number): boolean {
  // A day of slack either way: a literal without a time zone is in the server's TimeZone.
  const recent = (lit: string) => {
    const t = Date.parse(lit.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00'));
    return Number.isFinite(t) && t >= since - DAY && t <= Date.now() + DAY;
  };
  const mask = (s: string) => s.replace(TIME_LITERAL, (whole, lit: string) => (recent(lit) ? whole.replace(lit, '<now>') : whole));
  return mask(a) === mask(b);
}

/** The lines of `before` and `after` that differ, first few, for a message: "- line / + line". */
function changedLines(before: string, after: string, max = 3): string {
  const b = before.split('\n').map((l) => l.trim());
  const a = after.split('\n').map((l) => l.trim());
  const gone = b.filter((l) => !a.includes(l));
  const come = a.filter((l) => !b.includes(l));
  const parts = [...gone.slice(0, max).map((l) => `- ${oneLine(l, 80)}`), ...come.slice(0, max).map((l) => `+ ${oneLine(l, 80)}`)];
  if (gone.length > max || come.length > max) parts.push('…');
  return parts.join(' / ');
}

export function describeDiff(diff: SchemaDiff): DiffLine[] {
  const lines: DiffLine[] = [];
  const fold = (list: SchemaObject[], change: 'added' | 'dropped') => {
    const parents = new Set(list.filter((o) => PARENTS.includes(o.kind)).map((o) => objectKey(o.kind, o.name)));
    const children = new Map<string, SchemaObject[]>();
    for (const o of list) {
      if (o.parent && parents.has(o.parent)) children.set(o.parent, [...(children.get(o.parent) ?? []), o]);
    }
    for (const o of list) {
      if (o.parent && parents.has(o.parent)) continue;
      const kids = children.get(objectKey(o.kind, o.name));
      const def = o.definition === o.kind ? '' : oneLine(o.definition, kids?.length ? 80 : 120);
      const text = kids?.length ? `${def ? `${def}; ` : ''}with ${childrenSummary(kids)}` : def;
      lines.push({ change, kind: o.kind, name: o.name, text });
    }
  };
  fold(diff.added, 'added');
  for (const c of diff.changed) {
    const short = c.before.length <= 100 && c.after.length <= 100 && !c.before.includes('\n') && !c.after.includes('\n');
    lines.push({ change: 'changed', kind: c.kind, name: c.name, text: short ? `${c.before} → ${c.after}` : `definition changed: ${changedLines(c.before, c.after) || 'the same lines in another order'}` });
  }
  fold(diff.dropped, 'dropped');
  return lines;
}

/** "index public.idx_a (CREATE INDEX …)" */
export function describeLine(l: DiffLine): string {
  return `${l.kind} ${l.name}${l.text ? ` (${l.text})` : ''}`;
}
