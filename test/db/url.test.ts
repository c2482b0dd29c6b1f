/**
 * Database URLs (issue #10, item 8): read as libpq reads a raw password, checked before
 * connecting, and masked by one function wherever one is printed.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { clientConfig, maskSecrets, maskUrl, parseDbUrl, toPostgresUrl, urlPasswords, withDatabase } from '../../src/db/url.js';
import { maskSecrets as engineMaskSecrets, maskUrl as engineMaskUrl } from '../../src/db/engine.js';
import { tmpProject } from '../helpers/tmp.js';

/** node-postgres's own URL parser (its dependency), to show when it misreads a URL. */
const pgRequire = createRequire(createRequire(import.meta.url).resolve('pg'));
const pgParse = pgRequire('pg-connection-string').parse as (url: string) => Record<string, unknown>;

/** Passwords as written in the URL, and as the server gets them. */
const PASSWORDS: [label: string, written: string, decoded: string][] = [
  ['a space', 'zebra hat9', 'zebra hat9'],
  ['a tab', 'zebra\that9', 'zebra\that9'],
  ['a raw @', 'zebra@hat9', 'zebra@hat9'],
  ['two raw @', 'zeb@ra@hat9', 'zeb@ra@hat9'],
  ['a #', 'zebra#hat9', 'zebra#hat9'],
  ['a /', 'zebra/hat9', 'zebra/hat9'],
  ['a :', 'zebra:hat9', 'zebra:hat9'],
  ['a ?', 'zebra?hat9', 'zebra?hat9'],
  ['%40 (an encoded @)', 'zebra%40hat9', 'zebra@hat9'],
  ['a stray %', 'zebra%hat9', 'zebra%hat9'],
  ['unicode', 'zébra–hät9🔑', 'zébra–hät9🔑'],
  ['everything at once', 'z@b #r/a:h?a\tt%409', 'z@b #r/a:h?a\tt@9'],
  ['@ then what looks like a host', 'zebra@host9/x', 'zebra@host9/x'],
];

/** Every run of 3+ letters or digits in the password: none may survive masking. */
const pieces = (pw: string) => pw.match(/[\p{L}\p{N}]{3,}/gu) ?? [];

describe('passwords with raw characters', () => {
  describe.each(PASSWORDS)('%s', (_, written, decoded) => {
    const url = `postgres://app:${written}@db.example.com:6543/app_db?sslmode=disable&application_name=mg`;
    const masked = 'postgres://app:***@db.example.com:6543/app_db?sslmode=disable&application_name=mg';

    it('parses user, password, host, port and database as libpq would', () => {
      const u = parseDbUrl(url);
      expect(u).toMatchObject({ user: 'app', password: decoded, host: 'db.example.com', port: 6543, database: 'app_db' });
      expect(u.params).toEqual({ sslmode: 'disable', application_name: 'mg' });
      expect(u.masked).toBe(masked);
    });

    it('masks it: the URL alone, in a message, and with the URL known', () => {
      expect(maskUrl(url)).toBe(masked);
      expect(engineMaskUrl(url)).toBe(masked);
      const message = `cannot connect to ${url}: connect ECONNREFUSED 10.0.0.1:6543`;
      for (const out of [maskUrl(message), maskSecrets(message, url), engineMaskSecrets(message, url)]) {
        expect(out).toContain('postgres://app:***@');
        for (const piece of pieces(decoded)) expect(out).not.toContain(piece);
      }
      expect(maskSecrets(message, url)).toBe(`cannot connect to ${masked}: connect ECONNREFUSED 10.0.0.1:6543`);
      const echoed = maskSecrets(`password authentication failed (password "${decoded}")`, url);
      for (const piece of pieces(decoded)) expect(echoed).not.toContain(piece);
    });

    it('node-postgres gets the string only where its own parser reads it right; else settings from ours', () => {
      const u = parseDbUrl(url);
      const expected = { user: 'app', password: decoded, host: 'db.example.com', port: '6543', database: 'app_db' };
      let theirs: unknown;
      try {
        theirs = pgParse(url);
      } catch (e) {
        theirs = e;
      }
      if (!u.needsConfig) expect(theirs).toMatchObject(expected);
      expect(clientConfig(u)).toMatchObject({ ...expected, port: 6543, ssl: false });
    });
  });

  it('its parser misreads a raw #, /, ? or tab in a password', () => {
    for (const pw of ['zebra#hat9', 'zebra/hat9', 'zebra?hat9', 'zebra\that9']) {
      let theirs: unknown;
      try {
        theirs = pgParse(`postgres://app:${pw}@db.example.com/app_db`);
      } catch (e) {
        theirs = e;
      }
      expect(theirs).not.toMatchObject({ password: pw, host: 'db.example.com', database: 'app_db' });
      expect(parseDbUrl(`postgres://app:${pw}@db.example.com/app_db`).needsConfig).toBe(true);
    }
  });

  it('plain URLs still go to node-postgres as strings', () => {
    expect(parseDbUrl('postgres://app:s3cret@db:5432/x?sslmode=require').needsConfig).toBe(false);
    expect(parseDbUrl('postgresql://app@[::1]:5432/x').needsConfig).toBe(false);
  });

  it('the user name may hold a raw @ too (Azure: user@server)', () => {
    const u = parseDbUrl('postgres://app@srv:p@ss w@srv.postgres.example.com/db');
    expect(u).toMatchObject({ user: 'app@srv', password: 'p@ss w', host: 'srv.postgres.example.com', database: 'db' });
    expect(u.masked).toBe('postgres://app@srv:***@srv.postgres.example.com/db');
  });

  it('an @ in a query value is not the end of the user info', () => {
    const u = parseDbUrl('postgres://app:pw@db/x?application_name=ci@runner');
    expect(u).toMatchObject({ user: 'app', password: 'pw', host: 'db', database: 'x', params: { application_name: 'ci@runner' } });
    expect(u.masked).toBe('postgres://app:***@db/x?application_name=ci@runner');
  });

  it('no password: nothing to mask; password= parameters are masked too', () => {
    expect(maskUrl('postgres://app@db/x')).toBe('postgres://app@db/x');
    expect(maskUrl('postgres://db/x?password=hunter2&sslmode=require')).toBe('postgres://db/x?password=***&sslmode=require');
    expect(maskUrl('postgres://u:p@db/x?sslpassword=keypass')).toBe('postgres://u:***@db/x?sslpassword=***');
    expect(maskUrl("host=db password='hun ter2' user=x")).toBe('host=db password=*** user=x');
    expect(urlPasswords('postgres://app@db/x')).toEqual([]);
    expect(urlPasswords('postgres://app:a%20b@db/x')).toEqual(['a%20b', 'a b']);
  });

  it('a message holding a masked URL and other @s keeps its text', () => {
    const url = 'postgres://app:zebra@db/x';
    expect(maskSecrets(`database error on ${maskUrl(url)}: role "ci@x" does not exist`, url)).toBe(
      'database error on postgres://app:***@db/x: role "ci@x" does not exist',
    );
    // a password that is also a word of the message: the URL stays readable
    const common = 'postgres://postgres:postgres@db/x';
    expect(maskSecrets(`cannot connect to ${common}: role "postgres" failed`, common)).toBe('cannot connect to postgres://postgres:***@db/x: role "***" failed');
  });

  it('two URLs in one message are masked each', () => {
    expect(maskUrl('from postgres://a:one two@h1/x to postgresql://b:th@ree@h2/y done')).toBe('from postgres://a:***@h1/x to postgresql://b:***@h2/y done');
  });
});

describe('malformed URLs: a usage error naming the problem, the password masked', () => {
  const dir = tmpProject({});
  const cert = join(dir, 'root.crt');
  writeFileSync(cert, '-----BEGIN CERTIFICATE-----\n');
  it.each([
    ['postgres://u:zebra@127.0.0.1:99999/db', /the port in the URL must be from 1 to 65535 \(got 99999\)/],
    ['postgres://u:zebra@127.0.0.1:0/db', /must be from 1 to 65535 \(got 0\)/],
    ['postgres://u:zebra@127.0.0.1:54x2/db', /the port in the URL must be a number from 1 to 65535 \(got "54x2"\)/],
    ['postgres://u:zebra@[::1/db', /the IPv6 address "\[::1" has no closing "\]"/],
    ['postgres://u:zebra@::1:5432/db', /an IPv6 address needs brackets/],
    ['postgres://u:zebra@h1:5432,h2:5432/db', /it names 2 hosts \(h1:5432, h2:5432\); node-postgres connects to one/],
    ['postgres://u:zebra@h/db?port=70000', /the port in the query \(port=\) must be from 1 to 65535 \(got 70000\)/],
    ['postgres://u:zebra@127.0.0.1/db?sslrootcert=/missing/file', /sslrootcert=\/missing\/file cannot be read \(ENOENT\)/],
    ['postgres://u:zebra@127.0.0.1/db?sslmode=verify-full&sslkey=/missing/key', /sslkey=\/missing\/key cannot be read \(ENOENT\)/],
    [`postgres://u:zebra@127.0.0.1/db?sslcert=${dir}`, /sslcert=.* is not a file/],
  ])('%s', (url, problem) => {
    let error: unknown;
    try {
      parseDbUrl(url);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as Error).message;
    expect(message).toMatch(/^invalid database URL postgres:\/\/u:\*\*\*@/);
    expect(message).toMatch(problem);
    expect(message).not.toContain('zebra');
  });

  it('a readable sslrootcert is fine, and read into the ssl settings', () => {
    const u = parseDbUrl(`postgres://u:a b@127.0.0.1/db?sslrootcert=${cert}&sslmode=verify-full`);
    expect(clientConfig(u)['ssl']).toEqual({ ca: '-----BEGIN CERTIFICATE-----\n' });
  });

  it('a raw # in a password is not malformed: it is part of the password', () => {
    expect(parseDbUrl('postgres://u:pa#ss@127.0.0.1/db')).toMatchObject({ user: 'u', password: 'pa#ss', host: '127.0.0.1', database: 'db', needsConfig: true });
  });
});

describe('withDatabase (check: a scratch database on the same server)', () => {
  it('replaces the database, keeping the raw user info and the query', () => {
    expect(withDatabase('postgres://u:a b#c@d@h:5433/app?sslmode=disable', 'mg_check_1')).toBe('postgres://u:a b#c@d@h:5433/mg_check_1?sslmode=disable');
    expect(withDatabase('postgresql://h', 'mg_check_1')).toBe('postgresql://h/mg_check_1');
    expect(parseDbUrl(withDatabase('postgres://u:a b#c@d@h/app', 'scratch'))).toMatchObject({ password: 'a b#c@d', host: 'h', database: 'scratch' });
  });
});

describe('jdbc:postgresql URLs (PgJDBC forms, Driver.parseURL) → postgres://', () => {
  it.each([
    ['jdbc:postgresql://db.example:5433/app', 'postgres://db.example:5433/app'],
    ['jdbc:postgresql://db.example/app', 'postgres://db.example:5432/app'],
    ['jdbc:postgresql://db.example/', 'postgres://db.example:5432/'],
    ['jdbc:postgresql:app', 'postgres://localhost:5432/app'],
    ['jdbc:postgresql:/', 'postgres://localhost:5432/'],
    ['jdbc:postgresql://[::1]:5740/accounting', 'postgres://[::1]:5740/accounting'],
    ['jdbc:postgresql://h/app?user=fred&password=p%40ss%2Fw%3Ard', 'postgres://fred:p%40ss%2Fw%3Ard@h:5432/app'],
    ['jdbc:postgresql://h/app?user=fred&password=two+words', 'postgres://fred:two%20words@h:5432/app'],
    ['jdbc:postgresql://h/app?sslmode=require&ApplicationName=migrations', 'postgres://h:5432/app?sslmode=require&application_name=migrations'],
    ['jdbc:postgresql://h/app?sslmode=allow', 'postgres://h:5432/app?sslmode=prefer'],
    ['jdbc:postgresql://h/app?currentSchema=billing', 'postgres://h:5432/app?options=-c+search_path%3Dbilling'],
    ['jdbc:postgresql://h/my%20db?connectTimeout=5', 'postgres://h:5432/my%20db?connect_timeout=5'],
    ['postgres://u:p@h/db', 'postgres://u:p@h/db'],
  ])('%s', (jdbc, expected) => {
    const r = toPostgresUrl(jdbc);
    expect(r).toEqual({ url: expected, warnings: [] });
    expect(() => parseDbUrl(r.url)).not.toThrow();
  });

  it('as PgJDBC, not libpq: no port is 5432 and no database is the user\'s name, whatever PGPORT and PGDATABASE say', () => {
    expect(toPostgresUrl('jdbc:postgresql://db.example/', { user: 'app' }).url).toBe('postgres://app@db.example:5432/app');
    expect(toPostgresUrl('jdbc:postgresql://[::1]/?user=fred').url).toBe('postgres://fred@[::1]:5432/fred');
    expect(toPostgresUrl('jdbc:postgresql://h:/x').url).toBe('postgres://h:5432/x');
    const p = parseDbUrl(toPostgresUrl('jdbc:postgresql://127.0.0.1/', { user: 'postgres' }).url);
    expect(p).toMatchObject({ host: '127.0.0.1', port: 5432, database: 'postgres', user: 'postgres' });
  });

  it("a JDBC URL's password (a query parameter) is a secret like any other: found as written and decoded, masked everywhere", () => {
    const jdbc = 'jdbc:postgresql://h:5432/db?user=u&password=s3cr%40t+x';
    expect(urlPasswords(jdbc)).toEqual(['s3cr%40t+x', 's3cr@t x', 's3cr@t+x']);
    expect(maskSecrets(`failed on ${jdbc}: password s3cr@t x rejected`, jdbc)).toBe('failed on jdbc:postgresql://h:5432/db?user=u&password=***: password *** rejected');
    expect(urlPasswords('jdbc:postgresql://h/db?user=u')).toEqual([]);
  });

  it('what the URL reads as node-postgres reads it: the percent-encoded password decoded', () => {
    const p = parseDbUrl(toPostgresUrl('jdbc:postgresql://h:6000/app?user=fred&password=p%40ss%23%3F').url);
    expect(p).toMatchObject({ user: 'fred', password: 'p@ss#?', host: 'h', port: 6000, database: 'app' });
  });

  it("Flyway's separate user / password fill what the URL does not name; the URL's own win (as in PgJDBC)", () => {
    expect(toPostgresUrl('jdbc:postgresql://h/app', { user: 'u', password: 'p w' }).url).toBe('postgres://u:p%20w@h:5432/app');
    expect(toPostgresUrl('jdbc:postgresql://h/app?user=url', { user: 'u', password: 'p' }).url).toBe('postgres://url:p@h:5432/app');
  });

  it('properties node-postgres has no use for are left out with a warning, the password masked', () => {
    const r = toPostgresUrl('jdbc:postgresql://h/app?password=hunter2&socketTimeout=30&tcpKeepAlive=true');
    expect(r.url).toBe('postgres://h:5432/app');
    expect(r.warnings).toEqual([
      'the JDBC property socketTimeout has no node-postgres equivalent and is not used: jdbc:postgresql://h/app?password=***&socketTimeout=30&tcpKeepAlive=true',
      'the JDBC property tcpKeepAlive has no node-postgres equivalent and is not used: jdbc:postgresql://h/app?password=***&socketTimeout=30&tcpKeepAlive=true',
    ]);
  });

  it.each([
    ['jdbc:postgresql://h1:5432,h2:5433/app?password=hunter2', 'it names several hosts (h1:5432,h2:5433); node-postgres connects to one'],
    ['jdbc:postgresql://fred:hunter2@h/app', 'PgJDBC takes the user and password as the query parameters user and password'],
    ['jdbc:postgresql://::1:5432/app', '"::1:5432" is not host[:port] (an IPv6 address is written [::1])'],
    ['jdbc:postgresql://h/%E0%A4%A', '"%E0%A4%A" is not valid percent-encoding'],
  ])('%s is a usage error naming the problem', (jdbc, problem) => {
    expect(() => toPostgresUrl(jdbc)).toThrow(UsageError);
    expect(() => toPostgresUrl(jdbc)).toThrow(problem);
    try {
      toPostgresUrl(jdbc);
    } catch (e) {
      expect((e as Error).message).not.toContain('hunter2');
      expect(maskSecrets((e as Error).message)).toBe((e as Error).message); // printing masks again: nothing changes
    }
  });
});
