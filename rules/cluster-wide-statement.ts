import { defineRule } from '../src/lint/types.js';
import { clusterWide, type ClusterObject } from '../src/model/statements.js';

const WHY: Record<ClusterObject, string> = {
  role: 'roles are shared by every database of the server, so it runs once per cluster, not once per database: it fails (or changes access elsewhere) wherever the role already exists or is still in use — a second environment on the same server, a test database, a restore',
  database: 'it acts on a database other than the one the migrations manage, outside any transaction this migration could roll back',
  tablespace: 'a tablespace is a directory on the server shared by every database, created or dropped outside any transaction',
  'server configuration': 'it rewrites postgresql.auto.conf for every database of the server, outside any transaction',
};

export default defineRule({
  meta: {
    id: 'cluster-wide-statement',
    description: 'A statement that acts on the whole PostgreSQL cluster: roles, databases, tablespaces, ALTER SYSTEM.',
    severity: 'warning',
    help: 'Manage roles, databases, tablespaces and server settings outside the migrations (infrastructure code or a runbook). If a migration must create a role, make it idempotent: DO $$ BEGIN CREATE ROLE app_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;',
  },
  create(context) {
    return {
      statement(stmt) {
        const c = clusterWide(stmt);
        if (!c) return;
        const caught = stmt.kind === 'CreateRoleStmt' && (stmt.context.handled ?? []).some((h) => h === 'duplicate_object' || h === 'others');
        if (caught) {
          return context.report({
            stmt,
            message: `${c.verb} acts on the whole PostgreSQL cluster, not on this database: an existing role is caught here (EXCEPTION WHEN ${(stmt.context.handled ?? []).includes('duplicate_object') ? 'duplicate_object' : 'OTHERS'}), so it does not fail, but the role is shared by every database of the server — a second environment on the same server, a test database, a restore get the same role and its privileges`,
            help: 'Manage roles outside the migrations (infrastructure code or a runbook) where you can; this migration already tolerates an existing role.',
          });
        }
        context.report({ stmt, message: `${c.verb} acts on the whole PostgreSQL cluster, not on this database: ${WHY[c.object]}` });
      },
    };
  },
});
