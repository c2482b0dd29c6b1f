/** The Action's inputs and the log helpers every mode shares. */
import * as core from '@actions/core';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { urlPasswords } from '../db/url.js';
import { UsageError } from '../errors.js';
import { configNotes, type Config } from '../load/config.js';

export function input(name: string): string | undefined {
  const v = core.getInput(name);
  return v === '' ? undefined : v;
}

export function boolInput(name: string): boolean {
  const v = input(name);
  if (v === undefined) return false;
  if (/^(true|yes|1)$/i.test(v)) return true;
  if (/^(false|no|0)$/i.test(v)) return false;
  throw new UsageError(`${name} must be true or false (got "${v}")`);
}

/**
 * Registers the URL's password (as written and decoded) with the runner so it is masked in the
 * log, read as the CLI reads it (a raw "@", "#" or space in it included).
 */
export function maskDatabaseUrl(url: string): void {
  for (const password of urlPasswords(url)) core.setSecret(password);
}


/**
 * The directory everything is relative to (paths, config, git, the report): the input
 * working-directory, relative to the workspace (GITHUB_WORKSPACE, else the process's), for a
 * monorepo whose migrations project lives below the repository's root.
 */
export function workingDirectory(): string {
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
  const given = input('working-directory');
  if (given === undefined) return workspace;
  const dir = resolve(workspace, given);
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) throw new UsageError(`working-directory "${given}" is not a directory in the workspace (${workspace})`);
  return dir;
}

export function toolVersion(): string {
  return process.env['MIGRATION_GUARD_VERSION'] ?? '0.1.0';
}


/** Which config files were read (a log line) and what in them is not used (warning annotations). */
export function logConfigNotes(config: Config): void {
  for (const line of configNotes(config)) {
    if (line.startsWith('warning: ')) core.warning(line.slice('warning: '.length));
    else core.info(line);
  }
}

