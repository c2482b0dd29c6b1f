import rule from '../../rules/cluster-wide-statement.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'BEGIN;\nCREATE TABLE t (id int);\nGRANT SELECT ON t TO PUBLIC;\nCOMMIT;',
    // object privileges are per database; ALTER TABLE … RENAME is not a role rename; SET ROLE is session state
    'BEGIN;\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;\nREVOKE INSERT ON t FROM app;\nCOMMIT;',
    'BEGIN;\nCREATE TABLE t (id int);\nALTER TABLE t RENAME TO u;\nCOMMIT;',
    'BEGIN;\nSET LOCAL ROLE app;\nCOMMIT;',
  ],
  invalid: [
    {
      name: 'CREATE ROLE that tolerates an existing role (the help\'s own pattern): no claim that it fails',
      code: "DO $$\nBEGIN\n  CREATE ROLE crud;\nEXCEPTION WHEN duplicate_object THEN\n  RAISE NOTICE 'crud exists';\nEND\n$$;",
      errors: [{ line: 3, column: 3, message: /^CREATE ROLE acts on the whole PostgreSQL cluster, not on this database: an existing role is caught here \(EXCEPTION WHEN duplicate_object\), so it does not fail/ }],
    },
    {
      name: 'a handler for another condition does not catch an existing role',
      code: "DO $$\nBEGIN\n  CREATE ROLE crud;\nEXCEPTION WHEN undefined_table THEN\n  NULL;\nEND\n$$;",
      errors: [{ line: 3, column: 3, message: /wherever the role already exists/ }],
    },
    {
      name: "a statement in the handler itself is not protected by it",
      code: "DO $$\nBEGIN\n  PERFORM 1;\nEXCEPTION WHEN duplicate_object THEN\n  CREATE ROLE crud_fallback;\nEND\n$$;",
      errors: [{ line: 5, column: 3, message: /wherever the role already exists/ }],
    },
    { code: 'BEGIN;\nCREATE ROLE reporting;\nCOMMIT;', errors: [{ line: 2, column: 1, message: 'CREATE ROLE acts on the whole PostgreSQL cluster, not on this database: roles are shared by every database of the server' }] },
    { code: 'BEGIN;\nCREATE USER app_user PASSWORD NULL;\nCOMMIT;', errors: [{ line: 2, column: 1, message: /^CREATE ROLE/ }] },
    { code: 'BEGIN;\nALTER ROLE app SET search_path = app, public;\nCOMMIT;', errors: [{ line: 2, column: 1, message: /^ALTER ROLE/ }] },
    { code: 'BEGIN;\nALTER ROLE app WITH NOLOGIN;\nDROP ROLE old_app;\nCOMMIT;', errors: [{ line: 2, column: 1 }, { line: 3, column: 1, message: /^DROP ROLE/ }] },
    { code: 'BEGIN;\nGRANT reporting TO alice;\nREVOKE reporting FROM bob;\nCOMMIT;', errors: [{ line: 2, column: 1, message: /^GRANT role membership/ }, { line: 3, column: 1, message: /^REVOKE role membership/ }] },
    { code: 'BEGIN;\nALTER ROLE app RENAME TO application;\nCOMMIT;', errors: [{ line: 2, column: 1, message: /^ALTER ROLE … RENAME/ }] },
    { code: 'DROP DATABASE legacy_reports;', errors: [{ line: 1, column: 1, message: /^DROP DATABASE acts on the whole PostgreSQL cluster, not on this database: it acts on a database other than/ }] },
    { code: 'CREATE DATABASE scratch;', errors: [{ line: 1, column: 1, message: /^CREATE DATABASE/ }] },
    { code: 'BEGIN;\nALTER DATABASE app SET work_mem = \'64MB\';\nALTER DATABASE app OWNER TO app_owner;\nCOMMIT;', errors: [{ line: 2, column: 1, message: /^ALTER DATABASE/ }, { line: 3, column: 1, message: /^ALTER DATABASE … OWNER/ }] },
    { code: "CREATE TABLESPACE fast LOCATION '/ssd';", errors: [{ line: 1, column: 1, message: /^CREATE TABLESPACE .* a directory on the server/ }] },
    { code: "ALTER SYSTEM SET max_connections = 200;", errors: [{ line: 1, column: 1, message: /^ALTER SYSTEM .* postgresql\.auto\.conf/ }] },
    {
      name: 'inside a DO block too',
      code: 'BEGIN;\nDO $$ BEGIN\n  CREATE ROLE reporting;\nEXCEPTION WHEN duplicate_object THEN NULL;\nEND $$;\nCOMMIT;',
      errors: [{ line: 3, column: 3, message: /^CREATE ROLE/ }],
    },
  ],
});
