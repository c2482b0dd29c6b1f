/**
 * Typed access to libpg-query's parse tree (@pgsql/types) and small helpers rules share.
 */
import type { Node, RangeVar } from '@pgsql/types';

type KeysOf<T> = T extends unknown ? keyof T : never;
/** Every node type name: "IndexStmt", "AlterTableStmt", … */
export type NodeKind = KeysOf<Node>;
/** The fields of a node type: NodeOf<'IndexStmt'> is IndexStmt. */
export type NodeOf<K extends NodeKind> = Extract<Node, Record<K, unknown>> extends Record<K, infer V> ? V : never;

export type { Node, RangeVar };

/** "schema.name", with the default schema "public"; the key the catalog uses. */
export function relationKey(rv: RangeVar | undefined): string | undefined {
  if (!rv?.relname) return undefined;
  return `${rv.schemaname ?? 'public'}.${rv.relname}`;
}

/** Key of a qualified name given as a list of String nodes (DROP … objects, index names). */
export function nameListKey(list: Node[] | undefined): string | undefined {
  const parts = (list ?? []).map((n) => ('String' in n ? n.String.sval : undefined));
  if (parts.length === 0 || parts.some((p) => p === undefined)) return undefined;
  const names = parts as string[];
  if (names.length === 1) return `public.${names[0]}`;
  return names.slice(-2).join('.');
}

/** Display form of a key: "public.users" → "users". */
export function displayName(key: string): string {
  return key.startsWith('public.') ? key.slice(7) : key;
}

/** Calls `fn` for every object in the tree (depth first), with the key it was found under. */
export function walk(tree: unknown, fn: (node: Record<string, unknown>, key: string) => void, key = ''): void {
  if (Array.isArray(tree)) {
    for (const item of tree) walk(item, fn, key);
    return;
  }
  if (!tree || typeof tree !== 'object') return;
  const node = tree as Record<string, unknown>;
  fn(node, key);
  // for…in visits a parse tree's own keys in Object.entries' order, without building the pairs.
  for (const k in node) {
    const v = node[k];
    if (v && typeof v === 'object') walk(v, fn, k);
  }
}

/** All nodes of a type anywhere inside a tree. */
export function findAll<K extends NodeKind>(tree: unknown, kind: K): NodeOf<K>[] {
  const out: NodeOf<K>[] = [];
  walk(tree, (n) => {
    if (kind in n) out.push(n[kind] as NodeOf<K>);
  });
  return out;
}

/** DefElem options as a name → value map (booleans for flags such as CONCURRENTLY). */
export function hasOption(options: Node[] | undefined, name: string): boolean {
  for (const o of options ?? []) {
    if ('DefElem' in o && o.DefElem.defname === name) {
      const arg = o.DefElem.arg;
      if (!arg) return true;
      if ('Boolean' in arg) return arg.Boolean.boolval === true;
      if ('Integer' in arg) return arg.Integer.ival !== 0;
      if ('String' in arg) return !/^(false|off|0)$/i.test(arg.String.sval ?? '');
      return true;
    }
  }
  return false;
}

/** The ALTER TABLE sub-commands of a statement (other list items are not commands). */
export function alterTableCommands(node: NodeOf<'AlterTableStmt'>): NodeOf<'AlterTableCmd'>[] {
  return (node.cmds ?? []).flatMap((c) => ('AlterTableCmd' in c ? [c.AlterTableCmd] : []));
}
