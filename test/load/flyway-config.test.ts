/**
 * Flyway's configuration read into ours: flyway.conf, flyway.toml, flyway.config.js and FLYWAY_*
 * variables, each key mapped, precedence, warnings for keys we do not use, errors at
 * file:line:column.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { configNotes, DEFAULTS, describeSources, didYouMean, loadConfig, type Config } from '../../src/load/config.js';
import { readFlywayEnv } from '../../src/load/flyway/env.js';
import { mapFlywayEntries } from '../../src/load/flyway/keys.js';
import { runCli } from '../helpers/cli.js';
import { tmpProject } from '../helpers/tmp.js';

const load = (cwd: string, extra: { env?: NodeJS.ProcessEnv; configPath?: string; environment?: string } = {}): Promise<Config> =>
  loadConfig({ cwd, knownRules: ['lock-timeout-missing', 'rollback-missing'], env: extra.env ?? {}, configPath: extra.configPath, environment: extra.environment });

const entry = (key: string, value: unknown) => ({ key, label: key, value });

describe('flyway.conf', () => {
  it('ignoreMigrationPatterns: a comma-separated list of type:state, checked', async () => {
    const c = await load(tmpProject({ 'flyway.conf': 'flyway.ignoreMigrationPatterns=*:pending, versioned:missing\n', 'migrations/V1__a.sql': 'SELECT 1;\n' }));
    expect(c.ignoreMigrationPatterns).toEqual(['*:pending', 'versioned:missing']);
    expect((await load(tmpProject({ 'migrations/V1__a.sql': 'SELECT 1;\n' }))).ignoreMigrationPatterns).toEqual(['*:future']);
    await expect(load(tmpProject({ 'flyway.conf': 'flyway.ignoreMigrationPatterns=*:later\n' }))).rejects.toThrow(/"\*:later" is not type:state/);
    await expect(load(tmpProject({ 'migration-guard.yml': 'ignoreMigrationPatterns: [pending]\n' }))).rejects.toThrow(/"pending" is not type:state/);
  });

  it('maps every supported key, strips filesystem: and expands ${NAME} from the environment (ConfigUtils.expandEnvironmentVariables)', async () => {
    const dir = tmpProject({
      'flyway.conf': [
        '# comment',
        'flyway.url=jdbc:postgresql://db.example:5433/app?sslmode=require',
        'flyway.user=${DB_USER}',
        'flyway.password=${DB_PASSWORD}',
        'flyway.locations=filesystem:sql,filesystem:sql/more, sql/extra',
        'flyway.schemas=app,audit',
        'flyway.table=schema_history',
        'flyway.placeholders.region=eu-west',
        'flyway.placeholders.tier=${TIER}',
        'flyway.placeholderPrefix=#[',
        'flyway.placeholderSuffix=]',
        'flyway.placeholderReplacement=false',
        'flyway.sqlMigrationPrefix=M',
        'flyway.sqlMigrationSeparator=_-_',
        'flyway.sqlMigrationSuffixes=.sql,.pgsql',
        'flyway.repeatableSqlMigrationPrefix=REP',
        'flyway.encoding=windows-1252',
        'flyway.outOfOrder=true',
        'flyway.validateOnMigrate=false',
        'flyway.baselineOnMigrate=TRUE',
        'flyway.baselineVersion=2.1',
        'flyway.cleanDisabled=false',
        'flyway.connectRetries=7',
        'flyway.group=true',
        'flyway.mixed=true',
        'flyway.target=5',
        '',
      ].join('\n'),
      'sql/V1__a.sql': 'SELECT 1;\n',
    });
    const c = await load(dir, { env: { DB_USER: 'app', DB_PASSWORD: 's3cr@t', TIER: 'gold' } });
    expect(c.kind).toBe('flyway-conf');
    expect(c.sources).toEqual([{ file: 'flyway.conf', kind: 'flyway-conf' }]);
    expect(describeSources(c)).toBe('config: flyway.conf (Flyway properties)');
    expect(c.migrations).toBe('sql');
    expect(c.migrationsDir).toBe(join(dir, 'sql'));
    expect(c.locations).toEqual(['sql/more', 'sql/extra']);
    expect(c.schema).toBe('app');
    expect(c.historyTable).toBe('schema_history');
    expect(c.placeholders).toEqual({ region: 'eu-west', tier: 'gold' });
    expect(c).toMatchObject({
      placeholderPrefix: '#[',
      placeholderSuffix: ']',
      placeholderReplacement: false,
      sqlMigrationPrefix: 'M',
      sqlMigrationSeparator: '_-_',
      sqlMigrationSuffixes: ['.sql', '.pgsql'],
      repeatableSqlMigrationPrefix: 'REP',
      encoding: 'windows-1252',
      outOfOrder: true,
      validateOnMigrate: false,
      baselineOnMigrate: true,
      baselineVersion: '2.1',
      cleanDisabled: false,
      connectRetries: 7,
      group: true,
      mixed: true,
      target: '5',
      runner: 'flyway',
      transactions: 'runner',
      lockTimeout: '',
    });
    expect(c.databaseUrl).toBe('postgres://app:s3cr%40t@db.example:5433/app?sslmode=require');
    expect(c.warnings).toEqual([
      'flyway.conf: schemas: only app (the default schema: history table and ${flyway:defaultSchema}) is used; audit is not created or cleaned by migration-guard',
    ]);
  });

  it('a ${NAME} not set in the environment is read as empty: a warning for a setting, a note with a failed connection for url/user/password', async () => {
    const dir = tmpProject({
      'flyway.conf': '# a real project\nflyway.url=jdbc:postgresql://127.0.0.1:1/${MG_UNSET_DB}\nflyway.user=${MG_SET_USER}\nflyway.placeholders.region=${MG_UNSET_REGION}\nflyway.connectRetries=0\n',
      'migrations/V1__a.sql': 'SELECT 1;\n',
    });
    const c = await load(dir, { env: { MG_SET_USER: 'app' } });
    expect(c.warnings.filter((w) => w.includes('not set'))).toEqual(['flyway.conf:4: flyway.placeholders.region uses ${MG_UNSET_REGION}, not set in the environment: read as empty']);
    expect(c.databaseUrlNotes).toEqual(['flyway.conf:2: flyway.url uses ${MG_UNSET_DB}, not set in the environment: read as empty']);
    // Another url (FLYWAY_URL, -url=) replaces the file's, and its notes with it.
    expect((await load(dir, { env: { FLYWAY_URL: 'jdbc:postgresql://db/x' } })).databaseUrlNotes).toBeUndefined();
    // lint does not connect: no word about the url. A database command that fails to connect says why.
    expect((await runCli(dir, ['lint'], { env: { MG_SET_USER: 'app' } })).stderr).not.toContain('MG_UNSET_DB');
    const status = await runCli(dir, ['status'], { env: { MG_SET_USER: 'app' } });
    expect(status.code).toBe(2);
    expect(status.stderr).toContain('(flyway.conf:2: flyway.url uses ${MG_UNSET_DB}, not set in the environment: read as empty)');
  });

  it('defaultSchema wins over the first of schemas', async () => {
    const dir = tmpProject({ 'flyway.conf': 'flyway.schemas=a,b\nflyway.defaultSchema=b\n' });
    const c = await load(dir);
    expect(c.schema).toBe('b');
    expect(c.warnings).toEqual([expect.stringContaining('only b (the default schema')]);
  });

  it('names every key it does not use in one warning, and classpath: locations in another', async () => {
    const dir = tmpProject({
      'flyway.conf': 'flyway.installedBy=ci\nflyway.locations=classpath:db/migration,filesystem:sql\nflyway.callbacks=x.Y\nflyway.cleanOnValidationError=true\nfoo.bar=1\n',
    });
    const c = await load(dir);
    expect(c.migrations).toBe('sql');
    expect(c.warnings).toEqual([
      'flyway.conf: flyway.locations: classpath:db/migration is not read (migration-guard reads filesystem: locations only)',
      'flyway.conf: Flyway settings migration-guard does not use (ignored): flyway.installedBy, flyway.callbacks, flyway.cleanOnValidationError, foo.bar',
    ]);
    expect(configNotes(c)).toEqual([
      'config: flyway.conf (Flyway properties)',
      'warning: flyway.conf: flyway.locations: classpath:db/migration is not read (migration-guard reads filesystem: locations only)',
      'warning: flyway.conf: Flyway settings migration-guard does not use (ignored): flyway.installedBy, flyway.callbacks, flyway.cleanOnValidationError, foo.bar',
    ]);
  });

  it.each([
    ['flyway.outOfOrder=yes\n', 'flyway.conf:1:1: flyway.outOfOrder must be true or false (got "yes")'],
    ['# x\n  flyway.connectRetries=-1\n', 'flyway.conf:2:3: flyway.connectRetries must be a whole number ≥ 0 (got "-1")'],
    ['\n\nflyway.table=my-table\n', 'flyway.conf:3:1: flyway.table must be a plain SQL identifier (got "my-table")'],
    ['flyway.baselineVersion=v1\n', 'flyway.conf:1:1: flyway.baselineVersion must be a version such as 1 or 2.1 (got "v1")'],
    ['flyway.encoding=EBCDIC-42\n', 'flyway.conf:1:1: flyway.encoding must be an encoding'],
  ])('a wrong value is a config error at file:line:column: %s', async (text, message) => {
    const dir = tmpProject({ 'flyway.conf': text });
    await expect(load(dir)).rejects.toThrow(ConfigError);
    await expect(load(dir)).rejects.toThrow(message);
  });

  it('conf/flyway.conf is found too, as Flyway finds it beside the working directory', async () => {
    const dir = tmpProject({ 'conf/flyway.conf': 'flyway.locations=filesystem:db\n' });
    const c = await load(dir);
    expect(c.file).toBe(join(dir, 'conf/flyway.conf'));
    expect(c.migrations).toBe('db');
    expect(c.migrationsDir).toBe(join(dir, 'db')); // relative to the working directory, as Flyway resolves it
  });
});

describe('flyway.toml', () => {
  const TOML = `
[environments.default]
url = "jdbc:postgresql://localhost/dev"
user = "dev"
schemas = ["public"]

[environments.prod]
url = "jdbc:postgresql://prod.example/app?user=app&password=\${env.PROD_PASSWORD}"
schemas = ["app"]
connectRetries = 10
driver = "org.postgresql.Driver"

[environments.prod.flyway]
outOfOrder = false
cleanDisabled = true

[flyway]
locations = ["filesystem:db/migration"]
outOfOrder = true
mixed = true
cleanDisabled = false

[flyway.placeholders]
region = "eu-west"
replicas = 3
`;

  it('reads [flyway], [flyway.placeholders] and the default environment', async () => {
    const dir = tmpProject({ 'flyway.toml': TOML });
    const c = await load(dir);
    expect(c.kind).toBe('flyway-toml');
    expect(describeSources(c)).toBe('config: flyway.toml (Flyway TOML)');
    expect(c.environment).toBe('default');
    expect(c.migrations).toBe('db/migration');
    expect(c.placeholders).toEqual({ region: 'eu-west', replicas: '3' });
    expect(c).toMatchObject({ outOfOrder: true, mixed: true, cleanDisabled: false, schema: 'public', runner: 'flyway' });
    expect(c.databaseUrl).toBe('postgres://dev@localhost:5432/dev');
    expect(c.warnings).toEqual([]);
  });

  it('--environment chooses [environments.NAME], whose [environments.NAME.flyway] overrides [flyway]; ${env.X} is resolved', async () => {
    const dir = tmpProject({ 'flyway.toml': TOML });
    const c = await load(dir, { environment: 'prod', env: { PROD_PASSWORD: 'p@ss word' } });
    expect(c.environment).toBe('prod');
    expect(c).toMatchObject({ outOfOrder: false, cleanDisabled: true, connectRetries: 10, schema: 'app' });
    expect(c.databaseUrl).toBe('postgres://app:p%40ss%20word@prod.example:5432/app');
    expect(c.warnings).toEqual(['flyway.toml: Flyway settings migration-guard does not use (ignored): environments.prod.driver']);
  });

  it('[flyway] environment chooses the environment when --environment does not', async () => {
    const dir = tmpProject({ 'flyway.toml': TOML.replace('[flyway]\n', '[flyway]\nenvironment = "prod"\n') });
    const c = await load(dir, { env: { PROD_PASSWORD: 'x' } });
    expect(c.environment).toBe('prod');
    expect(c.schema).toBe('app');
  });

  it('an unset ${env.X} and an unknown environment are config errors', async () => {
    const dir = tmpProject({ 'flyway.toml': TOML });
    await expect(load(dir, { environment: 'prod' })).rejects.toThrow("flyway.toml: environments.prod.url: unable to resolve environment variable 'PROD_PASSWORD'");
    await expect(load(dir, { environment: 'staging' })).rejects.toThrow('flyway.toml: unknown environment "staging" (configured: default, prod)');
  });

  it('a url the database commands cannot use is a warning, not an error for lint (password masked)', async () => {
    const dir = tmpProject({ 'flyway.toml': '[environments.default]\nurl = "jdbc:postgresql://h1,h2/app?password=hunter2"\n' });
    const c = await load(dir);
    expect(c.databaseUrl).toBeUndefined();
    expect(configNotes(c)).toEqual([
      'config: flyway.toml (Flyway TOML)',
      "warning: Flyway's url is not used: invalid JDBC URL: it names several hosts (h1,h2); node-postgres connects to one: jdbc:postgresql://h1,h2/app?password=***",
    ]);
  });

  it('flyway.user.toml is read after flyway.toml, as Flyway reads it (ConfigUtils): its values win, tables merge', async () => {
    const dir = tmpProject({
      'flyway.toml': '[environments.default]\nurl = "jdbc:postgresql://shared/app"\nschemas = ["app"]\n[flyway]\nlocations = ["filesystem:sql"]\ntable = "shared"\n',
      'flyway.user.toml': '[environments.default]\nuser = "me"\npassword = "mine"\n[flyway]\ntable = "mine"\n',
    });
    const c = await load(dir);
    expect(c.sources).toEqual([
      { file: 'flyway.toml', kind: 'flyway-toml' },
      { file: 'flyway.user.toml', kind: 'flyway-toml' },
    ]);
    expect(describeSources(c)).toBe('config: flyway.toml (Flyway TOML), flyway.user.toml (Flyway TOML)');
    expect(c).toMatchObject({ migrations: 'sql', historyTable: 'mine', schema: 'app', databaseUrl: 'postgres://me:mine@shared:5432/app', warnings: [] });
    writeFileSync(join(dir, 'flyway.user.toml'), '[flyway]\ntable = \n');
    await expect(load(dir)).rejects.toThrow(/^flyway\.user\.toml:2:9: invalid TOML/);
  });

  it('a syntax error is reported at file:line:column', async () => {
    const dir = tmpProject({ 'flyway.toml': '[flyway]\nlocations = ["a"\nmixed = true\n' });
    await expect(load(dir)).rejects.toThrow(/^flyway\.toml:3:1: invalid TOML: /);
  });

  it('plugin tables and other tools\' namespaces are named in the warning', async () => {
    const dir = tmpProject({ 'flyway.toml': 'id = "x"\n[flyway]\nvalidateMigrationNaming = true\n[flyway.postgresql]\ntransactionalLock = false\n[flywayDesktop]\ndevelopmentEnvironment = "d"\n' });
    const c = await load(dir);
    expect(c.warnings).toEqual(['flyway.toml: Flyway settings migration-guard does not use (ignored): flyway.validateMigrationNaming, flyway.postgresql, id, flywayDesktop']);
  });
});

describe('flyway.config.js (the node wrapper, our guide §2.1)', () => {
  const GUIDE = `module.exports = {
  flywayArgs: {
    url: process.env.DATABASE_URL,
    schemas: 'public',
    locations: 'filesystem:./migrations',
    user: process.env.DB_USER,
    password: process.env.DB_PASSWORD,
    connectRetries: 3,
    cleanDisabled: true,
    baselineOnMigrate: true,
    validateOnMigrate: true,
    placeholders: { environment: process.env.NODE_ENV },
  },
  convention: 'V{version}__{description}.sql',
  environments: {
    development: { schemas: 'public,test' },
    staging: { schemas: 'public' },
    production: { schemas: 'public', outOfOrder: false, cleanDisabled: true },
  },
};
`;
  const project = (files: Record<string, string>) => tmpProject({ 'package.json': '{"type":"commonjs"}', 'migrations/V1__a.sql': 'SELECT 1;\n', ...files });

  it('is imported with the user\'s environment as process.env; environments[NODE_ENV] overrides flywayArgs', async () => {
    const dir = project({ 'flyway.config.js': GUIDE });
    const env = { DATABASE_URL: 'jdbc:postgresql://db:5432/app', DB_USER: 'u', DB_PASSWORD: 'pw', NODE_ENV: 'staging' };
    const c = await load(dir, { env });
    expect(c.kind).toBe('flyway-js');
    expect(describeSources(c)).toBe('config: flyway.config.js (Flyway node config)');
    expect(c.environment).toBe('staging');
    expect(c.placeholders).toEqual({ environment: 'staging' });
    expect(c).toMatchObject({ migrations: './migrations', schema: 'public', connectRetries: 3, baselineOnMigrate: true, cleanDisabled: true });
    expect(c.databaseUrl).toBe('postgres://u:pw@db:5432/app');
    expect(c.warnings).toEqual(['flyway.config.js: Flyway settings migration-guard does not use (ignored): convention']);
    expect(process.env['DB_PASSWORD']).toBeUndefined(); // the real environment is left as it was
  });

  it('without NODE_ENV, "development" is used when defined; --environment chooses another', async () => {
    const dir = project({ 'flyway.config.js': GUIDE });
    const dev = await load(dir);
    expect(dev.environment).toBe('development');
    expect(dev.databaseUrl).toBeUndefined(); // url: undefined (DATABASE_URL unset) is left out
    expect(dev.warnings).toContain('flyway.config.js: schemas: only public (the default schema: history table and ${flyway:defaultSchema}) is used; test is not created or cleaned by migration-guard');
    const prod = await load(dir, { environment: 'production' });
    expect(prod).toMatchObject({ environment: 'production', production: true, outOfOrder: false });
    await expect(load(dir, { environment: 'qa' })).rejects.toThrow('flyway.config.js: unknown environment "qa" (configured: development, staging, production)');
  });

  it('an ES module (.mjs, export default) is read the same way, and an edited file is read again', async () => {
    const dir = project({ 'flyway.config.mjs': "export default { flywayArgs: { locations: ['filesystem:migrations'], table: 'h1' } };\n" });
    expect((await load(dir)).historyTable).toBe('h1');
    writeFileSync(join(dir, 'flyway.config.mjs'), "export default { flywayArgs: { locations: ['filesystem:migrations'], table: 'h2' } };\n// longer\n");
    expect((await load(dir)).historyTable).toBe('h2');
  });

  it('an error it throws is a config error naming the file, line and column', async () => {
    const dir = project({ 'flyway.config.js': "const x = 1;\nthrow new Error('DB_HOST is not set');\n" });
    await expect(load(dir)).rejects.toThrow(ConfigError);
    await expect(load(dir)).rejects.toThrow(/^flyway\.config\.js:2:\d+: loading it failed: DB_HOST is not set$/);
    const bad = project({ 'flyway.config.js': 'module.exports = 42;\n' });
    await expect(load(bad)).rejects.toThrow('flyway.config.js: must export an object');
  });
});

describe('FLYWAY_* environment variables (ConfigUtils.convertKey)', () => {
  it('map to settings; placeholder names are lower-cased as Flyway does', () => {
    const entries = readFlywayEnv({
      FLYWAY_URL: 'jdbc:postgresql://h/db',
      FLYWAY_OUT_OF_ORDER: 'true',
      FLYWAY_PLACEHOLDERS_REGION: 'us-east',
      FLYWAY_SQL_MIGRATION_SUFFIXES: '.sql,.psql',
      FLYWAY_HOME: '/opt/flyway',
      PATH: '/bin',
    });
    expect(entries.map((e) => [e.key, e.label])).toEqual([
      ['outOfOrder', 'FLYWAY_OUT_OF_ORDER'],
      ['placeholders.region', 'FLYWAY_PLACEHOLDERS_REGION'],
      ['sqlMigrationSuffixes', 'FLYWAY_SQL_MIGRATION_SUFFIXES'],
      ['url', 'FLYWAY_URL'],
    ]);
  });

  it('override the Flyway file and migration-guard.yml; FLYWAY_USER / FLYWAY_PASSWORD complete the URL', async () => {
    const dir = tmpProject({
      'flyway.conf': 'flyway.url=jdbc:postgresql://h/db\nflyway.user=file\nflyway.table=from_conf\nflyway.placeholders.a=conf\n',
      'migration-guard.yml': 'outOfOrder: false\nplaceholders:\n  b: yml\n',
    });
    const c = await load(dir, { env: { FLYWAY_USER: 'envuser', FLYWAY_PASSWORD: 'pw', FLYWAY_OUT_OF_ORDER: 'true', FLYWAY_PLACEHOLDERS_A: 'env', FLYWAY_INSTALLED_BY: 'x' } });
    expect(c.outOfOrder).toBe(true);
    expect(c.historyTable).toBe('from_conf');
    expect(c.placeholders).toEqual({ a: 'env', b: 'yml' });
    expect(c.databaseUrl).toBe('postgres://envuser:pw@h:5432/db');
    expect(c.warnings).toEqual(['environment: Flyway settings migration-guard does not use (ignored): FLYWAY_INSTALLED_BY']);
  });

  it('a wrong value names the variable', async () => {
    await expect(load(tmpProject({}), { env: { FLYWAY_GROUP: 'maybe' } })).rejects.toThrow('FLYWAY_GROUP must be true or false (got "maybe")');
  });
});

describe('precedence: CLI flags > environment > migration-guard.yml > Flyway config > defaults', () => {
  it('migration-guard.yml wins over the Flyway file key by key; what it does not set comes from Flyway', async () => {
    const dir = tmpProject({
      'flyway.toml': '[flyway]\nlocations = ["filesystem:sql"]\ntable = "fw_history"\noutOfOrder = true\n[flyway.placeholders]\nregion = "eu"\ntier = "a"\n',
      'migration-guard.yml': 'historyTable: mg_history\nplaceholders:\n  tier: b\n',
    });
    const c = await load(dir);
    expect(c.sources.map((s) => s.kind)).toEqual(['flyway-toml', 'migration-guard']);
    expect(c.kind).toBe('migration-guard');
    expect(describeSources(c)).toBe('config: flyway.toml (Flyway TOML), migration-guard.yml (migration-guard YAML)');
    expect(c).toMatchObject({ migrations: 'sql', historyTable: 'mg_history', outOfOrder: true, placeholders: { region: 'eu', tier: 'b' } });
    expect(c.runner).toBe('flyway'); // the Flyway file says Flyway applies them, unless the YAML says otherwise
  });

  it('--environment > migration-guard.yml environment > the Flyway file\'s', async () => {
    const files = {
      'flyway.toml': '[flyway]\nenvironment = "a"\n[environments.a]\nurl = "jdbc:postgresql://a/db"\n[environments.b]\nurl = "jdbc:postgresql://b/db"\n[environments.c]\nurl = "jdbc:postgresql://c/db"\n',
    };
    expect((await load(tmpProject(files))).databaseUrl).toBe('postgres://a:5432/db');
    const withYml = tmpProject({ ...files, 'migration-guard.yml': 'environment: b\n' });
    expect((await load(withYml)).databaseUrl).toBe('postgres://b:5432/db');
    expect((await load(withYml, { environment: 'c' })).databaseUrl).toBe('postgres://c:5432/db');
  });

  it('runner: migration-guard in the YAML keeps our transactions and lock_timeout; runner: flyway alone implies Flyway\'s', async () => {
    const ours = await load(tmpProject({ 'flyway.conf': 'flyway.locations=filesystem:sql\n', 'migration-guard.yml': 'runner: migration-guard\n' }));
    expect(ours).toMatchObject({ runner: 'migration-guard', transactions: 'explicit', lockTimeout: DEFAULTS.lockTimeout });
    const flyway = await load(tmpProject({ 'migration-guard.yml': 'runner: flyway\nlockTimeout: 3s\n' }));
    expect(flyway).toMatchObject({ runner: 'flyway', transactions: 'runner', lockTimeout: '3s' });
    const none = await load(tmpProject({}));
    expect(none).toMatchObject({ runner: 'migration-guard', transactions: 'explicit', sources: [], warnings: [] });
    expect(none.kind).toBeUndefined();
  });
});

describe("Flyway's command-line settings (-key=value)", () => {
  it('win over FLYWAY_* and the files; -configFiles and -environment choose the file and environment', async () => {
    const dir = tmpProject({
      'ci/flyway.toml': '[flyway]\nlocations = ["filesystem:db"]\ntable = "from_toml"\n[environments.qa]\nurl = "jdbc:postgresql://qa/app"\n',
      'flyway.conf': 'flyway.table=not_read\n',
    });
    const c = await loadConfig({
      cwd: dir,
      knownRules: [],
      env: { FLYWAY_LOCATIONS: 'filesystem:env', FLYWAY_URL: 'jdbc:postgresql://env/app' },
      flywayArgs: { configFiles: 'ci/flyway.toml,other.toml', environment: 'qa', locations: 'filesystem:cli', 'placeholders.region': 'eu', user: 'cli', installedBy: 'me' },
    });
    expect(c.sources).toEqual([{ file: 'ci/flyway.toml', kind: 'flyway-toml' }]);
    expect(c).toMatchObject({ environment: 'qa', migrations: 'cli', historyTable: 'from_toml', placeholders: { region: 'eu' } });
    expect(c.databaseUrl).toBe('postgres://cli@env:5432/app'); // FLYWAY_URL over the file's url; -user from the command line
    expect(c.databaseUrlFromCommandLine).toBeUndefined();
    expect(c.warnings).toEqual([
      '-configFiles: only ci/flyway.toml is read (migration-guard reads one config file)',
      'command line: Flyway settings migration-guard does not use (ignored): -installedBy',
    ]);
    const url = await loadConfig({ cwd: dir, knownRules: [], env: {}, flywayArgs: { url: 'jdbc:postgresql://cli/app' } });
    expect(url).toMatchObject({ databaseUrl: 'postgres://cli:5432/app', databaseUrlFromCommandLine: true });
  });

  it('a wrong value names the option', async () => {
    await expect(loadConfig({ cwd: tmpProject({}), knownRules: [], env: {}, flywayArgs: { outOfOrder: 'y' } })).rejects.toThrow('-outOfOrder must be true or false (got "y")');
  });
});

describe('discovery and --config', () => {
  it('reads the first Flyway file found and says which others it did not read', async () => {
    const dir = tmpProject({ 'flyway.toml': '[flyway]\ntable = "t1"\n', 'flyway.conf': 'flyway.table=t2\n' });
    const c = await load(dir);
    expect(c.historyTable).toBe('t1');
    expect(c.warnings).toEqual(['flyway.conf not read: flyway.toml is (pass --config FILE to choose)']);
  });

  it('--config takes any kind, and replaces the discovery of its own kind only', async () => {
    const dir = tmpProject({
      'flyway.toml': '[flyway]\ntable = "t1"\n',
      'ci/flyway.conf': 'flyway.table=t2\n',
      'ci/flyway.config.cjs': "module.exports = { flywayArgs: { table: 't3' } };\n",
      'migration-guard.yml': 'schema: s4\n',
    });
    expect((await load(dir, { configPath: 'ci/flyway.conf' })).historyTable).toBe('t2');
    const js = await load(dir, { configPath: 'ci/flyway.config.cjs' });
    // A Flyway file named: read instead of flyway.toml; migration-guard.yml is still read over it.
    expect([js.historyTable, js.schema]).toEqual(['t3', 's4']);
    expect(js.sources).toEqual([
      { file: 'ci/flyway.config.cjs', kind: 'flyway-js' },
      { file: 'migration-guard.yml', kind: 'migration-guard' },
    ]);
    // A migration-guard.yml named: the project's Flyway file is still read under it, as without --config.
    writeFileSync(join(dir, 'ci/mg.yml'), 'schema: app\n');
    const yml = await load(dir, { configPath: 'ci/mg.yml' });
    expect(yml.sources).toEqual([
      { file: 'flyway.toml', kind: 'flyway-toml' },
      { file: 'ci/mg.yml', kind: 'migration-guard' },
    ]);
    expect([yml.historyTable, yml.schema, yml.runner]).toEqual(['t1', 'app', 'flyway']);
    await expect(load(dir, { configPath: 'flyway.json' })).rejects.toThrow('config file not found: flyway.json');
    writeFileSync(join(dir, 'settings.json'), '{}');
    await expect(load(dir, { configPath: 'settings.json' })).rejects.toThrow('settings.json: unknown kind of config file');
  });

  it('a Flyway location outside the working directory is refused like migrations: is', async () => {
    const dir = tmpProject({ 'flyway.conf': 'flyway.locations=filesystem:../elsewhere\n' });
    mkdirSync(join(dir, '..', 'elsewhere'), { recursive: true });
    await expect(load(dir)).rejects.toThrow('flyway.conf: migrations path "../elsewhere" leaves the repository');
  });
});

describe('mapFlywayEntries', () => {
  it('takes TOML / JavaScript values (lists, numbers, booleans) as well as strings', () => {
    const m = mapFlywayEntries(
      [entry('locations', ['filesystem:a', 'b']), entry('connectRetries', 4), entry('group', true), entry('baselineVersion', 3), entry('placeholders', { n: 1, b: false, u: undefined })],
      'x',
    );
    expect(m.settings).toEqual({ migrations: 'a', locations: ['b'], connectRetries: 4, group: true, baselineVersion: '3', placeholders: { n: '1', b: 'false' } });
    expect(m.unsupported).toEqual([]);
  });

  it('a Windows drive letter is a path, s3: is a location scheme we do not read', () => {
    const m = mapFlywayEntries([entry('locations', 'C:\\db,s3:bucket/x')], 'x');
    expect(m.settings.migrations).toBe('C:\\db');
    expect(m.warnings).toEqual(['locations: s3:bucket/x is not read (migration-guard reads filesystem: locations only)']);
  });
});

describe('migration-guard.yml: unknown keys', () => {
  it('all of them in one error, each at its line:column with a suggestion', async () => {
    const dir = tmpProject({ 'migration-guard.yml': 'migratons: db\nplacholders: {}\nzzz: 1\nenvironments:\n  prod:\n    lockTimout: 1s\n' });
    await expect(load(dir)).rejects.toThrow(
      'migration-guard.yml:1:1: 4 unknown keys: "migratons" (did you mean "migrations"?) at 1:1, "placholders" (did you mean "placeholders"?) at 2:1, "zzz" at 3:1, "lockTimout" in environments.prod (did you mean "lockTimeout"?) at 6:5',
    );
  });

  it('the keys of nested maps (backup, performance, documentation) are in the same one error', async () => {
    const dir = tmpProject({
      'migration-guard.yml': 'migratons: db\nbackup:\n  dirctory: b\ndocumentation:\n  requried: []\nenvironments:\n  prod:\n    backup: { commnd: x }\n',
    });
    await expect(load(dir)).rejects.toThrow(
      'migration-guard.yml:1:1: 4 unknown keys: "migratons" (did you mean "migrations"?) at 1:1, "dirctory" in backup (did you mean "directory"?) at 3:3, "requried" in documentation (did you mean "required"?) at 5:3, "commnd" in environments.prod.backup (did you mean "command"?) at 8:15',
    );
  });

  it('one unknown key: its suggestion and the allowed keys', async () => {
    const dir = tmpProject({ 'migration-guard.yml': 'rollbackpattern: x\n' });
    await expect(load(dir)).rejects.toThrow('migration-guard.yml:1:1: unknown key "rollbackpattern" (did you mean "rollbackPattern"?); allowed: migrations, layout, rollbackPattern');
  });

  it('didYouMean: close words only', () => {
    expect(didYouMean('lockTimout', ['lockTimeout', 'lockRetries'])).toBe('lockTimeout');
    expect(didYouMean('xyz', ['migrations'])).toBeUndefined();
  });
});
