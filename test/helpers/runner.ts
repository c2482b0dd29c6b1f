/**
 * Shared pieces of the runner tests: settings, the example project from migrations/, and a second
 * connection to a server scratch database.
 */
import { resolve } from 'node:path';
import { loadProjects } from '../../src/commands/lint.js';
import { DEFAULTS } from '../../src/load/config.js';
import { connect, type Db } from '../../src/db/engine.js';
import type { RunnerSettings } from '../../src/db/runner.js';
import type { Project } from '../../src/model/project.js';
import { TEST_DATABASE_URL } from './db.js';

export const REPO = resolve(import.meta.dirname, '../..');

export function settings(over: Partial<RunnerSettings> = {}): RunnerSettings {
  return { ...DEFAULTS, environment: 'test', lockTimeout: '5s', ...over };
}

export async function exampleProject(): Promise<Project> {
  const { projects } = await loadProjects({ cwd: REPO, paths: ['migrations'] });
  return projects[0]!.project;
}

/** URL of the database `db` is connected to (server engine). */
export async function urlOf(db: Db): Promise<string> {
  const name = (await db.query<{ d: string }>('SELECT current_database() AS d')).rows[0]!.d;
  const u = new URL(TEST_DATABASE_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function secondConnection(db: Db): Promise<Db> {
  return connect(await urlOf(db));
}
