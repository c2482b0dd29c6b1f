/**
 * The run metrics as data and as text (src/db/metrics.ts runMetrics/combineMetrics,
 * src/report/metrics.ts): unavailable readings, several scratch databases summed, the run-total
 * warning's conditions, and the summary table read as GitHub's markdown reads it.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { combineMetrics, runMetrics, withoutTime, type RunMetrics } from '../../src/db/metrics.js';
import { formatMetricsJson, formatMetricsLine, formatMetricsMarkdown } from '../../src/report/metrics.js';

const opts = { command: 'migrate' as const, database: 'target' as const, schemas: ['public'], slowMigrationSeconds: 60 };
const reading = (tables: number, indexes: number, sizeBytes: number) => ({ tables, indexes, sizeBytes });
const one = [{ file: 'migrations/V1__a.sql', version: '1', durationMs: 12 }];

describe('runMetrics', () => {
  it('a run over the limit warns unless a migration was already reported slow; 0 means no limit', () => {
    expect(runMetrics(opts, reading(0, 0, 1), reading(1, 0, 2), 61_000, one, false).warning).toMatch(/^migrate took 61\.0 s in total \(1 migration\), more than slowMigrationSeconds \(60 s\)/);
    const reported = runMetrics(opts, reading(0, 0, 1), reading(1, 0, 2), 61_000, one, true);
    expect(reported).toMatchObject({ slow: true });
    expect(reported.warning).toBeUndefined();
    expect(runMetrics(opts, reading(0, 0, 1), reading(1, 0, 2), 60_000, one, false)).toMatchObject({ slow: false });
    const off = runMetrics({ ...opts, slowMigrationSeconds: 0 }, reading(0, 0, 1), reading(1, 0, 2), 10 ** 9, one, false);
    expect(off.slow).toBe(false);
    expect(off.warning).toBeUndefined();
  });

  it("check's synthetic fill and query planning are not the migrations' time: without them the run is not slow", () => {
    const check = { ...opts, command: 'check' as const, database: 'scratch' as const };
    const m = runMetrics(check, reading(0, 0, 1), reading(2, 1, 9), 66_100, one, false);
    expect(m.warning).toMatch(/^check on the scratch database took 66\.1 s/);
    const own = withoutTime(m, 64_000, false);
    expect(own).toMatchObject({ durationMs: 2_100, slow: false, before: reading(0, 0, 1), after: reading(2, 1, 9), migrations: one });
    expect(own.warning).toBeUndefined();
    expect(own).not.toHaveProperty('unavailable');
    expect(withoutTime(m, 1_000, false)).toMatchObject({ durationMs: 65_100, slow: true });
    expect(withoutTime(m, 0, false)).toBe(m);
    const failed = runMetrics(check, 'XX000 connection lost', reading(2, 1, 9), 70_000, one, false);
    expect(withoutTime(failed, 60_000, false)).toMatchObject({ before: null, unavailable: failed.unavailable, durationMs: 10_000 });
  });

  it('a reading that failed is null, and says why; the other stays', () => {
    const m = runMetrics(opts, reading(1, 2, 3), 'XX000 connection lost', 5, [], false);
    expect(m.before).toEqual(reading(1, 2, 3));
    expect(m.after).toBeNull();
    expect(m.unavailable).toBe('after: XX000 connection lost');
    expect(formatMetricsLine(m)).toBe('Metrics (schema public): tables 1 → unavailable, indexes 2 → unavailable, size 3 bytes → unavailable; 0 migrations, 5 ms in total; after: XX000 connection lost');
    const none = runMetrics(opts, 'gone', 'gone', 5, [], false);
    expect(none.unavailable).toBe('before and after: gone');
    expect(formatMetricsLine(none)).toBe('Metrics (schema public): unavailable (before and after: gone); 0 migrations, 5 ms in total');
  });
});

describe('combineMetrics (check with several migration sets)', () => {
  const check = { ...opts, command: 'check' as const, database: 'scratch' as const };
  const a = runMetrics({ ...check, schemas: ['public'] }, reading(0, 0, 100), reading(2, 1, 300), 40_000, one, false);
  const b = runMetrics({ ...check, schemas: ['app', 'public'] }, reading(0, 0, 100), reading(1, 3, 200), 30_000, [{ file: 'other/V1__b.sql', version: '1', durationMs: 7 }], false);

  it('sums the readings and durations of the scratch databases; the total is held to the limit', () => {
    const m = combineMetrics([a, b], false);
    expect(m).toMatchObject({ command: 'check', database: 'scratch', schemas: ['app', 'public'], before: reading(0, 0, 200), after: reading(3, 4, 500), durationMs: 70_000, slow: true });
    expect(m.migrations.map((x) => x.file)).toEqual(['migrations/V1__a.sql', 'other/V1__b.sql']);
    expect(m.warning).toMatch(/^check on the scratch database took 70\.0 s in total \(2 migrations\)/);
    expect(combineMetrics([a, b], true).warning).toBeUndefined();
  });

  it('one set is returned as measured; a set without a reading makes the sum unavailable', () => {
    expect(combineMetrics([a], false)).toBe(a);
    const broken = runMetrics(check, 'no connection', 'no connection', 1, [], false);
    const m = combineMetrics([a, broken], false);
    expect(m.before).toBeNull();
    expect(m.after).toBeNull();
    expect(m.unavailable).toBe('before and after: no connection');
  });
});

describe('formatMetricsMarkdown', () => {
  it('is a heading and a GFM table (before, after, change); text from migrations is escaped', () => {
    const m: RunMetrics = runMetrics({ ...opts, schemas: ['public', 'we|ird_*'] }, reading(3, 4, 8 * 1024 * 1024), reading(5, 5, 8 * 1024 * 1024 + 49_152), 1200, one, false);
    const md = formatMetricsMarkdown(m);
    const tree = fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    expect(tree.children.map((n) => n.type)).toEqual(['heading', 'paragraph', 'table', 'paragraph']);
    expect(md).toContain('| Tables | 3 | 5 | +2 |');
    expect(md).toContain('| Indexes | 4 | 5 | +1 |');
    expect(md).toContain('| Size | 8.0 MB | 8.0 MB | +48.0 kB |');
    expect(md).toContain('we\\|ird\\_\\*');
    expect(md).toContain('1 migration in 1.2 s.');
  });

  it('the JSON is one line that parses back to the same object', () => {
    const m = runMetrics(opts, reading(0, 0, 1), reading(1, 0, 2), 3, one, false);
    const json = formatMetricsJson(m);
    expect(json).not.toContain('\n');
    expect(JSON.parse(json)).toEqual(m);
  });
});
