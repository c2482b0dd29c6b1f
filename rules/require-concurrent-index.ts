import { defineRule } from '../src/lint/types.js';
import { displayName, hasOption, nameListKey, relationKey, type Node } from '../src/model/ast.js';

const HELP =
  'Use CREATE INDEX CONCURRENTLY / DROP INDEX CONCURRENTLY / REINDEX … CONCURRENTLY in a migration of its own, without BEGIN/COMMIT.';

export default defineRule({
  meta: {
    id: 'require-concurrent-index',
    description: 'CREATE INDEX, DROP INDEX or REINDEX without CONCURRENTLY on a table that existed before this change.',
    severity: 'error',
    help: HELP,
  },
  create(context) {
    const { catalog } = context;
    return {
      IndexStmt(node, stmt, file) {
        if (node.concurrent) return;
        const table = relationKey(node.relation);
        if (!catalog.isPreExisting(table, file)) return;
        const name = displayName(table ?? '?');
        const partitioned = catalog.relation(table)?.partitioned;
        context.report({
          stmt,
          node: node.relation,
          message: `CREATE ${node.unique ? 'UNIQUE ' : ''}INDEX on existing table ${name} takes a SHARE lock for the whole build: every INSERT, UPDATE and DELETE on ${name} waits until the index is built`,
          help: partitioned
            ? `${name} is partitioned: CREATE INDEX … ON ONLY ${name}, then CREATE INDEX CONCURRENTLY on each partition and ALTER INDEX … ATTACH PARTITION.`
            : `Use CREATE ${node.unique ? 'UNIQUE ' : ''}INDEX CONCURRENTLY in a migration of its own, without BEGIN/COMMIT.`,
        });
      },
      DropStmt(node, stmt, file) {
        if (node.removeType !== 'OBJECT_INDEX' || node.concurrent) return;
        const keys = (node.objects ?? []).map((o: Node) => ('List' in o ? nameListKey(o.List.items) : undefined));
        const existing = keys.filter((k): k is string => k !== undefined && catalog.isPreExisting(k, file));
        if (existing.length === 0) return;
        const tables = existing.map((k) => catalog.relation(k)?.table).filter((t): t is string => !!t);
        const on = tables.length ? `table ${[...new Set(tables)].map(displayName).join(', ')}` : 'its table';
        context.report({
          stmt,
          message: `DROP INDEX ${existing.map(displayName).join(', ')} takes an ACCESS EXCLUSIVE lock on ${on}: all reads and writes wait, and queue behind any long-running query`,
          help: 'Use DROP INDEX CONCURRENTLY (one index per statement) in a migration of its own, without BEGIN/COMMIT.',
        });
      },
      ReindexStmt(node, stmt, file) {
        if (hasOption(node.params, 'concurrently')) return;
        const kind = String(node.kind);
        let target: string | undefined;
        if (kind === 'REINDEX_OBJECT_TABLE' || kind === 'REINDEX_OBJECT_INDEX') {
          const key = relationKey(node.relation);
          if (!catalog.isPreExisting(key, file)) return;
          target = `${kind === 'REINDEX_OBJECT_TABLE' ? 'table' : 'index'} ${displayName(key ?? '?')}`;
        } else {
          target = `${kind.replace('REINDEX_OBJECT_', '').toLowerCase()} ${node.name ?? ''}`.trim();
        }
        context.report({
          stmt,
          node: node.relation,
          message: `REINDEX ${target} locks out writes to the table (SHARE) and reads through each index (ACCESS EXCLUSIVE) while it rebuilds`,
          help: 'Use REINDEX … CONCURRENTLY (PostgreSQL 12+) outside a transaction block, in a migration of its own.',
        });
      },
    };
  },
});
