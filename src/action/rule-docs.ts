/**
 * Where a rule's documentation page is (rules/<id>.md), for SARIF's helpUri and the links on rule
 * ids in the PR comment and the job summary: one definition for both.
 *
 * Rule pages live in the Action's own repository: the runner names it (GITHUB_ACTION_REPOSITORY
 * and GITHUB_ACTION_REF for `uses: owner/repo@ref`; for `uses: ./` it is the workflow's repository
 * at GITHUB_SHA). Without either, no links (empty object).
 */
export function ruleDocLinks(env: NodeJS.ProcessEnv = process.env): { informationUri: string; helpUri: (id: string) => string } | Record<string, never> {
  const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const repo = env['GITHUB_ACTION_REPOSITORY'] || env['GITHUB_REPOSITORY'];
  if (!repo) return {};
  const ref = env['GITHUB_ACTION_REPOSITORY'] ? env['GITHUB_ACTION_REF'] || 'main' : env['GITHUB_SHA'] || 'main';
  const informationUri = `${server}/${repo}`;
  return { informationUri, helpUri: (id) => `${informationUri}/blob/${encodeURIComponent(ref)}/rules/${encodeURIComponent(id)}.md` };
}
