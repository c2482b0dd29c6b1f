/**
 * The project model under another runner's layout (issue #15; src/load/layouts): each unit a
 * layout reads in the files — a file, or one direction of a goose/dbmate file — becomes a
 * MigrationFile whose text is what that runner sends (the other direction blanked, goose's ENVSUB
 * expanded, the layout's own replacements made), positions mapped back to the file as written.
 * Pure, as project.ts: files come in as bytes.
 */
import type { Layout, LayoutUnit } from '../load/layouts/index.js';
import { expandEnvsub } from '../load/layouts/envsub.js';
import { replaceTexts } from '../load/layouts/replace.js';
import type { RollbackPattern } from '../load/naming.js';
import { OffsetMap } from '../load/placeholders.js';
import { decodeSql, LineIndex, type DecodedText } from '../load/text.js';
import { flywayChecksum } from './checksum.js';
import { assemble, NOT_PARSED, type BaseFile, type MigrationFile, type PreparedProject, type ProjectOptions, type SourceFile } from './project.js';

/** A text with everything outside `keep` turned into spaces (line breaks kept): offsets and lines stay the same. */
export function blankOutside(text: string, keep: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [from, to] of [...keep].sort((a, b) => a[0] - b[0])) {
    if (from > at) out += text.slice(at, from).replace(/[^\r\n]/g, ' ');
    if (to > Math.max(from, at)) out += text.slice(Math.max(from, at), to);
    at = Math.max(at, to);
  }
  return out + text.slice(at).replace(/[^\r\n]/g, ' ');
}

/**
 * Another runner's layout: the layout reads the decoded files (names, directives, sections) and
 * each unit it finds — a file, or one direction of a file — becomes a MigrationFile. No Flyway
 * placeholders: other runners send the file as written. Files under `seedsDir` stay seeds.
 */
export function prepareLayout(root: string, sources: SourceFile[], opts: ProjectOptions, layout: Layout, rollbackPattern: RollbackPattern): PreparedProject {
  const seedsPrefix = opts.seedsDir.endsWith('/') ? opts.seedsDir : `${opts.seedsDir}/`;
  const decode = (list: SourceFile[]) => list.map((s) => ({ s, decoded: decodeSql(s.bytes, opts.encoding) }));
  const unitsOf = (list: { s: SourceFile; decoded: DecodedText }[]) => {
    const migrations = list.filter(({ s }) => !s.rel.startsWith(seedsPrefix));
    const units = layout.read(migrations.map(({ s, decoded }) => ({ rel: s.rel, text: decoded.problem ? '' : decoded.text })));
    const extra = new Set(layout.extraFiles);
    const isExtra = (rel: string) => extra.has(rel.slice(rel.lastIndexOf('/') + 1));
    return { units, seeds: list.filter(({ s }) => s.rel.startsWith(seedsPrefix) && !isExtra(s.rel)), isExtra };
  };
  let base: Map<string, BaseFile> | undefined;
  if (opts.base) {
    base = new Map();
    const decodedBase = decode(opts.base);
    const byRel = new Map(decodedBase.map((d) => [d.s.rel, d]));
    const { units, isExtra } = unitsOf(decodedBase);
    for (const u of units) {
      const d = byRel.get(u.rel);
      if (!d || isExtra(u.rel) || base.has(u.rel)) continue;
      const companionText = companionsOf(u, byRel);
      base.set(u.rel, { rel: u.rel, path: d.s.path, bytes: d.s.bytes, kind: u.kind, version: u.version, description: u.description, text: d.decoded.text, checksum: flywayChecksum(d.decoded.text), ...(companionText !== undefined ? { companionText } : {}) });
    }
  }
  const decoded = decode(sources);
  const byRel = new Map(decoded.map((d) => [d.s.rel, d]));
  const { units, seeds } = unitsOf(decoded);
  const seedUnits: LayoutUnit[] = seeds.map(({ s }) => ({ rel: s.rel, kind: 'seed' }));
  const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const files = [...units, ...seedUnits]
    .filter((u) => byRel.has(u.rel))
    .map((u) => {
      const f = layoutFile(byRel.get(u.rel)!.s, byRel.get(u.rel)!.decoded, u, root, base, opts.env ?? {}, layout.replace);
      const companionText = companionsOf(u, byRel);
      return companionText === undefined ? f : { ...f, companionText };
    })
    .sort((a, b) => byText(a.rel, b.rel) || (a.section === 'down' ? 1 : 0) - (b.section === 'down' ? 1 : 0));
  return {
    texts: files.map((f) => f.text),
    finish(parsed) {
      files.forEach((f, i) => (f.parsed = parsed[i]!));
      return assemble(root, opts.locations?.length ? opts.locations : [root], rollbackPattern, files, base, opts);
    },
  };
}

/** The joined text of a unit's companion files (diesel's metadata.toml), or undefined when it has none. */
function companionsOf(u: LayoutUnit, byRel: Map<string, { decoded: DecodedText }>): string | undefined {
  if (!u.companions?.length) return undefined;
  return u.companions.map((rel) => `${rel}\n${byRel.get(rel)?.decoded.text ?? ''}`).join('\n');
}

function layoutFile(
  s: SourceFile,
  decoded: DecodedText,
  u: LayoutUnit,
  root: string,
  base: Map<string, BaseFile> | undefined,
  env: Record<string, string | undefined>,
  replace: [string, string][] | undefined,
): MigrationFile {
  const source = decoded.problem ? '' : decoded.text;
  const blanked = u.keep ? blankOutside(source, u.keep) : source;
  // goose's ENVSUB: the text goose sends, positions mapped back to the file as written.
  const expanded = u.envsub ? expandEnvsub(blanked, u.envsub, env) : undefined;
  // A runner's own replacements (layout replace:), on what goose's ENVSUB left.
  const replaced = replace?.length ? replaceTexts(expanded ? expanded.text : blanked, replace) : undefined;
  const text = replaced ? replaced.text : expanded ? expanded.text : blanked;
  const envMap = expanded?.map ?? OffsetMap.identity;
  const map = replaced ? { toOriginal: (o: number) => envMap.toOriginal(replaced.map.toOriginal(o)) } : envMap;
  const inText = (offset: number) => {
    const e = expanded ? expanded.map.toReplaced(offset) : offset;
    return replaced ? replaced.map.toReplaced(e) : e;
  };
  const chunks = u.chunks && (expanded || replaced) ? u.chunks.map(([a, b]): [number, number] => [inText(a), inText(b)]) : u.chunks;
  const formatProblems = [...(u.formatProblems ?? []), ...(expanded?.problems ?? [])].map((p) => ({ ...p, offset: inText(p.offset) }));
  const lines = new LineIndex(decoded.text);
  return {
    path: s.path,
    rel: s.rel,
    location: s.location ?? root,
    kind: u.kind,
    version: u.version,
    description: u.description,
    namingProblem: u.problem,
    decoded,
    text,
    parsed: NOT_PARSED,
    unknownPlaceholders: [],
    checksum: flywayChecksum(decoded.text),
    isNew: base ? !base.has(s.rel) : true,
    position: (offset) => lines.position(map.toOriginal(offset)),
    lines,
    ...(u.execution ? { execution: u.execution } : {}),
    ...(u.section ? { section: u.section } : {}),
    ...(u.sectionStart !== undefined ? { sectionStart: inText(u.sectionStart) } : {}),
    ...(chunks ? { chunks } : {}),
    ...(formatProblems.length ? { formatProblems } : {}),
  };
}

