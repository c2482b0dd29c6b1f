/**
 * The checks migration-guard.yml's values go through (config-yaml.ts): each takes the YAML node,
 * the key path as shown, and the context; a bad value throws a ConfigError at file:line:column.
 */
import type { LineCounter, Node as YamlNode } from 'yaml';
import { isScalar } from 'yaml';
import { ConfigError } from '../errors.js';
import { closest } from '../suggest.js';

/** The known word closest to a mistyped one, if any is close. */
export const didYouMean = (word: string, known: string[]): string | undefined => closest(word, known);

export type Check = (node: YamlNode | null, at: string, ctx: Ctx) => unknown;

export interface Ctx {
  file: string;
  lines: LineCounter;
  knownRules: Set<string>;
  /** The names under `environments:` (requireAppliedOn must name one). */
  environments?: string[];
}

export function fail(ctx: Ctx, node: YamlNode | null | undefined, message: string): never {
  const offset = node?.range?.[0];
  const pos = offset === undefined ? undefined : ctx.lines.linePos(offset);
  throw new ConfigError(message, ctx.file, pos?.line, pos?.col);
}

export const str: Check = (node, at, ctx) => {
  if (!isScalar(node) || typeof node.value !== 'string' || node.value === '') {
    fail(ctx, node, `${at} must be a non-empty string`);
  }
  return node.value;
};

export const oneOf =
  (...values: string[]): Check =>
  (node, at, ctx) => {
    const v = str(node, at, ctx) as string;
    if (!values.includes(v)) fail(ctx, node, `${at} must be one of ${values.join(', ')} (got "${v}")`);
    return v;
  };

export const bool: Check = (node, at, ctx) => {
  if (!isScalar(node) || typeof node.value !== 'boolean') fail(ctx, node, `${at} must be true or false`);
  return node.value;
};
