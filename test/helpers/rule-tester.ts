/**
 * RuleTester in the spirit of ESLint's: a table of valid and invalid cases per rule, each with
 * the exact expected locations (and message fragments).
 */
import { describe, expect, it } from 'vitest';
import { rules as allRules } from '../../rules/index.js';
import { lintProject } from '../../src/lint/engine.js';
import type { Finding, LintSettings, RuleModule } from '../../src/lint/types.js';
import { DEFAULT_ROLLBACK_PATTERN } from '../../src/load/naming.js';
import { Catalog } from '../../src/model/catalog.js';
import { layoutFor, type LayoutSetting } from '../../src/load/layouts/index.js';
import { prepareProject, type MigrationFile, type Project } from '../../src/model/project.js';
import { LazyParsed, parseSql } from '../../src/parse/parser.js';
import { expectSameThroughCache } from './cache-differential.js';

export interface ProjectSpec {
  /** Files by path relative to the migrations root. */
  files: Record<string, string | Uint8Array>;
  /** Files at the base ref; omit for a run without --base. */
  base?: Record<string, string | Uint8Array>;
  settings?: Partial<LintSettings>;
  placeholders?: Record<string, string>;
  targets?: string[];
  /** The project's rollbackPattern (default rollback/V{version}__rollback.sql). */
  rollbackPattern?: string;
  /** Another runner's layout (default: Flyway's). */
  layout?: LayoutSetting;
  /** The environment goose's ENVSUB expands from. */
  env?: Record<string, string>;
}

const bytes = (s: string | Uint8Array) => (typeof s === 'string' ? Buffer.from(s, 'utf8') : s);

/** The project of a spec; `lazy`: files parsed when first read (LazyParsed), as `lint` with its cache does. */
export function makeProject(spec: ProjectSpec, lazy = false): Project {
  const toSources = (files: Record<string, string | Uint8Array>) =>
    Object.entries(files).map(([rel, content]) => ({ rel, path: `migrations/${rel}`, bytes: bytes(content) }));
  const prepared = prepareProject('migrations', toSources(spec.files), {
    rollbackPattern: spec.rollbackPattern ?? DEFAULT_ROLLBACK_PATTERN,
    seedsDir: 'seeds',
    placeholders: spec.placeholders ?? {},
    builtins: { defaultSchema: 'public', user: 'migration_guard', database: 'app', timestamp: '2026-01-01 00:00:00', table: 'flyway_schema_history', environment: 'test', workingDirectory: '.' },
    base: spec.base ? toSources(spec.base) : undefined,
    targets: spec.targets ? new Set(spec.targets) : undefined,
    ...(spec.layout ? { layout: layoutFor(spec.layout), env: spec.env ?? {} } : {}),
  });
  return prepared.finish(prepared.texts.map((t) => (lazy ? new LazyParsed(t) : parseSql(t))));
}

/** Lints a spec; every such lint is also checked through the lint cache (cache-differential.ts). */
export function lintSpec(spec: ProjectSpec, rules: RuleModule[] = allRules): Finding[] {
  const options = { settings: { transactions: 'explicit' as const, ...spec.settings } };
  const findings = lintProject(makeProject(spec), rules, options);
  expectSameThroughCache((lazy) => makeProject(spec, lazy), rules, options, findings);
  return findings;
}

export interface ExpectedError {
  line: number;
  column: number;
  /** A fragment of the message (or a pattern). */
  message?: string | RegExp;
  /** File path relative to the migrations root; defaults to the case's single file. */
  file?: string;
}

export type Case = string | (ProjectSpec & { name?: string });
export type InvalidCase = (ProjectSpec | { code: string }) & { name?: string; errors: ExpectedError[]; settings?: Partial<LintSettings> };

const DEFAULT_FILE = 'V2__change.sql';

function toSpec(c: Case | InvalidCase): ProjectSpec {
  if (typeof c === 'string') return { files: { [DEFAULT_FILE]: c } };
  if ('code' in c) return { files: { [DEFAULT_FILE]: c.code }, settings: c.settings };
  return c;
}

function title(c: Case | InvalidCase, i: number): string {
  if (typeof c !== 'string' && c.name) return c.name;
  const spec = toSpec(c);
  const text = Object.values(spec.files).map((v) => (typeof v === 'string' ? v : '<bytes>')).join(' | ');
  return `#${i + 1}: ${text.replace(/\s+/g, ' ').slice(0, 90)}`;
}

export function ruleTester(rule: RuleModule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      cases.valid.forEach((c, i) => {
        it(title(c, i), () => {
          const found = lintSpec(toSpec(c), [rule]).filter((f) => f.rule === rule.meta.id);
          expect(found).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((c, i) => {
        it(title(c, i), () => {
          const spec = toSpec(c);
          const found = lintSpec(spec, [rule]).filter((f) => f.rule === rule.meta.id);
          const single = Object.keys(spec.files).length === 1 ? Object.keys(spec.files)[0] : undefined;
          expect(found.map((f) => ({ file: f.file, line: f.line, column: f.column }))).toEqual(
            c.errors.map((e) => ({ file: `migrations/${e.file ?? single ?? DEFAULT_FILE}`, line: e.line, column: e.column })),
          );
          c.errors.forEach((e, k) => {
            if (e.message instanceof RegExp) expect(found[k]!.message).toMatch(e.message);
            else if (e.message) expect(found[k]!.message).toContain(e.message);
            expect(found[k]!.severity).toBe(rule.meta.severity);
            expect(found[k]!.help.length).toBeGreaterThan(10);
          });
        });
      });
    });
  });
}

/** The project's catalog after replaying its migrations (top-level statements and DO bodies) as the engine does. */
export function replay(spec: ProjectSpec): { catalog: Catalog; project: Project; file: (rel: string) => MigrationFile } {
  const project = makeProject(spec);
  const catalog = new Catalog(project);
  for (const f of project.migrations) {
    for (const s of f.parsed.statements) {
      if (s.kind === 'DoStmt') for (const n of s.nested) catalog.apply(n, f);
      catalog.apply(s, f);
    }
  }
  const file = (rel: string) => project.files.find((f) => f.rel === rel)!;
  return { catalog, project, file };
}
