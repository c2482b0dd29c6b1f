/**
 * Placeholders exactly as Flyway replaces them (flyway-core PlaceholderReplacingReader, ParsingContext,
 * read as of Flyway 13.0), and the checksums Flyway gives migrations that use them
 * (SqlMigrationResolver + ChecksumCalculator, since Flyway 6.3.0).
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/unknown-placeholder.js';
import { ConfigError } from '../../src/errors.js';
import { lintProject } from '../../src/lint/engine.js';
import { flywayPlaceholderError, substitutePlaceholders, type PlaceholderContext } from '../../src/load/placeholders.js';
import { DEFAULT_ROLLBACK_PATTERN } from '../../src/load/naming.js';
import { checksumMatches, flywayChecksum, migrationChecksums } from '../../src/model/checksum.js';
import { buildProject, type ProjectOptions } from '../../src/model/project.js';
import { initParser } from '../../src/parse/parser.js';
import { runLint } from '../../src/commands/lint.js';
import { tmpProject } from '../helpers/tmp.js';

await initParser();

const sub = (text: string, values: Record<string, string> = {}, more: Partial<PlaceholderContext> = {}) =>
  substitutePlaceholders(text, { values, builtins: {}, ...more });

describe('placeholder syntax (PlaceholderReplacingReader.read)', () => {
  it('a name is every character up to the first suffix: spaces, line breaks, $ and { included', () => {
    const r = sub("SELECT '${a b}', '${x\ny}', '${${z}';", { 'a b': '1', 'x\ny': '2', '${z': '3' });
    expect(r.text).toBe("SELECT '1', '2', '3';");
    expect(r.unknown).toEqual([]);
  });

  it('the empty name is a placeholder too: ${} fails unless a value is given for ""', () => {
    expect(sub('SELECT ${};').unknown.map((u) => u.placeholder)).toEqual(['${}']);
    expect(sub('SELECT ${};', { '': '1' }).text).toBe('SELECT 1;');
  });

  it('the prefix read-ahead passes a mismatched character through unexamined: $${x} is left alone, $$${x} is replaced', () => {
    expect(sub('SELECT $${x};', { x: 'v' }).text).toBe('SELECT $${x};');
    expect(sub('SELECT $$${x}$$;', { x: 'v' }).text).toBe('SELECT $$v$$;');
    expect(sub('SELECT $a${x};', { x: 'v' }).text).toBe('SELECT $av;');
    // A dollar-quoted body that contains "${": the characters after "$$" are a placeholder.
    expect(sub('DO $$ BEGIN PERFORM 1; END $$;${x}', { x: '' }).text).toBe('DO $$ BEGIN PERFORM 1; END $$;');
  });

  it('replaces in comments, string literals and dollar quotes, and does not rescan values', () => {
    const r = sub("-- ${s}\n/* ${s} */ SELECT '${s}', $q$ ${s}$q$, E'\\${s}';", { s: '${t}', t: 'no' });
    expect(r.text).toBe("-- ${t}\n/* ${t} */ SELECT '${t}', $q$ ${t}$q$, E'\\${t}';");
    expect(r.unknown).toEqual([]);
    // Right after a dollar-quote tag, "$${s}" is the read-ahead case above: left as written.
    expect(sub('SELECT $q$${s}$q$;', { s: 'v' }).text).toBe('SELECT $q$${s}$q$;');
    expect(r.unknown).toEqual([]);
  });

  it('an empty value removes the placeholder', () => {
    expect(sub('SELECT 1${x};', { x: '' }).text).toBe('SELECT 1;');
  });

  it('names are case-insensitive; a ${flyway:…} built-in wins over a user value of the same name', () => {
    const r = substitutePlaceholders('${REGION} ${Flyway:User} ${flyway:filename}', {
      values: { Region: 'eu', 'flyway:user': 'mine' },
      builtins: { user: 'deploy', filename: 'R__x.sql' },
    });
    expect(r.text).toBe('eu deploy R__x.sql');
  });

  it('a prefix with no suffix takes the rest of the file, minus suffix.length characters, as its name', () => {
    // Flyway deletes the suffix it never found: "${regionX" is looked up as "region".
    expect(sub('SELECT ${regionX', { region: "'eu'" }).text).toBe("SELECT 'eu'");
    const r = sub('SELECT 1;\n${tail of the file');
    expect(r.unknown).toEqual([
      { name: 'tail of the fil', placeholder: '${tail of the fil}', builtin: false, unterminated: true, offset: 10, length: 18 },
    ]);
    // Fewer characters than the suffix: Flyway fails (StringIndexOutOfBoundsException); never a value.
    expect(sub('SELECT ${', { '': 'v' }).unknown.map((u) => [u.placeholder, u.unterminated])).toEqual([['${}', true]]);
  });
});

describe('placeholderPrefix, placeholderSuffix, placeholderReplacement', () => {
  it('a custom prefix and suffix; ${…} is then plain text', () => {
    const r = sub("SELECT '#[region]', '${region}', '#[[x]]]';", { region: 'eu', '[x': 'y' }, { prefix: '#[', suffix: ']' });
    // "#[[x]" is the name "[x", then "]]" stays.
    expect(r.text).toBe("SELECT 'eu', '${region}', 'y]]';");
  });

  it('multi-character suffixes end at their first occurrence', () => {
    const r = sub('SELECT @@a%%b%%%;', { a: '1', 'b%': '2' }, { prefix: '@@', suffix: '%%' });
    expect(r.text).toBe('SELECT 1b%%%;');
    expect(r.unknown).toEqual([]);
  });

  it('a longer prefix with a partial match: the read-ahead skips what it took', () => {
    // The reader takes "<<", then a third "<" that is not "{": all three pass through unexamined,
    // so the "<<{x}" that starts at the second "<" is never seen.
    expect(sub('a<<<{x}>', { x: 'v' }, { prefix: '<<{', suffix: '}' }).text).toBe('a<<<{x}>');
    // Five: three pass through, then "<<{x}" is read from its start.
    expect(sub('a<<<<<{x}>', { x: 'v' }, { prefix: '<<{', suffix: '}' }).text).toBe('a<<<v>');
  });

  it('placeholderReplacement false: the text is run as written and nothing is unknown', () => {
    const r = sub('SELECT ${a}, ${flyway:user};', {}, { replacement: false });
    expect(r.text).toBe('SELECT ${a}, ${flyway:user};');
    expect(r.unknown).toEqual([]);
  });

  it('an empty prefix or suffix is a configuration error', () => {
    expect(() => sub('x', {}, { prefix: '' })).toThrow(ConfigError);
    expect(() => sub('x', {}, { suffix: '' })).toThrow(/placeholderSuffix must not be empty/);
  });
});

describe("Flyway's error for an unknown placeholder, word for word", () => {
  it('user placeholders and built-ins', () => {
    const [a, b] = sub('${Tenant} ${flyway:nope}').unknown;
    expect(flywayPlaceholderError(a!)).toBe('No value provided for placeholder: ${Tenant}.  Check your configuration!');
    expect(flywayPlaceholderError(b!)).toBe('Failed to populate value for default placeholder: ${flyway:nope}');
    // The check is case-sensitive: "FLYWAY:" is an ordinary name.
    expect(sub('${FLYWAY:nope}').unknown[0]!.builtin).toBe(false);
  });

  it('with a custom prefix and suffix, as Flyway prints it', () => {
    const [u] = sub('SELECT #[missing];', {}, { prefix: '#[', suffix: ']' }).unknown;
    expect(flywayPlaceholderError(u!)).toBe('No value provided for placeholder: #[missing].  Check your configuration!');
  });
});

const BUILTINS = { defaultSchema: 'public', user: 'deploy', database: 'app', timestamp: '2026-01-01 00:00:00', table: 'flyway_schema_history', environment: 'test', workingDirectory: '/w' };

function project(files: Record<string, string>, opts: Partial<ProjectOptions> = {}) {
  return buildProject(
    'migrations',
    Object.entries(files).map(([rel, text]) => ({ rel, path: `migrations/${rel}`, bytes: Buffer.from(text, 'utf8') })),
    { rollbackPattern: DEFAULT_ROLLBACK_PATTERN, seedsDir: 'seeds', placeholders: {}, builtins: BUILTINS, ...opts },
  );
}

const lint = (files: Record<string, string>, opts: Partial<ProjectOptions> = {}) =>
  lintProject(project(files, opts), [rule], { settings: { transactions: 'explicit' } }).map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`);

describe('unknown-placeholder: each at file:line:column of the file as written', () => {
  it('after replaced values on the same line, on later lines, in a comment, and a name over two lines', () => {
    const text = "-- for ${team}\nSELECT '${region}', '${missing}';\n\nSELECT '${a\nb}', '${flyway:nope}';\n";
    expect(lint({ 'R__x.sql': text }, { placeholders: { region: 'a-much-longer-region-value' } })).toEqual([
      'migrations/R__x.sql:1:8 no value for placeholder ${team}: Flyway stops with "No value provided for placeholder: ${team}.  Check your configuration!" and the SQL is not valid as written',
      'migrations/R__x.sql:2:22 no value for placeholder ${missing}: Flyway stops with "No value provided for placeholder: ${missing}.  Check your configuration!" and the SQL is not valid as written',
      'migrations/R__x.sql:4:9 no value for placeholder ${a\\nb}: Flyway stops with "No value provided for placeholder: ${a\\nb}.  Check your configuration!" and the SQL is not valid as written',
      'migrations/R__x.sql:5:7 ${flyway:nope} is not one of Flyway\'s built-in placeholders: Flyway stops with "Failed to populate value for default placeholder: ${flyway:nope}"',
    ]);
  });

  it('with a custom prefix and suffix: ${…} is no placeholder, #[…] is', () => {
    expect(lint({ 'V1__a.sql': "SELECT '${x}';\nSELECT '#[x]', '#[y]';" }, { placeholders: { x: '1' }, placeholderPrefix: '#[', placeholderSuffix: ']' })).toEqual([
      'migrations/V1__a.sql:2:17 no value for placeholder #[y]: Flyway stops with "No value provided for placeholder: #[y].  Check your configuration!" and the SQL is not valid as written',
    ]);
  });

  it('an unterminated prefix, reported where it starts', () => {
    expect(lint({ 'V1__a.sql': "SELECT 1;\n  SELECT '${oops;\n" })).toEqual([
      'migrations/V1__a.sql:2:11 placeholder ${oops;} has no suffix before the end of the file: Flyway takes the rest of the file as its name and stops with "No value provided for placeholder: ${oops;}.  Check your configuration!"',
    ]);
  });

  it('lint reads placeholderPrefix / placeholderSuffix / placeholderReplacement from migration-guard.yml', async () => {
    const files = { 'migrations/V1__a.sql': "SELECT '#[x]', '${y}';\nSELECT '#[missing]';\n" };
    const custom = tmpProject({ ...files, 'migration-guard.yml': "placeholderPrefix: '#['\nplaceholderSuffix: ']'\nplaceholders:\n  x: '1'\n" });
    const off = tmpProject({ ...files, 'migration-guard.yml': 'placeholderReplacement: false\n' });
    const found = async (cwd: string) =>
      (await runLint({ cwd, paths: [] })).findings.filter((f) => f.rule === 'unknown-placeholder').map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`);
    expect(await found(custom)).toEqual([
      'migrations/V1__a.sql:2:9 no value for placeholder #[missing]: Flyway stops with "No value provided for placeholder: #[missing].  Check your configuration!" and the SQL is not valid as written',
    ]);
    expect(await found(off)).toEqual([]);
  });

  it('nothing with placeholderReplacement false, and the text is parsed as written', () => {
    const p = project({ 'V1__a.sql': "SELECT '${x}';" }, { placeholderReplacement: false });
    expect(p.files[0]!.text).toBe("SELECT '${x}';");
    expect(lint({ 'V1__a.sql': "SELECT '${x}';" }, { placeholderReplacement: false })).toEqual([]);
  });
});

/*
 * Checksum vectors. Flyway's ChecksumCalculator.calculateChecksumForResource reads the resource with
 * BufferedReader.readLine (which splits at \n, \r\n and \r and drops them), removes a BOM from the
 * first line (BomFilter) and feeds each line's UTF-8 bytes to java.util.zip.CRC32 (the zlib CRC-32),
 * returned as a Java int (signed). For a repeatable the resource is wrapped in a
 * PlaceholderReplacingReader first (SqlMigrationResolver.getChecksumForLoadableResource), so the lines
 * are those of the replaced text. The integers below were computed outside this code base with
 * Python: zlib.crc32 over ''.join(lines).encode('utf-8'), lines split as readLine does, then made
 * signed (c - 2**32 when c >= 2**31).
 */
const REGION_VIEW = "CREATE OR REPLACE VIEW deployment_region AS SELECT '${region}'::text AS region;\n";
const REGION_VECTORS = {
  /** The file as written: Flyway's equivalentChecksum of the repeatable, and the checksum of a versioned copy. */
  asWritten: 922119360,
  /** "CREATE OR REPLACE VIEW deployment_region AS SELECT 'eu-west'::text AS region;" */
  euWest: -1006054461,
  /** "CREATE OR REPLACE VIEW deployment_region AS SELECT 'us-east'::text AS region;" */
  usEast: -1183047289,
};

describe("checksums of migrations with placeholders (SqlMigrationResolver, ChecksumCalculator)", () => {
  it('a repeatable: after replacement; its equivalentChecksum is the file as written', () => {
    const eu = project({ 'R__region_view.sql': REGION_VIEW }, { placeholders: { region: 'eu-west' } }).files[0]!;
    const us = project({ 'R__region_view.sql': REGION_VIEW }, { placeholders: { REGION: 'us-east' } }).files[0]!;
    expect([eu.checksum, eu.equivalentChecksum]).toEqual([REGION_VECTORS.euWest, REGION_VECTORS.asWritten]);
    expect([us.checksum, us.equivalentChecksum]).toEqual([REGION_VECTORS.usEast, REGION_VECTORS.asWritten]);
  });

  it('a versioned migration: the file as written, whatever the values', () => {
    const v = project({ 'V1__region_view.sql': REGION_VIEW }, { placeholders: { region: 'eu-west' } }).files[0]!;
    expect([v.checksum, v.equivalentChecksum]).toEqual([REGION_VECTORS.asWritten, undefined]);
  });

  it('a repeatable with placeholderReplacement false: the file as written', () => {
    const r = project({ 'R__region_view.sql': REGION_VIEW }, { placeholders: { region: 'eu-west' }, placeholderReplacement: false }).files[0]!;
    expect([r.checksum, r.equivalentChecksum]).toEqual([REGION_VECTORS.asWritten, REGION_VECTORS.asWritten]);
  });

  it('BOM, CRLF, a placeholder in a comment and a value with a line break: lines of the replaced text', () => {
    const text = "\uFEFF-- deployed to ${Region}\r\nSELECT '${region}';\r\n";
    const file = (region: string) => project({ 'R__r.sql': text }, { placeholders: { region } }).files[0]!;
    expect(file('eu-west').checksum).toBe(1998832072); // "-- deployed to eu-westSELECT 'eu-west';"
    expect(file('eu\nwest').checksum).toBe(272598169); // the value's \n goes with the line ends
    expect(file('eu-west').equivalentChecksum).toBe(-248836031);
  });

  it('${flyway:filename} is the file name (ParsingContext.updateFilenamePlaceholder before the checksum)', () => {
    const f = project({ 'sub/R__audit.sql': "SELECT '${flyway:filename}';\n" }).files[0]!;
    expect([f.checksum, f.equivalentChecksum]).toEqual([-124018776, 987154608]); // "SELECT 'R__audit.sql';"
  });

  it('migrationChecksums and checksumMatches (ResolvedMigrationImpl.checksumMatches)', () => {
    const replaced = REGION_VIEW.replace('${region}', 'eu-west');
    const r = migrationChecksums(true, REGION_VIEW, replaced);
    expect(r).toEqual({ checksum: flywayChecksum(replaced), equivalentChecksum: REGION_VECTORS.asWritten });
    expect(checksumMatches(r, REGION_VECTORS.euWest)).toBe(true);
    expect(checksumMatches(r, REGION_VECTORS.asWritten)).toBe(true); // a row from before Flyway 6.3
    expect(checksumMatches(r, REGION_VECTORS.usEast)).toBe(false);
    expect(checksumMatches(r, null)).toBe(false);
    const v = migrationChecksums(false, REGION_VIEW, replaced);
    expect(v).toEqual({ checksum: REGION_VECTORS.asWritten });
    expect(checksumMatches(v, REGION_VECTORS.euWest)).toBe(false);
  });
});
