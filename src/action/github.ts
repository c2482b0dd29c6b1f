/**
 * The GitHub REST API as the Action uses it: the pull request's changed files, a file's content at
 * a commit, the one living PR comment (found by a hidden marker, updated in place), and for the
 * deploy modes' review check (review.ts) a commit's pull requests, their reviews and the default branch.
 *
 * Built on `@actions/github`'s Octokit with the retry and throttling plugins, so 5xx and 429 answers
 * are retried with back-off by Octokit itself. The token only ever travels in the Authorization
 * header; nothing here logs it (Octokit's own errors redact it too).
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';

export interface ChangedFile {
  filename: string;
  /** added, removed, modified, renamed, copied, changed or unchanged (GitHub's words). */
  status: string;
  /** The old name of a renamed or copied file. */
  previous_filename?: string;
}

/** A pull request as GET /repos/{o}/{r}/commits/{sha}/pulls lists it. */
export interface CommitPull {
  number: number;
  /** open or closed */
  state: string;
  /** ISO time of the merge; null when not merged. */
  mergedAt: string | null;
  /** The branch it was opened against (merged into). */
  baseRef: string;
  author?: string;
}

/** One pull request review. `state`: APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED or PENDING (GitHub's words). */
export interface Review {
  id: number;
  /** Login; undefined for a deleted account. */
  reviewer?: string;
  state: string;
  submittedAt?: string;
}

export interface CommentResult {
  action: 'created' | 'updated' | 'skipped';
  /** Why nothing was written (skipped only): meant for the log. */
  reason?: string;
  /** The comment's id and address (created/updated only). */
  id?: number;
  url?: string;
}

export interface GitHubLog {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
}

export interface GitHubClientOptions {
  token: string;
  /** REST API root; default `GITHUB_API_URL`, else https://api.github.com. */
  baseUrl?: string;
  /** 5xx and other retryable answers: how many retries, and the base of the back-off (ms × retry²). */
  retries?: number;
  retryBaseMs?: number;
  /**
   * Rate limits (429, or 403 with x-ratelimit-remaining: 0): how many retries, how long one second of
   * `retry-after` / `x-ratelimit-reset` lasts (ms; 1000 in production), and the longest wait accepted
   * before giving up (seconds of the server's clock).
   */
  rateLimitRetries?: number;
  rateLimitSecondMs?: number;
  maxRateLimitWaitSeconds?: number;
  /**
   * Spacing of write requests (ms). Octokit's default (1 s between writes, 3 s between writes that
   * notify, as GitHub asks of integrations) unless given; tests pass 0.
   */
  writeSpacingMs?: number;
  log?: GitHubLog;
}

/** GitHub stops listing a pull request's files here. */
export const MAX_PULL_FILES = 3000;

const coreLog: GitHubLog = { debug: core.debug, info: core.info, warning: core.warning };

interface HttpError {
  status: number;
  message: string;
}

function httpError(e: unknown): HttpError | undefined {
  if (typeof e === 'object' && e !== null && 'status' in e && typeof (e as { status: unknown }).status === 'number') {
    return { status: (e as { status: number }).status, message: e instanceof Error ? e.message : String(e) };
  }
  return undefined;
}

export type GitHubClient = ReturnType<typeof createGitHubClient>;

export function createGitHubClient(options: GitHubClientOptions) {
  const log = options.log ?? coreLog;
  const baseUrl = (options.baseUrl ?? (process.env['GITHUB_API_URL'] || 'https://api.github.com')).replace(/\/+$/, '');
  const rateLimitRetries = options.rateLimitRetries ?? 3;
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, req: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const again = retryCount < rateLimitRetries && retryAfter <= maxWait;
      log.warning(
        `GitHub ${kind} rate limit on ${req.method} ${req.url}; ${again ? `retrying after ${retryAfter} s` : 'giving up'}`,
      );
      return again;
    };
  const spacing = options.writeSpacingMs;
  const groups =
    spacing === undefined
      ? {}
      : {
          write: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing }),
          notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing }),
        };
  const octokit = getOctokit(
    options.token,
    {
      baseUrl,
      log: { debug: log.debug, info: log.info, warn: log.warning, error: log.warning },
      // 5xx and the like: the retry plugin. Rate limits (429, and 403 with x-ratelimit-remaining: 0)
      // belong to the throttling plugin, which waits as long as GitHub's retry-after / reset asks;
      // the retry plugin would retry them sooner (it sits inside the throttling plugin).
      retry: {
        retries: options.retries ?? 3,
        retryAfterBaseValue: options.retryBaseMs ?? 1000,
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
      throttle: {
        retryAfterBaseValue: options.rateLimitSecondMs ?? 1000,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        ...groups,
      },
    },
    retry,
    throttling,
  );

  /** The files a pull request changes, all pages (GitHub lists at most 3000). */
  async function listChangedFiles(owner: string, repo: string, pull: number): Promise<ChangedFile[]> {
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pull, per_page: 100 });
    if (files.length >= MAX_PULL_FILES) {
      log.warning(`Pull request #${pull} changes ${files.length}+ files; GitHub lists only the first ${MAX_PULL_FILES}.`);
    }
    return files.map((f) => {
      const out: ChangedFile = { filename: f.filename, status: f.status };
      if (f.previous_filename !== undefined) out.previous_filename = f.previous_filename;
      return out;
    });
  }

  /** A file's bytes at a commit, branch or tag; undefined when there is no file at that path. */
  async function getFileAt(owner: string, repo: string, path: string, ref: string): Promise<Uint8Array | undefined> {
    let data: unknown;
    try {
      ({ data } = await octokit.rest.repos.getContent({ owner, repo, path, ref }));
    } catch (e) {
      if (httpError(e)?.status === 404) return undefined;
      throw e;
    }
    if (Array.isArray(data) || typeof data !== 'object' || data === null) return undefined; // a directory
    const file = data as { type?: string; encoding?: string; content?: string; sha?: string };
    if (file.type !== 'file') return undefined; // symlink or submodule
    if (file.encoding === 'base64' && typeof file.content === 'string') return Buffer.from(file.content, 'base64');
    // Over 1 MB the contents API leaves `content` empty (encoding "none"); the blob API has it.
    if (!file.sha) throw new Error(`GitHub returned no content for ${path}@${ref}`);
    const blob = await octokit.rest.git.getBlob({ owner, repo, file_sha: file.sha });
    return Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8');
  }

  function skippedFor(e: unknown, what: string): CommentResult | undefined {
    const err = httpError(e);
    if (err?.status !== 403) return undefined;
    return {
      action: 'skipped',
      reason:
        `the token may not ${what} (HTTP 403: ${err.message}). Pull requests from forks get a read-only ` +
        'GITHUB_TOKEN; the report is still in the job summary and the annotations.',
    };
  }

  /**
   * The one comment carrying `marker` (a hidden `<!-- … -->`) on an issue or pull request: updated
   * in place when it exists among all the comments, else created. A 403 (read-only token on a fork
   * PR) does not throw; it returns `skipped` with the reason to log. With `create: false` an
   * existing comment is updated but none is created.
   */
  async function upsertComment(
    owner: string,
    repo: string,
    issue: number,
    marker: string,
    body: string,
    options: { create?: boolean } = {},
  ): Promise<CommentResult> {
    if (!marker) throw new Error('upsertComment needs a non-empty marker');
    const text = body.includes(marker) ? body : `${marker}\n${body}`;
    let existing: { id: number } | undefined;
    try {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: 100,
      });
      for await (const page of pages) {
        existing = page.data.find((c) => c.body?.includes(marker));
        if (existing) break;
      }
    } catch (e) {
      const skipped = skippedFor(e, 'read the comments');
      if (skipped) return skipped;
      throw e;
    }
    try {
      if (existing) {
        const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: text });
        return { action: 'updated', id: data.id, url: data.html_url };
      }
      if (options.create === false) return { action: 'skipped', reason: 'there is no earlier comment to update' };
      const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body: text });
      return { action: 'created', id: data.id, url: data.html_url };
    } catch (e) {
      const skipped = skippedFor(e, existing ? 'update the comment' : 'comment on the pull request');
      if (skipped) return skipped;
      throw e;
    }
  }

  /** Deletes a comment; false when it was already gone. */
  async function deleteComment(owner: string, repo: string, commentId: number): Promise<boolean> {
    try {
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: commentId });
      return true;
    } catch (e) {
      if (httpError(e)?.status === 404) return false;
      throw e;
    }
  }

  /** The pull requests GitHub associates with a commit (GET /repos/{o}/{r}/commits/{sha}/pulls), all pages. */
  async function listPullsOfCommit(owner: string, repo: string, sha: string): Promise<CommitPull[]> {
    const pulls = await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, { owner, repo, commit_sha: sha, per_page: 100 });
    return pulls.map((p) => ({ number: p.number, state: p.state, mergedAt: p.merged_at ?? null, baseRef: p.base.ref, author: p.user?.login }));
  }

  /** A pull request's reviews, oldest first, all pages (GET /repos/{o}/{r}/pulls/{n}/reviews). */
  async function listReviews(owner: string, repo: string, pull: number): Promise<Review[]> {
    const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { owner, repo, pull_number: pull, per_page: 100 });
    return reviews.map((r) => ({ id: r.id, reviewer: r.user?.login, state: r.state, submittedAt: r.submitted_at }));
  }

  /** The repository's default branch (GET /repos/{o}/{r}). */
  async function getDefaultBranch(owner: string, repo: string): Promise<string> {
    const { data } = await octokit.rest.repos.get({ owner, repo });
    return data.default_branch;
  }

  return { baseUrl, listChangedFiles, getFileAt, upsertComment, deleteComment, listPullsOfCommit, listReviews, getDefaultBranch };
}
