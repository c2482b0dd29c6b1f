/**
 * Database URLs (postgres:// and postgresql://): read leniently, the way libpq takes a raw
 * password (the user info ends at the last "@" before the host, so a password may hold "@", "#",
 * "/", ":", "?", spaces and tabs unencoded), checked before connecting (a malformed URL is a usage
 * error naming the problem, never "Invalid URL"), and masked in one place wherever one is printed.
 */
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { UsageError } from '../errors.js';

const SCHEME = /^postgres(?:ql)?:\/\//i;
const MASK = '***';

export interface DbUrl {
  /** Decoded; '' when the URL names none (the driver's default then applies). */
  user: string;
  /** Decoded; undefined when the URL has none. */
  password?: string;
  /** Decoded, without the brackets of an IPv6 address; '' when the URL names none. */
  host: string;
  port?: number;
  /** Decoded; undefined when the URL has no path. */
  database?: string;
  /** Query parameters (sslmode, sslrootcert, application_name, …), decoded. */
  params: Record<string, string>;
  /** The URL as written, its password replaced by ***: what may be printed. */
  masked: string;
  /**
   * Characters node-postgres's connection-string parser misreads (a raw "@", "#", "/", "?",
   * space or tab in the user info, a stray "%"): connect with `clientConfig` instead of the string.
   */
  needsConfig: boolean;
}

interface Parts {
  /** "postgres://" as written. */
  scheme: string;
  /** Between "://" and the "@" before the host, raw; undefined without an "@". */
  userinfo?: string;
  /** host[:port][,host…][/database][?query], raw. */
  rest: string;
}

/** host[:port] list, then an optional path and query: what may follow the user info's "@". */
const HOSTS = /^(?:\[[^\]\s]*\]|[^\s/?#@[\]]*)(?::[^\s/?#@[\]]*)?(?:,(?:\[[^\]\s]*\]|[^\s/?#@[\]]*)(?::[^\s/?#@[\]]*)?)*/;

/** Whether `rest` reads as what follows the user info: hosts, then /database (no "@") and ?key=value&…. */
function isRest(rest: string): boolean {
  const hosts = HOSTS.exec(rest)![0];
  let tail = rest.slice(hosts.length);
  const hash = tail.indexOf('#');
  if (hash >= 0) tail = tail.slice(0, hash); // a fragment, dropped as node-postgres drops it
  const q = tail.indexOf('?');
  const path = q >= 0 ? tail.slice(0, q) : tail;
  if (path !== '' && (!path.startsWith('/') || path.includes('@') || /\s/.test(path))) return false;
  if (q < 0) return true;
  // An "@" may appear in a query value (application_name=a@b), but then it reads as key=value.
  return tail
    .slice(q + 1)
    .split('&')
    .every((kv) => kv === '' || /^[A-Za-z_][A-Za-z0-9_.-]*=/.test(kv));
}

/**
 * Scheme, user info and the rest, without validating. The user info ends at the first "@" after
 * which the URL reads as hosts/database?query; failing that, at the last "@".
 */
function split(url: string): Parts | undefined {
  const m = SCHEME.exec(url);
  if (!m) return undefined;
  const scheme = m[0];
  const body = url.slice(scheme.length);
  const last = body.lastIndexOf('@');
  if (last < 0) return { scheme, rest: body };
  let at = last;
  for (let i = body.indexOf('@'); i >= 0 && i < last; i = body.indexOf('@', i + 1)) {
    if (isRest(body.slice(i + 1))) {
      at = i;
      break;
    }
  }
  return { scheme, userinfo: body.slice(0, at), rest: body.slice(at + 1) };
}

function maskedParts(p: Parts): string {
  if (p.userinfo === undefined) return p.scheme + maskParams(p.rest);
  const colon = p.userinfo.indexOf(':');
  const user = colon >= 0 ? p.userinfo.slice(0, colon) : p.userinfo;
  return `${p.scheme}${user}${colon >= 0 ? `:${MASK}` : ''}@${maskParams(p.rest)}`;
}

const maskParams = (s: string) => s.replace(/(\b(?:ssl)?password=)('(?:[^'\\]|\\.)*'|[^&\s]*)/gi, `$1${MASK}`);

/**
 * The one masking function: every postgres URL in `text` (a URL alone, or a message that holds
 * some) with everything between the user name and the "@" before the host replaced by ***,
 * whatever it contains; `password=` values too (query parameters, key=value strings).
 */
export function maskUrl(text: string): string {
  const whole = split(text);
  if (whole && !/\s/.test(whole.rest)) return maskedParts(whole);
  // Inside a message: each URL runs to the end of its line (or the next URL); the user info ends
  // at the last "@" followed by something like a host (masking too much is fine, too little not).
  const out = text.replace(/[a-z][a-z0-9+.-]*:\/\/[^\n]*?(?=(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/|\n|$)/gi, (segment) => {
    const start = segment.indexOf('://') + 3;
    const colon = segment.indexOf(':', start);
    if (colon < 0 || segment.startsWith(`${MASK}@`, colon + 1)) return segment; // no password, or masked already
    const afterUser = segment.slice(start, colon);
    if (/[\s/?#@]/.test(afterUser)) return segment; // "host:port…": no user info before this colon
    const last = segment.lastIndexOf('@');
    if (last < colon) return segment;
    let at = last;
    while (at > colon && !/^(?:\[[^\]\s]*\]|[\w.%-]+)/.test(segment.slice(at + 1))) at = segment.lastIndexOf('@', at - 1);
    if (at <= colon) at = last;
    return `${segment.slice(0, colon + 1)}${MASK}${segment.slice(at)}`;
  });
  return maskParams(out);
}

/** The URL's password as written and decoded (each once, none when it has no password). */
export function urlPasswords(url: string): string[] {
  if (JDBC.test(url)) {
    // PgJDBC takes the password as a query parameter (…?user=u&password=p).
    const q = url.indexOf('?');
    const raw = q < 0 ? undefined : /(?:^|&)password=([^&#]*)/.exec(url.slice(q + 1))?.[1];
    if (!raw) return [];
    return [...new Set([raw, decode(raw.replace(/\+/g, ' ')), decode(raw)])].filter((pw) => pw !== '' && pw !== MASK);
  }
  const p = split(url);
  const colon = p?.userinfo?.indexOf(':') ?? -1;
  if (!p?.userinfo || colon < 0) return [];
  const raw = p.userinfo.slice(colon + 1);
  return [...new Set([raw, decode(raw)])].filter((pw) => pw !== '' && pw !== MASK);
}

/**
 * Removes a URL's password from any text (a driver's message may quote it): the URL itself, its
 * password as written and decoded wherever it appears, and any other URL's password.
 */
export function maskSecrets(text: string, url?: string): string {
  if (!url) return maskUrl(text);
  const masked = maskUrl(url);
  const passwords = urlPasswords(url);
  const hide = (t: string) => maskUrl(passwords.reduce((acc, pw) => acc.split(pw).join(MASK), t));
  // The URL and its masked form stay readable even when the password is also a word in them.
  return text
    .split(url)
    .map((piece) => piece.split(masked).map(hide).join(masked))
    .join(masked);
}

/** Percent-decoding that never throws: a "%" not followed by two hex digits stays as it is. */
function decode(s: string): string {
  if (!s.includes('%')) return s;
  const bytes: number[] = [];
  for (let i = 0; i < s.length; ) {
    if (s[i] === '%' && /^[0-9a-f]{2}$/i.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 3;
    } else {
      const cp = s.codePointAt(i)!;
      bytes.push(...Buffer.from(String.fromCodePoint(cp), 'utf8'));
      i += cp > 0xffff ? 2 : 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** What node-postgres's parser reads unchanged: RFC 3986 user info / path characters, "%" only as %XX. */
const SAFE_USERINFO = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*$/;
const SAFE_PATH = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*$/;

const SSL_FILES = ['sslrootcert', 'sslcert', 'sslkey'] as const;

/** Parses and checks a postgres:// URL; a malformed one is a UsageError naming the problem (password masked). */
export function parseDbUrl(url: string): DbUrl {
  const parts = split(url);
  const masked = parts ? maskedParts(parts) : maskUrl(url);
  const fail = (problem: string): never => {
    throw new UsageError(`invalid database URL ${masked}: ${problem}`);
  };
  if (!parts) fail('it must start with postgres:// or postgresql://');
  const { userinfo, rest } = parts!;
  if (/[\r\n]/.test(url)) fail('it contains a line break');
  let user = '';
  let password: string | undefined;
  if (userinfo !== undefined) {
    const colon = userinfo.indexOf(':');
    user = decode(colon >= 0 ? userinfo.slice(0, colon) : userinfo);
    if (colon >= 0) password = decode(userinfo.slice(colon + 1));
  }

  const hostEnd = HOSTS.exec(rest)![0].length;
  const hostList = rest.slice(0, hostEnd);
  let tail = rest.slice(hostEnd);
  const hash = tail.indexOf('#');
  if (hash >= 0) tail = tail.slice(0, hash);
  const q = tail.indexOf('?');
  const path = q >= 0 ? tail.slice(0, q) : tail;
  const query = q >= 0 ? tail.slice(q + 1) : '';
  if (path !== '' && !path.startsWith('/')) {
    const bad = /^[^/?#]*/.exec(rest.slice(hostEnd))![0];
    if (bad.startsWith('[')) fail(`the IPv6 address "${bad}" has no closing "]" (write it as [::1])`);
    fail(`unexpected "${bad}" after the host "${hostList}"`);
  }
  const hosts = hostList.split(',');
  if (hosts.length > 1) fail(`it names ${hosts.length} hosts (${hosts.join(', ')}); node-postgres connects to one`);
  let host = hosts[0]!;
  let portText: string | undefined;
  if (host.startsWith('[')) {
    const close = host.indexOf(']');
    portText = host.slice(close + 1).startsWith(':') ? host.slice(close + 2) : undefined;
    if (host.slice(close + 1) !== '' && portText === undefined) fail(`unexpected "${host.slice(close + 1)}" after the IPv6 address ${host.slice(0, close + 1)}`);
    host = host.slice(1, close);
  } else {
    const colon = host.indexOf(':');
    if (colon >= 0) {
      portText = host.slice(colon + 1);
      host = host.slice(0, colon);
      if (portText.includes(':')) fail(`an IPv6 address needs brackets: [${host}:${portText}]`);
    }
  }
  const port = portText === undefined || portText === '' ? undefined : checkPort(portText, 'in the URL', fail);

  const params: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(query)) params[k] = v;
  if (params['port'] !== undefined && params['port'] !== '') checkPort(params['port'], 'in the query (port=)', fail);
  for (const key of SSL_FILES) {
    const file = params[key];
    if (file === undefined || file === '') continue;
    try {
      accessSync(file, constants.R_OK);
      if (!statSync(file).isFile()) fail(`${key}=${file} is not a file`);
    } catch (e) {
      if (e instanceof UsageError) throw e;
      fail(`${key}=${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }

  const database = path.length > 1 ? decode(path.slice(1)) : undefined;
  const needsConfig =
    /[\s]/.test(url) ||
    (userinfo !== undefined && !SAFE_USERINFO.test(userinfo)) ||
    !SAFE_PATH.test(path) ||
    /%(?![0-9A-Fa-f]{2})/.test(url);
  return { user, password, host: decode(host), port, database, params, masked, needsConfig };
}

function checkPort(text: string, where: string, fail: (problem: string) => never): number {
  if (!/^\d+$/.test(text)) fail(`the port ${where} must be a number from 1 to 65535 (got "${text}")`);
  const n = Number(text);
  if (n < 1 || n > 65535) fail(`the port ${where} must be from 1 to 65535 (got ${text})`);
  return n;
}

/** The same URL naming another database on the same server (check's scratch database). */
export function withDatabase(url: string, database: string): string {
  const p = split(url);
  if (!p) throw new UsageError(`invalid database URL ${maskUrl(url)}: it must start with postgres:// or postgresql://`);
  const hostEnd = HOSTS.exec(p.rest)![0].length;
  const tail = p.rest.slice(hostEnd);
  const q = tail.search(/[?#]/);
  return `${p.scheme}${p.userinfo !== undefined ? `${p.userinfo}@` : ''}${p.rest.slice(0, hostEnd)}/${encodeURIComponent(database)}${q >= 0 ? tail.slice(q) : ''}`;
}

/**
 * node-postgres's client settings for a URL its own parser would misread: what
 * pg-connection-string makes of a URL (every query parameter as a setting, then user, password,
 * host, port, database, and the ssl options from ssl/sslmode/sslcert/sslkey/sslrootcert), built
 * from our reading of it.
 */
export function clientConfig(u: DbUrl): Record<string, unknown> {
  const c: Record<string, unknown> = { ...u.params };
  const set = (key: string, value: unknown) => {
    if (value === undefined || value === '') delete c[key];
    else c[key] = value;
  };
  set('user', u.params['user'] || u.user);
  set('password', u.params['password'] || u.password);
  set('host', u.params['host'] || u.host);
  set('port', u.params['port'] ? Number(u.params['port']) : u.port);
  set('database', u.database);

  const p = u.params;
  let ssl: unknown = p['ssl'];
  if (ssl === 'true' || ssl === '1') ssl = true;
  if (ssl === '0') ssl = false;
  if (p['sslcert'] || p['sslkey'] || p['sslrootcert'] || p['sslmode']) ssl = {};
  if (p['sslnegotiation'] === 'direct' && ssl === undefined) ssl = true;
  if (typeof ssl === 'object' && ssl !== null) {
    const o = ssl as Record<string, unknown>;
    if (p['sslcert']) o['cert'] = readFileSync(p['sslcert']).toString();
    if (p['sslkey']) o['key'] = readFileSync(p['sslkey']).toString();
    if (p['sslrootcert']) o['ca'] = readFileSync(p['sslrootcert']).toString();
    const mode = p['sslmode'];
    if (p['uselibpqcompat'] === 'true') {
      if (mode === 'disable') ssl = false;
      else if (mode === 'prefer') o['rejectUnauthorized'] = false;
      else if (mode === 'require') {
        if (p['sslrootcert']) o['checkServerIdentity'] = () => undefined;
        else o['rejectUnauthorized'] = false;
      } else if (mode === 'verify-ca') {
        if (!o['ca']) throw new UsageError(`invalid database URL ${u.masked}: sslmode=verify-ca needs sslrootcert (the CA to verify against)`);
        o['checkServerIdentity'] = () => undefined;
      }
    } else if (mode === 'disable') ssl = false;
    else if (mode === 'no-verify') o['rejectUnauthorized'] = false;
  }
  set('ssl', ssl);
  return c;
}

const JDBC = /^jdbc:postgresql:/i;

/** PgJDBC connection properties and what node-postgres calls them (the rest are warned about). */
const JDBC_PARAMS: Record<string, string> = {
  sslmode: 'sslmode',
  ssl: 'ssl',
  sslrootcert: 'sslrootcert',
  sslcert: 'sslcert',
  sslkey: 'sslkey',
  ApplicationName: 'application_name',
  connectTimeout: 'connect_timeout',
  options: 'options',
};

export interface PostgresUrl {
  /** A postgres:// URL node-postgres takes (a secret: print it only through maskUrl). */
  url: string;
  /** JDBC properties that have no node-postgres equivalent and were left out, one line each. */
  warnings: string[];
}

/**
 * A database URL as node-postgres takes it. `jdbc:postgresql:` URLs (PgJDBC's forms, see its
 * Driver.parseURL: `jdbc:postgresql:db`, `jdbc:postgresql:/`, `jdbc:postgresql://host[:port]/[db]`,
 * `[::1]` for IPv6, properties as `?key=value&…`, values URL-decoded as java.net.URLDecoder does, so
 * `+` is a space) become postgres:// URLs: `user` / `password` go into the user info (encoded),
 * `ApplicationName` → `application_name`, `connectTimeout` → `connect_timeout` (both seconds),
 * `currentSchema` → `options=-c search_path=…`, sslmode/ssl/sslrootcert/sslcert/sslkey are kept
 * (`sslmode=allow` reads as `prefer`); other properties are left out with a warning.
 * `fallback` (Flyway's separate user / password settings) fills what the URL does not say: in
 * PgJDBC the URL's properties win over those given beside it.
 * Several hosts are a UsageError (node-postgres connects to one). Other URLs are returned as given.
 */
export function toPostgresUrl(url: string, fallback: { user?: string; password?: string } = {}): PostgresUrl {
  if (!JDBC.test(url)) return { url, warnings: [] };
  const shown = maskUrl(url);
  const fail = (problem: string): never => {
    // The URL last: masking it again (maskUrl runs on every message printed) then changes nothing.
    throw new UsageError(`invalid JDBC URL: ${problem}: ${shown}`);
  };
  let body = url.slice('jdbc:postgresql:'.length);
  const q = body.indexOf('?');
  const query = q >= 0 ? body.slice(q + 1) : '';
  if (q >= 0) body = body.slice(0, q);
  let hostPort = '';
  let database = body;
  if (body.startsWith('//')) {
    const slash = body.indexOf('/', 2);
    hostPort = slash >= 0 ? body.slice(2, slash) : body.slice(2);
    database = slash >= 0 ? body.slice(slash + 1) : '';
  } else if (body.startsWith('/')) database = body.slice(1);
  if (hostPort.includes('@')) fail('PgJDBC takes the user and password as the query parameters user and password, or Flyway\'s user and password settings, not before the host');
  if (hostPort.includes(',')) fail(`it names several hosts (${hostPort}); node-postgres connects to one`);
  if (hostPort !== '' && !/^(?:\[[0-9A-Fa-f:.%\w]+\]|[^:[\]/]+)(?::\d*)?$/.test(hostPort)) fail(`"${hostPort}" is not host[:port] (an IPv6 address is written [::1])`);
  const jdbcDecode = (s: string) => {
    try {
      return decodeURIComponent(s.replace(/\+/g, ' '));
    } catch {
      return fail(`"${s}" is not valid percent-encoding`);
    }
  };
  const params = new URLSearchParams(query);
  const user = params.get('user') ?? fallback.user;
  const password = params.get('password') ?? fallback.password;
  const out = new URLSearchParams();
  const warnings: string[] = [];
  for (const [key, value] of params) {
    if (key === 'user' || key === 'password') continue;
    if (key === 'currentSchema') out.set('options', `-c search_path=${value.replace(/([\\ ])/g, '\\$1')}`);
    else if (key === 'sslmode' && value === 'allow') out.set('sslmode', 'prefer');
    else if (JDBC_PARAMS[key]) out.set(JDBC_PARAMS[key]!, value);
    else warnings.push(`the JDBC property ${key} has no node-postgres equivalent and is not used: ${shown}`);
  }
  const userinfo = user === undefined || user === '' ? '' : `${encodeURIComponent(user)}${password ? `:${encodeURIComponent(password)}` : ''}@`;
  // PgJDBC reads no PG* environment variables: a missing host is localhost, a missing port 5432,
  // and a missing database is sent as none, which PostgreSQL takes as the user's name. Written out
  // here, so that node-postgres does not fill them from PGHOST, PGPORT or PGDATABASE instead.
  const hasPort = /^(?:\[[^\]]*\]|[^:]*):\d+$/.test(hostPort);
  const authority = `${hostPort.replace(/:$/, '') || 'localhost'}${hasPort ? '' : ':5432'}`;
  const db = jdbcDecode(database) || (user ?? '');
  const search = out.toString();
  return { url: `postgres://${userinfo}${authority}/${encodeURIComponent(db)}${search ? `?${search}` : ''}`, warnings };
}
