/**
 * What several online-safety rules start from: an ALTER TABLE on a table that existed before
 * this change (a table created in the change set is empty, so its locks and scans are harmless).
 */
import { alterTableCommands, displayName, relationKey, type NodeOf } from '../model/ast.js';
import type { Catalog } from '../model/catalog.js';
import type { MigrationFile } from '../model/project.js';

export interface ExistingTableAlter {
  /** Catalog key ("public.users"). */
  table: string | undefined;
  /** As shown in messages ("users"). */
  name: string;
  cmds: NodeOf<'AlterTableCmd'>[];
}

export function alterOfExistingTable(
  node: NodeOf<'AlterTableStmt'>,
  catalog: Catalog,
  file: MigrationFile,
): ExistingTableAlter | undefined {
  if (node.objtype !== 'OBJECT_TABLE') return undefined;
  const table = relationKey(node.relation);
  if (!catalog.isPreExisting(table, file)) return undefined;
  return { table, name: displayName(table ?? '?'), cmds: alterTableCommands(node) };
}
