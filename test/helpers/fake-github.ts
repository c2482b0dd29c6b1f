/**
 * A fake GitHub REST API on 127.0.0.1 (a real HTTP server on a random port) serving the endpoints
 * the Action calls: pull request files, issue comments (list/create/update/delete), contents and
 * blobs, a commit's pull requests, a pull request's reviews and the repository, with GitHub's pagination (`per_page`, `page`, RFC 5988 Link headers). It records every
 * request and answers failures on demand (`failNext`). `checkAgainstOpenApi` checks recorded
 * requests against GitHub's published OpenAPI description (@octokit/openapi).
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Decoded path, e.g. /repos/o/r/contents/db/V1__a.sql */
  path: string;
  /** The path as sent on the wire (percent-encoding kept). */
  rawPath: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or undefined. */
  body: unknown;
  /** The status answered. */
  status?: number;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface FakeFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

/** A pull request as the commit's pulls list and the reviews endpoint need it. */
export interface FakePull {
  number: number;
  /** Login of the author. */
  author: string;
  base: string;
  /** ISO time, or null when not merged. */
  merged_at: string | null;
  state?: 'open' | 'closed';
}

export interface FakeReview {
  reviewer: string | null;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  submitted_at?: string;
}

export interface Failure {
  status: number;
  /** Only requests with this method (default: any). */
  method?: string;
  /** Only requests whose decoded path matches (default: any). */
  path?: RegExp;
  headers?: Record<string, string>;
  message?: string;
}

const BOT = { login: 'github-actions[bot]', type: 'Bot' };

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  /** The token the server accepts; other tokens get 401. Undefined accepts any. */
  token: string | undefined;
  private readonly server: Server;
  private readonly pullFiles = new Map<string, FakeFile[]>();
  private readonly comments = new Map<string, FakeComment[]>();
  private readonly files = new Map<string, Buffer>();
  private readonly failures: Failure[] = [];
  private readonly commitPulls = new Map<string, FakePull[]>();
  private readonly reviews = new Map<string, FakeReview[]>();
  private readonly repos = new Map<string, { default_branch: string }>();
  private nextId = 1000;
  url = '';

  private constructor() {
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch((e: unknown) => {
        if (!res.headersSent) this.json(res, 500, { message: `fake-github: ${String(e)}` });
      });
    });
  }

  static async start(token?: string): Promise<FakeGitHub> {
    const gh = new FakeGitHub();
    gh.token = token;
    await new Promise<void>((resolve) => gh.server.listen(0, '127.0.0.1', resolve));
    gh.url = `http://127.0.0.1:${(gh.server.address() as AddressInfo).port}`;
    return gh;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  setPullFiles(owner: string, repo: string, pull: number, files: FakeFile[]): void {
    this.pullFiles.set(`${owner}/${repo}#${pull}`, files);
  }

  /** Adds comments (by the given user, default a human) and returns them. */
  addComments(owner: string, repo: string, issue: number, bodies: string[], user = { login: 'octocat', type: 'User' }): FakeComment[] {
    const list = this.commentsOf(owner, repo, issue);
    const added = bodies.map((body) => ({ id: this.nextId++, body, user }));
    list.push(...added);
    return added;
  }

  commentsOf(owner: string, repo: string, issue: number): FakeComment[] {
    const key = `${owner}/${repo}#${issue}`;
    let list = this.comments.get(key);
    if (!list) this.comments.set(key, (list = []));
    return list;
  }

  setFile(owner: string, repo: string, ref: string, path: string, content: string | Uint8Array): void {
    this.files.set(`${owner}/${repo}@${ref}:${path}`, Buffer.from(content));
  }

  /** The pull requests GET /repos/{o}/{r}/commits/{sha}/pulls lists for `sha`. */
  setCommitPulls(owner: string, repo: string, sha: string, pulls: FakePull[]): void {
    this.commitPulls.set(`${owner}/${repo}@${sha}`, pulls);
  }

  /** A pull request's reviews, oldest first (GET /repos/{o}/{r}/pulls/{n}/reviews). */
  setReviews(owner: string, repo: string, pull: number, reviews: FakeReview[]): void {
    this.reviews.set(`${owner}/${repo}#${pull}`, reviews);
  }

  /** The repository (GET /repos/{o}/{r}). */
  setRepo(owner: string, repo: string, data: { default_branch: string }): void {
    this.repos.set(`${owner}/${repo}`, data);
  }

  /** The next `count` matching requests are answered with `status` (before any other handling). */
  failNext(count: number, status: number, options: Omit<Failure, 'status'> = {}): void {
    for (let i = 0; i < count; i++) this.failures.push({ status, ...options });
  }

  /** The recorded requests with this method whose decoded path matches. */
  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const rec: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      rawPath: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: raw ? (JSON.parse(raw) as unknown) : undefined,
    };
    this.requests.push(rec);
    const send = (status: number, data: unknown, headers: Record<string, string> = {}): void => {
      rec.status = status;
      this.json(res, status, data, headers);
    };

    const i = this.failures.findIndex((f) => (!f.method || f.method === rec.method) && (!f.path || f.path.test(rec.path)));
    if (i >= 0) {
      const f = this.failures.splice(i, 1)[0]!;
      return send(f.status, { message: f.message ?? defaultMessage(f.status), documentation_url: 'https://docs.github.com/rest' }, f.headers);
    }
    if (this.token !== undefined && req.headers.authorization !== `token ${this.token}`) {
      return send(401, { message: 'Bad credentials' });
    }

    const segs = url.pathname.split('/').slice(1); // keep encoding: {path} may hold %2F
    const [r0, owner, repo, kind, ...rest] = segs;
    if (r0 !== 'repos' || !owner || !repo) return send(404, { message: 'Not Found' });
    const m = rec.method;

    if (kind === undefined && m === 'GET') {
      const data = this.repos.get(`${owner}/${repo}`);
      if (!data) return send(404, { message: 'Not Found' });
      return send(200, { id: 1, name: repo, full_name: `${owner}/${repo}`, private: false, ...data });
    }
    if (kind === 'commits' && rest.length === 2 && rest[1] === 'pulls' && m === 'GET') {
      const pulls = this.commitPulls.get(`${owner}/${repo}@${rest[0]}`) ?? [];
      return this.page(url, send, pulls.map((p) => this.pullJson(owner, repo, p)));
    }
    if (kind === 'pulls' && rest.length === 2 && rest[1] === 'reviews' && m === 'GET') {
      const list = this.reviews.get(`${owner}/${repo}#${rest[0]}`) ?? [];
      return this.page(
        url,
        send,
        list.map((r, i) => ({
          id: 5000 + i,
          node_id: `PRR_${i}`,
          user: r.reviewer === null ? null : { login: r.reviewer, id: 7, type: 'User' },
          body: '',
          state: r.state,
          html_url: '',
          pull_request_url: '',
          author_association: 'MEMBER',
          _links: { html: { href: '' }, pull_request: { href: '' } },
          commit_id: 'c'.repeat(40),
          ...(r.state === 'PENDING' ? {} : { submitted_at: r.submitted_at ?? new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString() }),
        })),
      );
    }
    if (kind === 'pulls' && rest.length === 2 && rest[1] === 'files' && m === 'GET') {
      const files = this.pullFiles.get(`${owner}/${repo}#${rest[0]}`);
      if (!files) return send(404, { message: 'Not Found' });
      return this.page(url, send, files.map((f) => ({ sha: 'a'.repeat(40), additions: 1, deletions: 0, changes: 1, blob_url: '', raw_url: '', contents_url: '', ...f })));
    }
    if (kind === 'issues' && rest.length === 2 && rest[1] === 'comments') {
      const list = this.commentsOf(owner, repo, Number(rest[0]));
      if (m === 'GET') return this.page(url, send, list.map((c) => this.commentJson(owner, repo, Number(rest[0]), c)));
      if (m === 'POST') {
        const body = (rec.body as { body?: unknown } | undefined)?.body;
        if (typeof body !== 'string') return send(422, { message: 'Invalid request. "body" wasn\'t supplied.' });
        const c = { id: this.nextId++, body, user: BOT };
        list.push(c);
        return send(201, this.commentJson(owner, repo, Number(rest[0]), c));
      }
    }
    if (kind === 'issues' && rest.length === 2 && rest[0] === 'comments' && (m === 'PATCH' || m === 'DELETE' || m === 'GET')) {
      const id = Number(rest[1]);
      for (const [key, list] of this.comments) {
        const at = list.findIndex((c) => c.id === id);
        if (at < 0 || !key.startsWith(`${owner}/${repo}#`)) continue;
        const c = list[at]!;
        const issue = Number(key.split('#')[1]);
        if (m === 'DELETE') {
          list.splice(at, 1);
          rec.status = 204;
          res.writeHead(204).end();
          return;
        }
        if (m === 'PATCH') {
          const body = (rec.body as { body?: unknown } | undefined)?.body;
          if (typeof body !== 'string') return send(422, { message: 'Invalid request.' });
          c.body = body;
        }
        return send(200, this.commentJson(owner, repo, issue, c));
      }
      return send(404, { message: 'Not Found' });
    }
    if (kind === 'contents' && m === 'GET') {
      const path = decodeURIComponent(rest.join('/'));
      const ref = url.searchParams.get('ref') ?? 'main';
      const content = this.files.get(`${owner}/${repo}@${ref}:${path}`);
      if (!content) return send(404, { message: 'Not Found' });
      const sha = blobSha(content);
      this.files.set(`${owner}/${repo}@blob:${sha}`, content);
      const large = content.length > 1024 * 1024;
      return send(200, {
        type: 'file',
        encoding: large ? 'none' : 'base64',
        size: content.length,
        name: path.split('/').pop(),
        path,
        content: large ? '' : (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n'),
        sha,
        url: `${this.url}/repos/${owner}/${repo}/contents/${path}?ref=${ref}`,
        git_url: null,
        html_url: null,
        download_url: null,
        _links: { self: '', git: null, html: null },
      });
    }
    if (kind === 'git' && rest[0] === 'blobs' && rest.length === 2 && m === 'GET') {
      const content = this.files.get(`${owner}/${repo}@blob:${rest[1]}`);
      if (!content) return send(404, { message: 'Not Found' });
      return send(200, { sha: rest[1], size: content.length, url: '', node_id: '', encoding: 'base64', content: content.toString('base64') });
    }
    return send(404, { message: 'Not Found' });
  }

  private pullJson(owner: string, repo: string, p: FakePull): Record<string, unknown> {
    return {
      id: p.number,
      number: p.number,
      state: p.state ?? (p.merged_at ? 'closed' : 'open'),
      title: `PR ${p.number}`,
      user: { login: p.author, id: 2, type: 'User' },
      merged_at: p.merged_at,
      base: { ref: p.base, sha: 'b'.repeat(40), label: `${owner}:${p.base}` },
      head: { ref: `feature-${p.number}`, sha: 'h'.repeat(40), label: `${owner}:feature-${p.number}` },
      html_url: `https://github.com/${owner}/${repo}/pull/${p.number}`,
    };
  }

  private commentJson(owner: string, repo: string, issue: number, c: FakeComment): Record<string, unknown> {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.url}/repos/${owner}/${repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${c.id}`,
      issue_url: `${this.url}/repos/${owner}/${repo}/issues/${issue}`,
      body: c.body,
      user: { ...c.user, id: 1 },
      author_association: 'NONE',
      created_at: '2024-01-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z',
    };
  }

  /** GitHub's pagination: per_page (default 30, max 100), page (from 1), Link header. */
  private page(
    url: URL,
    send: (status: number, data: unknown, headers?: Record<string, string>) => void,
    items: unknown[],
  ): void {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number, rel: string): string => {
      const u = new URL(url.pathname, this.url);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(p));
      return `<${u.href}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    send(200, items.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {});
  }

  private json(res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(data));
  }
}

function defaultMessage(status: number): string {
  if (status === 403) return 'Resource not accessible by integration';
  if (status === 429) return 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';
  if (status === 404) return 'Not Found';
  return 'Server Error';
}

function blobSha(content: Buffer): string {
  // Not git's real hash (no need); stable and content-addressed.
  let h = 0;
  for (const b of content) h = (h * 31 + b) >>> 0;
  return h.toString(16).padStart(40, '0');
}

// ---------------------------------------------------------------------------------------------
// GitHub's OpenAPI description

interface OpenApiOperation {
  parameters?: Array<{ $ref?: string; name?: string; in?: string; required?: boolean }>;
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
}
interface JsonSchema {
  $ref?: string;
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
}
interface OpenApi {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: Record<string, Record<string, unknown>>;
}

let spec: OpenApi | undefined;
function openApi(): OpenApi {
  if (!spec) {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve('@octokit/openapi/package.json'));
    spec = JSON.parse(readFileSync(join(dir, 'generated/api.github.com.json'), 'utf8')) as OpenApi;
  }
  return spec;
}

function deref<T>(value: T & { $ref?: string }): T {
  let v: unknown = value;
  while (v && typeof v === 'object' && '$ref' in v && typeof (v as { $ref: unknown }).$ref === 'string') {
    const parts = (v as { $ref: string }).$ref.replace(/^#\//, '').split('/');
    v = parts.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], openApi());
  }
  return v as T;
}

export interface SpecMatch {
  /** e.g. "POST /repos/{owner}/{repo}/issues/{issue_number}/comments" */
  operation: string;
}

/**
 * Checks one recorded request against api.github.com's OpenAPI description: the method and path
 * name an operation, every query parameter is one of its parameters, a body is sent exactly when
 * the operation takes one, carries its required properties and no undeclared ones. Returns the
 * operation, or throws with what is wrong.
 */
export function checkAgainstOpenApi(r: RecordedRequest): SpecMatch {
  const method = r.method.toLowerCase();
  const segs = r.rawPath.split('/');
  let found: { template: string; op: OpenApiOperation } | undefined;
  for (const [template, ops] of Object.entries(openApi().paths)) {
    const op = ops[method];
    if (!op) continue;
    const t = template.split('/');
    const multi = t.length > 0 && /^\{path\}$/.test(t[t.length - 1]!);
    if (multi ? segs.length < t.length : segs.length !== t.length) continue;
    if (t.every((s, i) => (s.startsWith('{') && s.endsWith('}') ? (segs[i] ?? '') !== '' : s === segs[i]))) {
      // Prefer literal segments over parameters (e.g. /issues/comments/{id} over /issues/{n}/comments).
      if (!found || literalCount(template) > literalCount(found.template)) found = { template, op };
    }
  }
  if (!found) throw new Error(`${r.method} ${r.rawPath}: no such operation in GitHub's OpenAPI description`);
  const operation = `${r.method} ${found.template}`;
  const params = (found.op.parameters ?? []).map((p) => deref(p as { $ref?: string; name?: string; in?: string; required?: boolean }));
  const queryNames = new Set(params.filter((p) => p.in === 'query').map((p) => p.name));
  for (const q of Object.keys(r.query)) {
    if (!queryNames.has(q)) throw new Error(`${operation}: query parameter "${q}" is not in the description`);
  }
  for (const p of params) {
    if (p.in === 'query' && p.required && !(p.name! in r.query)) throw new Error(`${operation}: required query parameter "${p.name}" missing`);
  }
  const schemaRef = found.op.requestBody?.content?.['application/json']?.schema;
  if (!schemaRef) {
    if (r.body !== undefined) throw new Error(`${operation}: takes no body, got ${JSON.stringify(r.body)}`);
    return { operation };
  }
  if (r.body === undefined) {
    if (found.op.requestBody?.required) throw new Error(`${operation}: body required`);
    return { operation };
  }
  const schema = deref(schemaRef);
  if (schema.type === 'object') {
    if (typeof r.body !== 'object' || r.body === null || Array.isArray(r.body)) throw new Error(`${operation}: body must be an object`);
    const body = r.body as Record<string, unknown>;
    for (const k of schema.required ?? []) if (!(k in body)) throw new Error(`${operation}: body lacks required "${k}"`);
    for (const [k, v] of Object.entries(body)) {
      const prop = schema.properties?.[k];
      if (!prop) throw new Error(`${operation}: body property "${k}" is not in the description`);
      const p = deref(prop);
      if (p.type === 'string' && typeof v !== 'string') throw new Error(`${operation}: body "${k}" must be a string`);
    }
  }
  return { operation };
}

function literalCount(template: string): number {
  return template.split('/').filter((s) => s && !s.startsWith('{')).length;
}
