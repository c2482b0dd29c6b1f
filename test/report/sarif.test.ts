import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { CHECK_RULES } from '../../src/check/rules.js';
import type { Finding } from '../../src/lint/types.js';
import { INFORMATION_URI, artifactUri, toSarif } from '../../src/report/sarif.js';

/**
 * The SARIF 2.1.0 JSON schema (sarif-2.1.0-rtm.5, the final 2.1.0 schema as published on
 * SchemaStore, JSON Schema draft-04) as shipped by Microsoft's MIT-licensed
 * @microsoft/jest-sarif package (lib/schemas/sarif-2.1.0-rtm.5.json).
 */
const require = createRequire(import.meta.url);
const schemaPath = join(dirname(require.resolve('@microsoft/jest-sarif')), 'schemas', 'sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;

// unicodeRegExp: false because the schema's `language` pattern (`…-[a-zA-Z]{2}]?$`) is an
// ECMAScript regex only without the u flag.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

const allRules = [...rules.map((r) => r.meta), ...CHECK_RULES];

const findings: Finding[] = [
  {
    rule: 'require-concurrent-index',
    severity: 'error',
    file: 'db/migration/V2__idx.sql',
    line: 3,
    column: 5,
    message: 'CREATE INDEX blocks writes to public.users while it builds',
    help: 'Use CREATE INDEX CONCURRENTLY in a migration of its own.',
  },
  {
    rule: 'dangerous-lock',
    severity: 'warning',
    file: './db/migration/V3__a b(1).sql',
    line: 0,
    column: 0,
    message: 'ACCESS EXCLUSIVE on public.users held while UPDATE runs',
    help: 'Keep the lock short.',
  },
  {
    rule: 'invalid-suppression',
    severity: 'warning',
    file: 'db\\migration\\V4__x.sql',
    line: 7,
    column: 1,
    message: 'unknown rule "nope" in a suppression',
    help: 'Name a rule that exists.',
  },
];

describe('toSarif', () => {
  it('produces a log that the SARIF 2.1.0 schema accepts', () => {
    const log = toSarif(findings, allRules, '0.1.0');
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // The validator does reject what is not SARIF.
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
  });

  it('describes the tool and every rule', () => {
    const log = toSarif([], allRules, '0.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0]!.tool.driver;
    expect(driver.name).toBe('migration-guard');
    expect(driver.version).toBe('0.1.0');
    expect(driver.semanticVersion).toBe('0.1.0');
    expect(driver.informationUri).toBe(INFORMATION_URI);
    expect(driver.rules.map((r) => r.id)).toEqual(allRules.map((r) => r.id));
    const lockRule = driver.rules.find((r) => r.id === 'dangerous-lock')!;
    expect(lockRule).toEqual({
      id: 'dangerous-lock',
      name: 'dangerous-lock',
      shortDescription: { text: CHECK_RULES.find((r) => r.id === 'dangerous-lock')!.description },
      fullDescription: { text: CHECK_RULES.find((r) => r.id === 'dangerous-lock')!.description },
      help: {
        text: `${CHECK_RULES.find((r) => r.id === 'dangerous-lock')!.help}\n\nSee ${INFORMATION_URI}/blob/main/rules/dangerous-lock.md`,
        markdown: `${CHECK_RULES.find((r) => r.id === 'dangerous-lock')!.help}\n\n[Rule documentation](${INFORMATION_URI}/blob/main/rules/dangerous-lock.md)`,
      },
      helpUri: `${INFORMATION_URI}/blob/main/rules/dangerous-lock.md`,
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['postgresql', 'migrations'] },
    });
    expect(driver.rules.find((r) => r.id === 'parse-error')!.defaultConfiguration.level).toBe('error');
    expect(log.runs[0]!.results).toEqual([]);
    expect(validate(log)).toBe(true);
  });

  it('turns each finding into a result at its place', () => {
    const log = toSarif(findings, allRules, '0.1.0', { informationUri: 'https://example.com/mg', helpUri: (id) => `https://example.com/mg/rules/${id}` });
    const run = log.runs[0]!;
    const [first, second, third] = run.results;
    expect(first).toEqual({
      ruleId: 'require-concurrent-index',
      ruleIndex: run.tool.driver.rules.findIndex((r) => r.id === 'require-concurrent-index'),
      level: 'error',
      message: { text: 'CREATE INDEX blocks writes to public.users while it builds\n\nHelp: Use CREATE INDEX CONCURRENTLY in a migration of its own.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'db/migration/V2__idx.sql', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 5 },
          },
        },
      ],
      partialFingerprints: { 'migrationGuard/v1': expect.stringMatching(/^[0-9a-f]{32}:1$/) },
    });
    expect(run.tool.driver.rules[first!.ruleIndex]!.helpUri).toBe('https://example.com/mg/rules/require-concurrent-index');
    // Relative, encoded URI; positions clamped to 1.
    expect(second!.level).toBe('warning');
    expect(second!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'db/migration/V3__a%20b(1).sql', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 1 },
    });
    // A rule missing from the list still gets a descriptor, so ruleIndex is valid.
    expect(third!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('db/migration/V4__x.sql');
    expect(run.tool.driver.rules[third!.ruleIndex]).toMatchObject({ id: 'invalid-suppression', defaultConfiguration: { level: 'warning' } });
    expect(validate(log)).toBe(true);
  });

  it('fingerprints ignore line moves and number identical findings', () => {
    const base = findings[0]!;
    const a = toSarif([base, { ...base, line: 9 }], allRules, '0.1.0').runs[0]!.results;
    const b = toSarif([{ ...base, line: 40, column: 2 }], allRules, '0.1.0').runs[0]!.results;
    const fa = a.map((r) => r.partialFingerprints['migrationGuard/v1']!);
    expect(fa[0]!.endsWith(':1')).toBe(true);
    expect(fa[1]).toBe(fa[0]!.replace(/:1$/, ':2'));
    expect(b[0]!.partialFingerprints['migrationGuard/v1']).toBe(fa[0]);
    const c = toSarif([{ ...base, message: 'other' }], allRules, '0.1.0').runs[0]!.results;
    expect(c[0]!.partialFingerprints['migrationGuard/v1']).not.toBe(fa[0]);
  });

  it('leaves semanticVersion out when the version is not semver, and stays valid', () => {
    const log = toSarif(findings, allRules, 'dev-build');
    expect(log.runs[0]!.tool.driver.version).toBe('dev-build');
    expect('semanticVersion' in log.runs[0]!.tool.driver).toBe(false);
    expect(validate(log)).toBe(true);
  });

  it('encodes artifact URIs segment by segment', () => {
    expect(artifactUri('./db/migration/V1__init.sql')).toBe('db/migration/V1__init.sql');
    expect(artifactUri('db\\m\\V1__ä #1?.sql')).toBe('db/m/V1__%C3%A4%20%231%3F.sql');
  });
});
