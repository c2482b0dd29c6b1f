/**
 * A fake of GitHub Actions' cache service, v2 (the one github.com serves; @actions/cache 6 speaks
 * it when ACTIONS_CACHE_SERVICE_V2 is set and ACTIONS_RESULTS_URL names the service), on
 * 127.0.0.1, recording every request:
 *
 * - Twirp JSON, POST /twirp/github.actions.results.api.v1.CacheService/<Method>, with the runtime
 *   token as Bearer (ACTIONS_RUNTIME_TOKEN), fields by their proto names:
 *   - GetCacheEntryDownloadURL {key, restore_keys, version} → {ok, signed_download_url, matched_key}:
 *     among the finalized entries of the same version, the key exactly, then an entry whose key
 *     starts with it, then the same for each restore key in order; among several, the newest.
 *     A miss is 200 {ok: false} (the generated client reads it as "not found").
 *   - CreateCacheEntry {key, version} → {ok, signed_upload_url}; a key and version already
 *     reserved or saved is a Twirp error 409 `already_exists` (the service's answer; the client
 *     then reports "another job may be creating this cache").
 *   - FinalizeCacheEntryUpload {key, version, size_bytes} → {ok, entry_id}; the uploaded blob must
 *     have size_bytes bytes.
 * - The signed URLs, as Azure Blob Storage answers them
 *   (http://127.0.0.1:port/<account>/<container>/<blob>?<sas>): the upload is @azure/storage-blob's
 *   BlockBlobClient.uploadFile, which sends a file up to 128 MiB as one PUT of the whole blob
 *   (x-ms-blob-type: BlockBlob) → 201; the download is a plain GET through @actions/http-client
 *   (the client takes the Azure SDK's ranged download only for *.blob.core.windows.net hosts) →
 *   200 with the bytes. Anything else (block uploads, other operations) is a 400 and recorded,
 *   so a test sees the client doing something this fake does not serve.
 *
 * `failWith` answers every request with that status instead (a broken service).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CacheRequest {
  method: string;
  /** The path without the query. */
  path: string;
  /** The Twirp method (GetCacheEntryDownloadURL, CreateCacheEntry, FinalizeCacheEntryUpload), for Twirp calls. */
  twirp?: string;
  /** The Twirp request's JSON body. */
  body?: Record<string, unknown>;
  authorization?: string;
  status: number;
}

interface Entry {
  id: number;
  key: string;
  version: string;
  blob?: Buffer;
  finalized: boolean;
  createdAt: number;
}

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';

export class FakeCacheService {
  readonly requests: CacheRequest[] = [];
  readonly entries: Entry[] = [];
  /** When set, every request is answered with this status and a Twirp error body. */
  failWith: number | undefined;
  private seq = 0;
  private readonly server: Server;

  private constructor(readonly token: string) {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks)));
    });
  }

  static async start(token = 'runtime-token'): Promise<FakeCacheService> {
    const s = new FakeCacheService(token);
    await new Promise<void>((resolve) => s.server.listen(0, '127.0.0.1', resolve));
    return s;
  }

  /** ACTIONS_RESULTS_URL: the service's base URL (with the trailing slash the runner gives it). */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /** The variables a runner sets for a job that may use the cache service v2. */
  env(): Record<string, string> {
    return { ACTIONS_CACHE_SERVICE_V2: 'True', ACTIONS_RESULTS_URL: this.url, ACTIONS_RUNTIME_TOKEN: this.token };
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The recorded Twirp calls of `method`. */
  calls(method: string): CacheRequest[] {
    return this.requests.filter((r) => r.twirp === method);
  }

  /** The keys of the finalized entries, oldest first. */
  savedKeys(): string[] {
    return this.entries.filter((e) => e.finalized).map((e) => e.key);
  }

  private handle(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rec: CacheRequest = { method: req.method ?? '', path: url.pathname, status: 0, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) };
    this.requests.push(rec);
    const send = (status: number, headers: Record<string, string | number> = {}, payload?: Buffer | string) => {
      rec.status = status;
      res.writeHead(status, headers);
      res.end(payload);
    };
    const json = (status: number, value: unknown) => send(status, { 'content-type': 'application/json' }, JSON.stringify(value));
    if (url.pathname.startsWith(SERVICE)) {
      rec.twirp = url.pathname.slice(SERVICE.length);
      try {
        rec.body = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      } catch {
        return json(400, { code: 'malformed', msg: 'the body is not JSON' });
      }
    }
    if (this.failWith !== undefined) return json(this.failWith, { code: 'internal', msg: 'the fake cache service is failing' });
    if (rec.twirp !== undefined) {
      if (req.method !== 'POST') return json(405, { code: 'bad_route', msg: 'Twirp takes POST' });
      if (req.headers.authorization !== `Bearer ${this.token}`) return json(401, { code: 'unauthenticated', msg: 'no runtime token' });
      const [status, value] = this.twirp(rec.twirp, rec.body ?? {});
      return json(status, value);
    }
    this.blob(req, url, body, send);
  }

  private signed(entry: Entry, op: 'r' | 'w'): string {
    return `${this.url}fakeaccount/actions-cache/${entry.id}?sv=2024-11-04&sp=${op}&sig=fake`;
  }

  private twirp(method: string, b: Record<string, unknown>): [number, unknown] {
    const version = String(b['version'] ?? '');
    const key = String(b['key'] ?? '');
    if (!key || !version) return [400, { code: 'invalid_argument', msg: 'key and version are required' }];
    switch (method) {
      case 'GetCacheEntryDownloadURL': {
        const ready = this.entries.filter((e) => e.finalized && e.version === version).sort((x, y) => y.createdAt - x.createdAt || y.id - x.id);
        const restoreKeys = Array.isArray(b['restore_keys']) ? (b['restore_keys'] as unknown[]).map(String) : [];
        for (const k of [key, ...restoreKeys]) {
          const hit = ready.find((e) => e.key === k) ?? ready.find((e) => e.key.startsWith(k));
          if (hit) return [200, { ok: true, signed_download_url: this.signed(hit, 'r'), matched_key: hit.key }];
        }
        return [200, { ok: false }];
      }
      case 'CreateCacheEntry': {
        if (this.entries.some((e) => e.key === key && e.version === version)) {
          return [409, { code: 'already_exists', msg: 'cache entry with the same key, version, and scope already exists' }];
        }
        const entry: Entry = { id: ++this.seq, key, version, finalized: false, createdAt: Date.now() };
        this.entries.push(entry);
        return [200, { ok: true, signed_upload_url: this.signed(entry, 'w') }];
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = this.entries.find((e) => e.key === key && e.version === version && !e.finalized);
        if (!entry?.blob) return [200, { ok: false, message: 'no upload for this key' }];
        if (String(entry.blob.length) !== String(b['size_bytes'])) return [200, { ok: false, message: `size_bytes ${String(b['size_bytes'])} is not the ${entry.blob.length} bytes uploaded` }];
        entry.finalized = true;
        return [200, { ok: true, entry_id: String(entry.id) }];
      }
      default:
        return [404, { code: 'bad_route', msg: `no method ${method}` }];
    }
  }

  private blob(req: IncomingMessage, url: URL, body: Buffer, send: (status: number, headers?: Record<string, string | number>, payload?: Buffer | string) => void): void {
    const m = /^\/fakeaccount\/actions-cache\/(\d+)$/.exec(url.pathname);
    const entry = m ? this.entries.find((e) => e.id === Number(m[1])) : undefined;
    const common = { 'x-ms-request-id': `req-${this.requests.length}`, 'x-ms-version': '2024-11-04', date: new Date().toUTCString() };
    const error = (status: number, code: string) => send(status, { ...common, 'x-ms-error-code': code, 'content-type': 'application/xml' }, `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`);
    if (!entry || url.searchParams.get('sig') !== 'fake') return error(404, 'BlobNotFound');
    const props = { ...common, etag: `"0x${entry.id.toString(16)}"`, 'last-modified': new Date(entry.createdAt).toUTCString() };
    if (req.method === 'PUT' && !url.searchParams.has('comp')) {
      if (url.searchParams.get('sp') !== 'w' || entry.finalized) return error(403, 'AuthorizationPermissionMismatch');
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob') return error(400, 'InvalidHeaderValue');
      entry.blob = body;
      return send(201, { ...props, 'x-ms-request-server-encrypted': 'true' });
    }
    if (!entry.finalized || !entry.blob || url.searchParams.get('sp') !== 'r') return error(404, 'BlobNotFound');
    if (req.method === 'GET') return send(200, { ...props, 'x-ms-blob-type': 'BlockBlob', 'content-type': 'application/octet-stream', 'content-length': entry.blob.length }, entry.blob);
    error(400, 'UnsupportedOperation');
  }
}
