/** `layout:` in migration-guard.yml (src/load/layouts). */
import { isMap, isScalar, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import { bool, didYouMean, fail, str, type Check } from './config-checks.js';
import { isLayoutName, LAYOUT_NAMES } from './layouts/index.js';

const LAYOUT_KEYS = ['name', 'pattern', 'transaction', 'replace'];

/** `replace: { "/\* TEMPLATE: schema *\/": "" }`: text the runner replaces in each file before sending it. */
const replacements: Check = (node, at, ctx) => {
  if (!isMap(node)) fail(ctx, node, `${at} must be a map of "text as written": "text the runner sends"`);
  const out: Record<string, string> = {};
  for (const pair of (node as YAMLMap).items as Pair<YamlNode, YamlNode>[]) {
    const from = isScalar(pair.key) ? String(pair.key.value ?? '') : '';
    if (from === '') fail(ctx, pair.key, `${at}: the text to replace must not be empty`);
    const v = isScalar(pair.value) ? pair.value.value : undefined;
    if (v !== null && typeof v !== 'string') fail(ctx, pair.value ?? pair.key, `${at}."${from}" must be a string (the text the runner sends; "" for none)`);
    out[from] = v ?? '';
  }
  return out;
};

/** `layout: goose`, or `layout: { name: golang-migrate, pattern: '^V(?<version>\\d+)…', transaction: true }` (src/load/layouts). */
export const layout: Check = (node, at, ctx) => {
  const names = LAYOUT_NAMES.join(', ');
  if (isScalar(node)) {
    const v = str(node, at, ctx) as string;
    if (!isLayoutName(v)) fail(ctx, node, `${at} must be one of ${names} (got "${v}")${didYouMean(v, [...LAYOUT_NAMES]) ? `; did you mean "${didYouMean(v, [...LAYOUT_NAMES])}"?` : ''}`);
    return { name: v };
  }
  if (!isMap(node)) fail(ctx, node, `${at} must be a layout name (${names}) or a map { name, pattern, transaction }`);
  const out: Record<string, unknown> = {};
  for (const pair of (node as YAMLMap).items as Pair<YamlNode, YamlNode>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!LAYOUT_KEYS.includes(key)) fail(ctx, pair.key, `unknown key "${key}" in ${at}; allowed: ${LAYOUT_KEYS.join(', ')}`);
    out[key] = key === 'transaction' ? bool(pair.value, `${at}.${key}`, ctx) : key === 'replace' ? replacements(pair.value, `${at}.${key}`, ctx) : str(pair.value, `${at}.${key}`, ctx);
  }
  const name = out['name'];
  if (typeof name !== 'string' || !isLayoutName(name)) fail(ctx, node, `${at}.name must be one of ${names}`);
  if (name !== 'golang-migrate' && (out['pattern'] !== undefined || out['transaction'] !== undefined || out['replace'] !== undefined)) fail(ctx, node, `${at}: pattern, transaction and replace are for golang-migrate-style files only (a runner of your own that reads {version}…up.sql / .down.sql)`);
  if (typeof out['pattern'] === 'string') {
    try {
      const re = new RegExp(out['pattern']);
      if (!/\(\?<version>/.test(out['pattern']) && !/\(/.test(out['pattern'])) throw new Error('it has no group for the version');
      out['pattern'] = re;
    } catch (e) {
      fail(ctx, node, `${at}.pattern is not a usable regular expression: ${(e as Error).message}`);
    }
  }
  return out;
};
