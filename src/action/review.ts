/**
 * "Peer reviewed" (the guide's checklist, §9.1) for the deploy modes on production: the commit
 * being deployed (GITHUB_SHA) must have reached the default branch through a merged pull request
 * with at least N approving reviews (N: the input required-approvals, else the environment's
 * `requiredApprovals`, default 1; 0 turns the check off, with a warning in the log).
 *
 * Read through the REST API: the pull requests GitHub associates with the commit
 * (GET /repos/{o}/{r}/commits/{sha}/pulls), those merged into the default branch (the event's
 * `repository.default_branch`, else GET /repos/{o}/{r}), then each one's reviews
 * (GET /repos/{o}/{r}/pulls/{n}/reviews). A reviewer counts when their latest decisive review
 * approves: APPROVED, CHANGES_REQUESTED and DISMISSED decide, COMMENTED (and PENDING) change
 * nothing, and the pull request's author never counts. That is how GitHub's own "approvals"
 * count in branch protection reads reviews; whether an approval was stale (pushes after it) is left
 * to branch protection's "dismiss stale approvals".
 *
 * Every refusal is a UsageError (the step fails) thrown before the database is touched, naming
 * the commit and what is missing.
 */
import * as core from '@actions/core';
import { UsageError } from '../errors.js';
import type { Config } from '../load/config.js';
import { createGitHubClient, type CommitPull, type GitHubClient, type Review } from './github.js';
import { input } from './inputs.js';
import { readEvent } from './pull-request.js';

/** The reviewers whose latest decisive review approves, the author left out, in order of approval. */
export function approvers(reviews: Review[], author: string | undefined): string[] {
  const latest = new Map<string, string>();
  const ordered = [...reviews].sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || a.id - b.id);
  for (const r of ordered) {
    if (!r.reviewer || r.reviewer === author) continue;
    if (r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED') {
      latest.delete(r.reviewer); // re-inserted last: the order of the latest decisions
      latest.set(r.reviewer, r.state);
    }
  }
  return [...latest].filter(([, state]) => state === 'APPROVED').map(([login]) => login);
}

export interface ReviewQuery {
  owner: string;
  repo: string;
  /** The commit deployed (40 hex digits). */
  sha: string;
  /** Default: GET /repos/{o}/{r}. */
  defaultBranch?: string;
  required: number;
}

export interface ReviewVerdict {
  ok: boolean;
  /** One sentence for the log (ok) or the refusal (not ok). */
  message: string;
  defaultBranch: string;
  /** The merged pull requests with their approvers. */
  pulls: { number: number; approvers: string[] }[];
}

/** Whether `sha` reached the default branch through a pull request with `required` approvals. */
export async function checkReviews(client: GitHubClient, q: ReviewQuery): Promise<ReviewVerdict> {
  const short = q.sha.slice(0, 7);
  const defaultBranch = q.defaultBranch || (await client.getDefaultBranch(q.owner, q.repo));
  const all: CommitPull[] = await client.listPullsOfCommit(q.owner, q.repo, q.sha);
  const merged = all.filter((p) => p.mergedAt && p.baseRef === defaultBranch);
  if (!merged.length) {
    const others = all.map((p) => `#${p.number} (${p.mergedAt ? `merged into ${p.baseRef}` : p.state})`);
    return {
      ok: false,
      defaultBranch,
      pulls: [],
      message: `no pull request merged into ${defaultBranch} contains ${short}${others.length ? `; GitHub associates it only with ${others.join(', ')}` : ''}`,
    };
  }
  const pulls: ReviewVerdict['pulls'] = [];
  for (const p of merged) pulls.push({ number: p.number, approvers: approvers(await client.listReviews(q.owner, q.repo, p.number), p.author) });
  const good = pulls.find((p) => p.approvers.length >= q.required);
  if (good) {
    return {
      ok: true,
      defaultBranch,
      pulls,
      message: `commit ${short} reached ${defaultBranch} through PR #${good.number}, approved by ${good.approvers.join(', ')} (${good.approvers.length} of ${q.required} required)`,
    };
  }
  const missing = pulls.map((p) => `PR #${p.number} has ${p.approvers.length} of ${q.required} approving reviews`);
  return { ok: false, defaultBranch, pulls, message: `commit ${short}: ${missing.join('; ')}` };
}

/** The approvals required: the input required-approvals, else the config's requiredApprovals. */
export function requiredApprovals(config: Pick<Config, 'requiredApprovals' | 'environment'>): number {
  const given = input('required-approvals');
  if (given === undefined) return config.requiredApprovals;
  if (!/^\d+$/.test(given.trim())) throw new UsageError(`required-approvals must be a whole number (got "${given}")`);
  const n = Number(given.trim());
  if (n < config.requiredApprovals) {
    core.warning(`required-approvals: ${n} lowers environments.${config.environment}.requiredApprovals (${config.requiredApprovals}) for this run`);
  }
  return n;
}

/**
 * The Action's gate before `migrate` or `rollback` on a production environment: throws a
 * UsageError naming the commit and what is missing, or logs who approved it.
 */
export async function requirePeerReview(mode: 'migrate' | 'rollback', config: Config): Promise<void> {
  if (!config.production) return;
  const required = requiredApprovals(config);
  const refuse = (why: string) => new UsageError(`refusing to ${mode} production environment "${config.environment}": ${why}`);
  if (required === 0) {
    core.warning(`The peer review check is off for environment "${config.environment}" (0 approving reviews required).`);
    return;
  }
  const sha = process.env['GITHUB_SHA'] ?? '';
  if (!/^[0-9a-f]{40}$/i.test(sha)) throw refuse(`GITHUB_SHA names no commit ("${sha}"), so it cannot be checked that the deployed commit was peer reviewed`);
  const event = readEvent();
  const [owner, repo] = (process.env['GITHUB_REPOSITORY'] || event.repository?.full_name || '').split('/');
  if (!owner || !repo) throw refuse('GITHUB_REPOSITORY is not set, so the pull requests of the deployed commit cannot be read');
  const token = input('github-token') ?? process.env['GITHUB_TOKEN'];
  if (!token) {
    throw refuse(
      `commit ${sha.slice(0, 7)} must have reached the default branch through a pull request with ${required} approving review${required === 1 ? '' : 's'}, and checking that needs the GitHub API: pass github-token (its default, the workflow's token, needs permissions contents: read and pull-requests: read), or set requiredApprovals: 0 for this environment to turn the check off`,
    );
  }
  core.setSecret(token);
  const client = createGitHubClient({ token });
  let verdict: ReviewVerdict;
  try {
    verdict = await checkReviews(client, { owner, repo, sha, defaultBranch: event.repository?.default_branch, required });
  } catch (e) {
    const status = (e as { status?: unknown }).status;
    throw refuse(
      `cannot read the pull requests and reviews of commit ${sha.slice(0, 7)} (${status ? `HTTP ${String(status)}: ` : ''}${(e as Error).message}); the token needs permissions contents: read and pull-requests: read`,
    );
  }
  if (!verdict.ok) throw refuse(verdict.message);
  core.info(`Peer reviewed: ${verdict.message}.`);
}
