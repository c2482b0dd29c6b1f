import { defineRule } from '../src/lint/types.js';
import { displayName, findAll, hasOption, relationKey, type RangeVar } from '../src/model/ast.js';

const REPACK_HELP =
  'Rebuild it online with pg_repack (or pg_squeeze), outside the migration; a plain VACUUM takes no blocking lock, and autovacuum tuning keeps bloat down.';
const TABLESPACE_HELP =
  'Move it online with pg_repack --tablespace (or in a maintenance window); give new tables their tablespace when you create them.';
const PERSISTENCE_HELP =
  'Create a new table with the wanted persistence, copy the rows in batches and switch over in a maintenance window, or leave the table as it is.';
const ACCESS_METHOD_HELP = 'Change the access method in a maintenance window, or copy into a new table created with it, in batches.';

/** ALTER TABLE subcommands that rewrite the whole relation. */
const REWRITES: Record<string, { what: string; help: string; extra?: string }> = {
  AT_SetTableSpace: { what: 'SET TABLESPACE', help: TABLESPACE_HELP },
  AT_SetLogged: { what: 'SET LOGGED', help: PERSISTENCE_HELP, extra: ', writing all of it to the WAL' },
  AT_SetUnLogged: { what: 'SET UNLOGGED', help: PERSISTENCE_HELP, extra: '; afterwards it is emptied after a crash and not replicated to standbys' },
  AT_SetAccessMethod: { what: 'SET ACCESS METHOD', help: ACCESS_METHOD_HELP },
};

const ALTERED: Record<string, string> = {
  OBJECT_TABLE: 'table',
  OBJECT_MATVIEW: 'materialized view',
  OBJECT_INDEX: 'index',
};

export default defineRule({
  meta: {
    id: 'table-rewrite',
    description: 'VACUUM FULL, CLUSTER, SET TABLESPACE, SET LOGGED/UNLOGGED on an existing table.',
    severity: 'warning',
    help: REPACK_HELP,
  },
  create(context) {
    const { catalog } = context;
    /** "table orders", "materialized view totals", "index idx_a". */
    const describe = (key: string | undefined, fallback: string) => {
      const info = catalog.relation(key);
      const kind = info?.kind ?? fallback;
      return `${kind} ${displayName(key ?? '?')}`;
    };
    /** Whose queries wait: an index's lock stops every query that plans with it, that is every query on its table. */
    const blocked = (key: string | undefined, fallback = 'table') => {
      const info = catalog.relation(key);
      if ((info?.kind ?? fallback) !== 'index') return `every query on ${displayName(key ?? '?')}, SELECT included,`;
      return info?.table ? `every query on ${displayName(info.table)}` : 'every query on its table';
    };

    return {
      VacuumStmt(node, stmt, file) {
        if (!node.is_vacuumcmd || !hasOption(node.options, 'full')) return;
        const rels = findAll(node.rels, 'VacuumRelation')
          .map((r) => r.relation)
          .filter((r): r is RangeVar => r !== undefined);
        if (rels.length === 0) {
          context.report({
            stmt,
            message: 'VACUUM FULL without a table rewrites every table of the database, one after the other, each under an ACCESS EXCLUSIVE lock: every query on the table being rewritten, SELECT included, waits until it is done',
            help: REPACK_HELP,
          });
          return;
        }
        const existing = rels.filter((r) => catalog.isPreExisting(relationKey(r), file));
        const first = existing[0];
        if (!first) return;
        const names = existing.map((r) => displayName(relationKey(r) ?? '?')).join(', ');
        context.report({
          stmt,
          node: first,
          message: `VACUUM FULL of existing ${existing.length > 1 ? `tables ${names}` : describe(relationKey(first), 'table')} rewrites ${existing.length > 1 ? 'each' : 'it'} under an ACCESS EXCLUSIVE lock: ${existing.length > 1 ? 'every query on the table being rewritten, SELECT included,' : blocked(relationKey(first))} waits until the rewrite is done (minutes on a large table), and it needs room for a second copy`,
          help: REPACK_HELP,
        });
      },
      ClusterStmt(node, stmt, file) {
        const key = relationKey(node.relation);
        if (!node.relation) {
          context.report({
            stmt,
            message: 'CLUSTER without a table rewrites every table clustered before, each under an ACCESS EXCLUSIVE lock: every query on the table being rewritten, SELECT included, waits until it is done',
            help: 'Re-order it online with pg_repack --order-by (or pg_squeeze), outside the migration.',
          });
          return;
        }
        if (!catalog.isPreExisting(key, file)) return;
        context.report({
          stmt,
          node: node.relation,
          message: `CLUSTER of existing ${describe(key, 'table')} rewrites it in index order under an ACCESS EXCLUSIVE lock: ${blocked(key)} waits until the rewrite is done (minutes on a large table), and it needs room for a second copy`,
          help: 'Re-order it online with pg_repack --order-by (or pg_squeeze), outside the migration.',
        });
      },
      AlterTableStmt(node, stmt, file) {
        const fallback = ALTERED[String(node.objtype)];
        if (!fallback) return;
        const key = relationKey(node.relation);
        // SET LOGGED on a logged table, SET TABLESPACE to the one it is in, SET ACCESS METHOD to the one
        // it uses: PostgreSQL does nothing (relfilenode unchanged). Every subcommand updates the storage.
        // (The catalog's storage records the statement after the rules have seen it.)
        const changes = fallback === 'table' ? catalog.storage.alter(key, node.cmds).changes : [];
        if (!catalog.isPreExisting(key, file)) return;
        // A partitioned table has no storage of its own: SET TABLESPACE only sets its partitions' default.
        if (catalog.relation(key)?.partitioned) return;
        for (const [i, c] of (node.cmds ?? []).entries()) {
          if (!('AlterTableCmd' in c)) continue;
          const rewrite = REWRITES[String(c.AlterTableCmd.subtype)];
          if (!rewrite || changes[i] === false) continue;
          context.report({
            stmt,
            node: node.relation,
            message: `${rewrite.what} on existing ${describe(key, fallback)} copies all of it${rewrite.extra ?? ''} under an ACCESS EXCLUSIVE lock: ${blocked(key, fallback)} waits until the copy is done (minutes on a large ${fallback === 'index' ? 'index' : 'table'})`,
            help: rewrite.help,
          });
          return;
        }
      },
      AlterTableMoveAllStmt(node, stmt) {
        context.report({
          stmt,
          message: `ALTER … ALL IN TABLESPACE ${node.orig_tablespacename ?? '?'} SET TABLESPACE copies every ${node.objtype === 'OBJECT_INDEX' ? 'index' : 'table'} in it, each under an ACCESS EXCLUSIVE lock: every query on the one being copied, SELECT included, waits until it is done`,
          help: TABLESPACE_HELP,
        });
      },
    };
  },
});
