/**
 * The lint cache (issue #16 §1): a warm run replays the findings of every file whose inputs are
 * unchanged and parses and lints only from the first file that changed. Design and measurements:
 * docs/design/lint-cache.md.
 *
 * What a migration's findings depend on: its text as the runner sends it and its facts (kind,
 * section, execution, isNew, …), the settings and the code (`LintCache.settingsKey`), and the
 * catalog the migrations before it left — itself a function of those migrations' texts and facts.
 * So the key of the state after migration i is a hash chain, chain[i+1] = H(chain[i], facts of
 * migration i), computed from texts alone, without parsing. The migrations are cached in segments
 * (segmentEnds): a segment, named by the chain hash at its end, holds its migrations' findings and
 * names the chain hash it starts at; beside it is a checkpoint of the catalog after it
 * (src/model/catalog/checkpoint.ts), read only when a file after it must be linted. A run finds the
 * furthest segment whose chain back to the first migration is intact, replays those findings,
 * restores the catalog from its checkpoint and lints from there.
 *
 * Other files (rollbacks, seeds, …) change no catalog: each is cached on its own, keyed by its
 * facts (a rollback's include its migration's name and text), and depends on the chain's end only
 * when linting it read the catalog (LintSession.catalogReads).
 *
 * Rules whose findings depend on other files' names (RuleMeta.reads = 'project': versions,
 * pairing, the base) are never cached: they run on every file, every run, without parsing it.
 * Findings are cached before suppressions and before the --base / named-files filter, so the
 * same `finish` makes the same output.
 */
import { createHash } from 'node:crypto';
import { CheckpointMismatch } from '../model/catalog/checkpoint.js';
import { inChangeSet, type MigrationFile, type Project } from '../model/project.js';
import type { Position } from '../load/text.js';
import { lintProject, LintSession, type LintOptions, type RawFinding } from './engine.js';
import { parseSuppressions, SUPPRESSION_DIRECTIVE, type Suppression } from './suppressions.js';
import type { Finding, RuleModule, Severity } from './types.js';

/**
 * Migrations per segment: a warm run that resumes mid-history replays at most this many without
 * rules. Each segment's checkpoint costs a serialization of the whole catalog (measured on the
 * 2,000-migration bench corpus: ~30 ms each at the end of the history), so they are few, and
 * placed where a pull request changes things (segmentEnds).
 */
export const SEGMENT = 1000;
/** Checkpoints this many versioned migrations before the last one: a pull request edits its own, the newest. */
const TAIL = [1, 4, 16];

/** A finding as the cache keeps it: the file it is on by (location, rel, section). */
export interface CachedFinding {
  rule: string;
  severity: Severity;
  file: string;
  offset?: number;
  position?: Position;
  message: string;
  help: string;
}

export interface Segment {
  /** Chain hash before the segment's first migration. */
  prev: string;
  /** Index (in Project.migrations) of its first migration. */
  start: number;
  /** Per migration of the segment, in order: its cacheable findings. */
  files: CachedFinding[][];
  /** By index in the segment: the suppression comments of a migration that has some (so a warm run need not parse it to find what they cover). */
  suppressions?: Record<number, Suppression[]>;
}

export interface OtherEntry {
  /** The chain hash at the end of the migrations, when linting the file read the catalog. */
  chain?: string;
  findings: CachedFinding[];
  /** The file's suppression comments, when it has some. */
  suppressions?: Suppression[];
}

/** Where entries live (cache-store.ts: a directory). Reads return undefined for a missing or broken entry. */
export interface LintCacheStore {
  hasSegment(end: string): boolean;
  readSegment(end: string): Segment | undefined;
  /** Writes the segment and, beside it, the checkpoint of the catalog after it (Catalog.checkpoint). */
  writeSegment(end: string, segment: Segment, checkpoint: Uint8Array): void;
  /** The checkpoint written with the segment ending at `end`; read only when a file after it is linted. */
  readCheckpoint(end: string): Uint8Array | undefined;
  readOthers(scope: string): Map<string, OtherEntry> | undefined;
  writeOthers(scope: string, entries: Map<string, OtherEntry>): void;
}

export interface LintCache {
  store: LintCacheStore;
  /** The running code (cache-store.ts buildId); the rest of the settings are added here. */
  buildId: string;
  /** Migrations per segment (default SEGMENT; tests use a few to resume mid-history). */
  segment?: number;
  /** Set by the run: how many migrations and other files it replayed (the tests read it). */
  stats?: { migrations: number; replayed: number; others: number; othersReplayed: number };
}

const sha = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex').slice(0, 40);
};

/** A file of the project by name: its location, its path there and its section (two locations may hold the same rel). */
const nameOf = (f: Pick<MigrationFile, 'location' | 'rel' | 'section'>) => `${f.location}\0${f.rel}\0${f.section ?? ''}`;

/** A hash of everything of a file that a cacheable rule may read, with its text as written and as sent (after `before`: the chain). */
function factsOf(f: MigrationFile, pair?: MigrationFile, before = ''): string {
  const facts = [
    f.rel,
    f.path,
    f.location,
    f.kind,
    f.version?.raw,
    f.description,
    f.namingProblem,
    f.runByFlyway,
    f.section,
    f.sectionStart,
    f.execution,
    f.chunks,
    f.formatProblems,
    f.isNew,
    f.companionText,
    f.decoded.problem,
    f.decoded.hadBom,
    f.unknownPlaceholders,
    pair ? [pair.rel, pair.section, sha(pair.decoded.text, pair.text === pair.decoded.text ? '=' : pair.text)] : null,
  ];
  // Placeholders and blanked sections aside, the text sent is the text written: hashed once then.
  return sha(before, JSON.stringify(facts), f.decoded.text, f.text === f.decoded.text ? '=' : f.text);
}

/**
 * Lints `project` as lintProject does, replaying what `cache` holds and saving what it computes.
 * A checkpoint that does not fit the project (CheckpointMismatch) or an entry naming a file the
 * project lacks makes the run start again without the cache: a broken cache costs time, never a
 * different result.
 */
export function lintWithCache(project: Project, rules: RuleModule[], options: LintOptions, cache: LintCache): Finding[] {
  try {
    return run(project, rules, options, cache);
  } catch (e) {
    if (!(e instanceof CheckpointMismatch)) throw e;
    return lintProject(project, rules, options);
  }
}

function run(project: Project, rules: RuleModule[], options: LintOptions, cache: LintCache): Finding[] {
  const { store } = cache;
  const settings = sha(
    cache.buildId,
    JSON.stringify(options),
    JSON.stringify(rules.map((r) => r.meta.id)),
    JSON.stringify(project.layout ?? null),
    project.root,
    JSON.stringify(project.locations),
    project.base ? 'base' : '',
  );
  const migrations = project.migrations;
  const n = migrations.length;
  const chain = [settings];
  // chain[i+1] = H(chain[i], migration i), in one hash per migration.
  for (const m of migrations) chain.push(factsOf(m, undefined, chain[chain.length - 1]!));

  const session = new LintSession(project, rules, options);
  const byName = new Map(project.files.map((f) => [nameOf(f), f]));
  const toRaw = (c: CachedFinding): RawFinding => {
    const file = byName.get(c.file);
    if (!file) throw new CheckpointMismatch(`a cached finding is on ${c.file}, which the project does not have`);
    return { rule: c.rule, severity: c.severity, file, offset: c.offset, position: c.position, message: c.message, help: c.help };
  };
  const toCached = (r: RawFinding): CachedFinding => ({ rule: r.rule, severity: r.severity, file: nameOf(r.file), offset: r.offset, position: r.position, message: r.message, help: r.help });
  const cacheableSince = (mark: number) => session.raw.slice(mark).filter((r) => session.isCacheable(r)).map(toCached);
  // A file's suppression comments and what they cover come from its parse: kept with its findings.
  const suppressionsOf = (file: MigrationFile) => (file.text.includes(SUPPRESSION_DIRECTIVE) ? parseSuppressions(file) : undefined);

  const found = resumePoint(store, chain);
  session.start();
  let at = 0;
  for (const seg of found.segments) {
    seg.files.forEach((findings, i) => {
      const file = migrations[at++]!;
      session.replayFindings(findings.map(toRaw));
      const suppressions = seg.suppressions?.[i];
      if (suppressions) session.knowSuppressions(file, suppressions);
      session.lintFile(file, true);
    });
  }
  // The catalog at `at`: from the last segment's checkpoint, read when a file needs it.
  let catalogReady = at === 0;
  const needCatalog = () => {
    if (catalogReady) return;
    const bytes = store.readCheckpoint(chain[at]!);
    if (!bytes) throw new CheckpointMismatch('the checkpoint of the segment resumed from is gone');
    session.catalog.restore(bytes);
    catalogReady = true;
  };
  if (at < n) needCatalog();
  let segStart = at;
  let segFiles: CachedFinding[][] = [];
  let segSuppressions: Record<number, Suppression[]> = {};
  const ends = segmentEnds(project, cache.segment ?? SEGMENT);
  for (let i = at; i < n; i++) {
    const mark = session.raw.length;
    session.lintFile(migrations[i]!);
    segFiles.push(cacheableSince(mark));
    const suppressions = suppressionsOf(migrations[i]!);
    if (suppressions) {
      segSuppressions[segFiles.length - 1] = suppressions;
      session.knowSuppressions(migrations[i]!, suppressions);
    }
    const end = i + 1;
    if (ends.has(end)) {
      store.writeSegment(chain[end]!, { prev: chain[segStart]!, start: segStart, files: segFiles, suppressions: segSuppressions }, session.catalog.checkpoint());
      segStart = end;
      segFiles = [];
      segSuppressions = {};
    }
  }

  const others = session.order.slice(n);
  const tip = chain[n]!;
  const scope = sha(settings, 'others');
  const held = store.readOthers(scope) ?? new Map<string, OtherEntry>();
  const next = new Map<string, OtherEntry>();
  const pairOf = new Map(migrations.filter((m) => m.rollback).map((m) => [m.rollback!, m]));
  let othersReplayed = 0;
  for (const file of others) {
    const key = factsOf(file, pairOf.get(file));
    const entry = held.get(key);
    if (entry && (entry.chain === undefined || entry.chain === tip)) {
      session.replayFindings(entry.findings.map(toRaw));
      if (entry.suppressions) session.knowSuppressions(file, entry.suppressions);
      session.lintFile(file, true);
      next.set(key, entry);
      othersReplayed++;
      continue;
    }
    needCatalog();
    const mark = session.raw.length;
    const reads = session.catalogReads;
    session.lintFile(file);
    const suppressions = suppressionsOf(file);
    if (suppressions) session.knowSuppressions(file, suppressions);
    next.set(key, { ...(session.catalogReads !== reads ? { chain: tip } : {}), findings: cacheableSince(mark), ...(suppressions ? { suppressions } : {}) });
  }
  if (othersReplayed !== others.length || held.size !== next.size) store.writeOthers(scope, next);
  cache.stats = { migrations: n, replayed: found.at, others: others.length, othersReplayed };
  return session.finish();
}

/**
 * Where segments end (indexes into Project.migrations, as counts of migrations before the point):
 * every `every` migrations, at the end, before the first repeatable (a pull request edits those
 * as often as it adds a versioned migration before them), TAIL versioned migrations before the
 * last one, and with --base before the first migration of the change set.
 */
function segmentEnds(project: Project, every: number): Set<number> {
  const n = project.migrations.length;
  const ends = new Set([n]);
  for (let k = every; k < n; k += every) ends.add(k);
  const repeatable = project.migrations.findIndex((m) => m.kind === 'repeatable');
  const versionedEnd = repeatable < 0 ? n : repeatable;
  ends.add(versionedEnd);
  for (const back of TAIL) if (versionedEnd - back > 0) ends.add(versionedEnd - back);
  const first = project.base ? project.migrations.findIndex((m) => inChangeSet(project, m)) : -1;
  if (first > 0) ends.add(first);
  ends.delete(0);
  return ends;
}

/**
 * The furthest point of the chain the cache holds whole: segments from the first migration to
 * it, each naming the one before. Searches from the end (a pull request adds migrations at the
 * end, so the base's last segment is the one found).
 */
function resumePoint(store: LintCacheStore, chain: string[]): { at: number; segments: Segment[] } {
  for (let i = chain.length - 1; i > 0; i--) {
    if (!store.hasSegment(chain[i]!)) continue;
    const segments: Segment[] = [];
    let end = i;
    while (end > 0) {
      const seg = store.readSegment(chain[end]!);
      if (!seg || seg.start >= end || seg.start < 0 || seg.prev !== chain[seg.start] || seg.files.length !== end - seg.start) break;
      segments.unshift(seg);
      end = seg.start;
    }
    if (end === 0) return { at: i, segments };
  }
  return { at: 0, segments: [] };
}
