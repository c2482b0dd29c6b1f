import { defineRule } from '../src/lint/types.js';
import { displayName, hasOption, nameListKey, relationKey, type Node } from '../src/model/ast.js';
import type { MigrationFile } from '../src/model/project.js';

const HELP =
  'Use CREATE INDEX CONCURRENTLY / DROP INDEX CONCURRENTLY / REINDEX … CONCURRENTLY in a migration of its own, without BEGIN/COMMIT.';

/** Where a CONCURRENTLY statement goes, as the project's runner needs it (src/load/layouts). */
function alone(file: MigrationFile): string {
  const exec = file.execution;
  if (!exec) return 'in a migration of its own, without BEGIN/COMMIT';
  if (exec.wrapped) return `in a migration of its own: ${exec.unwrap}${exec.unit === 'file' ? ', with nothing else in the file' : ''}`;
  return exec.unit === 'file' ? 'alone in a migration of its own (the runner sends the file as one query, one transaction when it holds more)' : 'in a migration of its own';
}

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
        const table = relationKey(node.relation);
        const info = catalog.relation(table);
        const name = displayName(table ?? '?');
        // ON ONLY: RangeVar.inh is false (omitted from the tree) instead of true.
        const only = node.relation !== undefined && node.relation.inh !== true;
        if (node.concurrent) {
          if (info?.partitioned) {
            context.report({
              stmt,
              node: node.relation,
              message: `PostgreSQL rejects CREATE INDEX CONCURRENTLY on partitioned table ${name} ("cannot create index on partitioned table concurrently") and the migration fails`,
              help: `CREATE INDEX … ON ONLY ${name} (instant, the index stays invalid), then CREATE INDEX CONCURRENTLY on each partition and ALTER INDEX … ATTACH PARTITION.`,
            });
          }
          return;
        }
        if (!catalog.isPreExisting(table, file)) return;
        // ON ONLY a partitioned table creates an invalid parent index without reading any rows.
        if (only && info?.partitioned) return;
        const what = info?.kind === 'materialized view' ? 'materialized view' : 'table';
        const unique = node.unique ? 'UNIQUE ' : '';
        context.report({
          stmt,
          node: node.relation,
          message: `CREATE ${unique}INDEX on existing ${what} ${name} takes a SHARE lock for the whole build: every ${what === 'table' ? 'INSERT, UPDATE and DELETE on' : 'REFRESH of'} ${name} waits until the index is built`,
          help: info?.partitioned
            ? `${name} is partitioned: CREATE ${unique}INDEX … ON ONLY ${name}, then CREATE ${unique}INDEX CONCURRENTLY on each partition and ALTER INDEX … ATTACH PARTITION.`
            : `Use CREATE ${unique}INDEX CONCURRENTLY ${alone(file)}.`,
        });
      },
      DropStmt(node, stmt, file) {
        if (node.removeType !== 'OBJECT_INDEX') return;
        const keys = (node.objects ?? []).map((o: Node) => ('List' in o ? nameListKey(o.List.items) : undefined));
        const onPartitioned = (k: string) => catalog.relation(catalog.relation(k)?.table)?.partitioned === true;
        if (node.concurrent) {
          const partitioned = keys.filter((k): k is string => k !== undefined && onPartitioned(k));
          if (partitioned.length) {
            context.report({
              stmt,
              message: `PostgreSQL rejects DROP INDEX CONCURRENTLY of ${displayName(partitioned[0]!)}, an index on a partitioned table ("cannot drop partitioned index concurrently"), and the migration fails`,
              help: 'Drop it without CONCURRENTLY, in a migration of its own, with a short lock_timeout (SET lock_timeout = \'2s\') and retries.',
            });
          }
          return;
        }
        const existing = keys.filter((k): k is string => k !== undefined && catalog.isPreExisting(k, file));
        if (existing.length === 0) return;
        const tables = existing.map((k) => catalog.relation(k)?.table).filter((t): t is string => !!t);
        const on = tables.length ? `table ${[...new Set(tables)].map(displayName).join(', ')}` : 'its table';
        context.report({
          stmt,
          message: `DROP INDEX ${existing.map(displayName).join(', ')} takes an ACCESS EXCLUSIVE lock on ${on}: all reads and writes wait, and queue behind any long-running query`,
          help: existing.some(onPartitioned)
            ? 'Indexes on partitioned tables cannot be dropped CONCURRENTLY: drop it in a migration of its own with a short lock_timeout (SET lock_timeout = \'2s\') and retries.'
            : `Use DROP INDEX CONCURRENTLY (one index per statement) ${alone(file)}.`,
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
          help:
            kind === 'REINDEX_OBJECT_SYSTEM'
              ? 'REINDEX SYSTEM cannot run concurrently: run it in a maintenance window, not in a migration.'
              : 'Use REINDEX … CONCURRENTLY (PostgreSQL 12+) outside a transaction block, in a migration of its own.',
        });
      },
    };
  },
});
