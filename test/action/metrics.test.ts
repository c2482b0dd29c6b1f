/**
 * The built Action's metrics (dist/index.js; run `npm run build` first): the output
 * `metrics-json` of migrate, rollback and check in the shape the README documents, the job
 * summary's table (read as GitHub's markdown reads it), and the run-total warning annotation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scratch } from '../../src/db/engine.js';
import { runBuiltAction } from '../helpers/action.js';
import { engines, TEST_DATABASE_URL } from '../helpers/db.js';
import { REPO, urlOf } from '../helpers/runner.js';
import { tmpProject } from '../helpers/tmp.js';

const server = engines.find((e) => e.name === 'postgres')!;
const dispatch = (workspace: string, inputs: Record<string, string>) => runBuiltAction(workspace, inputs, { GITHUB_EVENT_NAME: 'workflow_dispatch' });

/** The documented shape (README, "Monitoring"): these keys, in this order. */
const KEYS = ['command', 'database', 'schemas', 'before', 'after', 'durationMs', 'migrations', 'slowMigrationSeconds', 'slow'];
const READING_KEYS = ['tables', 'indexes', 'sizeBytes'];
const MIGRATION_KEYS = ['file', 'version', 'durationMs'];

function parseMetrics(value: string | undefined) {
  expect(value).toBeDefined();
  expect(value).not.toContain('\n'); // compact
  const m = JSON.parse(value!);
  expect(Object.keys(m)).toEqual(KEYS);
  for (const r of [m.before, m.after]) {
    expect(Object.keys(r)).toEqual(READING_KEYS);
    for (const k of READING_KEYS) expect(Number.isInteger(r[k])).toBe(true);
  }
  for (const x of m.migrations) {
    expect(Object.keys(x)).toEqual(MIGRATION_KEYS);
    expect(Number.isInteger(x.durationMs)).toBe(true);
  }
  return m;
}

type MdNode = { type: string; value?: string; children?: MdNode[] };
/** The text of a markdown tree node (its text and inline code, concatenated). */
const textOf = (n: MdNode): string => n.value ?? (n.children ?? []).map(textOf).join('');

/** The job summary's metrics table as GitHub renders it: rows of cell texts, header first. */
function metricsTable(summary: string): string[][] {
  const tree = fromMarkdown(summary, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as MdNode;
  const blocks = tree.children!;
  const at = blocks.findIndex((n) => n.type === 'heading' && textOf(n) === 'Metrics');
  expect(at).toBeGreaterThanOrEqual(0);
  const table = blocks.slice(at).find((n) => n.type === 'table');
  expect(table).toBeDefined();
  return table!.children!.map((row) => row.children!.map(textOf));
}

describe('the README documents the metrics shape', () => {
  it('its Monitoring table lists exactly the fields, in order, optional ones included', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Monitoring'), readme.indexOf('## Coming from Flyway'));
    const fields = [...section.matchAll(/^\| `([^`]+)`(?:, `([^`]+)`)? \|/gm)].flatMap((m) => [m[1]!, ...(m[2] ? [m[2]] : [])]);
    const optional = ['unavailable', 'warning'];
    const top = [...KEYS.slice(0, 5), optional[0]!, ...KEYS.slice(5), optional[1]!];
    expect(fields).toEqual([
      ...top.slice(0, 5),
      ...READING_KEYS.map((k) => `before.${k}`),
      ...top.slice(5, 8),
      ...MIGRATION_KEYS.map((k) => `migrations[].${k}`),
      ...top.slice(8),
    ]);
  });
});

const V1 = 'BEGIN;\nCREATE SCHEMA app;\nCREATE TABLE app.a (id bigint);\nCREATE TABLE b (id bigint, v int);\nCREATE INDEX b_v ON b (v);\nCOMMIT;\n';
const V1_DOWN = 'BEGIN;\nDROP TABLE b;\nDROP TABLE app.a;\nDROP SCHEMA app;\nCOMMIT;\n';

describe('the Action metrics [postgres]', () => {
  const scratches: Scratch[] = [];
  const database = async () => {
    const s = await server.scratch();
    scratches.push(s);
    return urlOf(s.db);
  };
  let dir: string;
  let url: string;
  beforeAll(async () => {
    dir = tmpProject({ 'migrations/V1__tables.sql': V1, 'migrations/rollback/V1__rollback.sql': V1_DOWN });
    url = await database();
  });
  afterAll(async () => {
    for (const s of scratches) await s.dispose();
  });

  it('migrate: metrics-json parses in the documented shape, the summary has the metrics table, no warning', () => {
    const r = dispatch(dir, { mode: 'migrate', 'database-url': url });
    expect(r.status).toBe(0);
    const m = parseMetrics(r.outputOf('metrics-json'));
    expect(m).toMatchObject({ command: 'migrate', database: 'target', schemas: ['app', 'public'], slowMigrationSeconds: 60, slow: false });
    expect(m.before).toMatchObject({ tables: 0, indexes: 0 });
    expect(m.after).toMatchObject({ tables: 2, indexes: 1 });
    expect(m.after.sizeBytes).toBeGreaterThan(0);
    expect(m.migrations.map((x: { file: string }) => x.file)).toEqual(['migrations/V1__tables.sql']);
    expect(r.stdout).not.toMatch(/^::warning::/m);
    const rows = metricsTable(r.summary);
    expect(rows.map((row) => row[0])).toEqual(['', 'Tables', 'Indexes', 'Size']);
    expect(rows[0]).toEqual(['', 'Before', 'After', 'Change']);
    expect(rows[1]).toEqual(['Tables', '0', '2', '+2']);
    expect(rows[2]).toEqual(['Indexes', '0', '1', '+1']);
    // The log (the <pre> report) has the compact line.
    expect(r.stdout).toMatch(/^Metrics \(schemas app, public\): tables 0 → 2 \(\+2\), indexes 0 → 1 \(\+1\), /m);
  });

  it('rollback: metrics-json of the rollback (−2 tables, −1 index)', () => {
    const r = dispatch(dir, { mode: 'rollback', 'database-url': url });
    expect(r.status).toBe(0);
    const m = parseMetrics(r.outputOf('metrics-json'));
    expect(m.command).toBe('rollback');
    expect(m.before).toMatchObject({ tables: 2, indexes: 1 });
    expect(m.after).toMatchObject({ tables: 0, indexes: 0 });
    expect(metricsTable(r.summary)[1]).toEqual(['Tables', '2', '0', '−2']);
  });

  it('a run longer than slowMigrationSeconds, none of its migrations slow, is a warning annotation', async () => {
    const files: Record<string, string> = { 'migration-guard.yml': 'slowMigrationSeconds: 0.3\n' };
    for (let i = 1; i <= 8; i++) files[`migrations/V${i}__sleep.sql`] = `BEGIN;\nCREATE TABLE t${i} (id int);\nSELECT pg_sleep(0.05);\nCOMMIT;\n`;
    const slow = tmpProject(files);
    const r = dispatch(slow, { mode: 'migrate', 'database-url': await database() });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^::warning::migrate took [\d.]+ s in total \(8 migrations\), more than slowMigrationSeconds \(0\.3 s\)/m);
    expect(r.stdout).not.toMatch(/^::warning::migrations\/V\d__sleep\.sql took/m);
    const m = JSON.parse(r.outputOf('metrics-json')!);
    expect(m.slow).toBe(true);
    expect(m.warning).toMatch(/^migrate took/);
  });

  it('check: metrics-json and the JSON report carry the scratch database metrics; the summary has the table', () => {
    const r = runBuiltAction(dir, { 'database-url': TEST_DATABASE_URL }, { GITHUB_EVENT_NAME: 'push' });
    expect(r.status).toBe(0);
    const m = parseMetrics(r.outputOf('metrics-json'));
    expect(m).toMatchObject({ command: 'check', database: 'scratch', schemas: ['app', 'public'] });
    expect(m.before).toMatchObject({ tables: 0, indexes: 0 });
    expect(m.after).toMatchObject({ tables: 2, indexes: 1 });
    const report = JSON.parse(readFileSync(r.outputOf('report-json')!, 'utf8'));
    expect(report.metrics).toEqual(m);
    expect(metricsTable(r.summary)[2]).toEqual(['Indexes', '0', '1', '+1']);
  });
});
