/**
 * FLYWAY_* environment variables, as Flyway's ConfigUtils.convertKey maps them to settings:
 * FLYWAY_OUT_OF_ORDER → outOfOrder, FLYWAY_PLACEHOLDERS_REGION → placeholders.region (the name
 * lower-cased, as Flyway does), FLYWAY_URL / FLYWAY_USER / FLYWAY_PASSWORD → the connection.
 * Variables Flyway does not read as settings (FLYWAY_HOME, FLYWAY_EDITION, …) are left alone.
 */
import type { FlywayEntry } from './keys.js';

/** The variables of ConfigUtils.convertKey (Flyway 11), without the FLYWAY_ prefix. */
const NAMES = `BASELINE_DESCRIPTION BASELINE_ON_MIGRATE BASELINE_VERSION BATCH CALLBACKS CLEAN_DISABLED
COMMUNITY_DB_SUPPORT_DISABLED CONFIG_FILE_ENCODING CONFIG_FILES CONNECT_RETRIES CONNECT_RETRIES_INTERVAL
DEFAULT_SCHEMA DRIVER DRYRUN_OUTPUT ENCODING EXECUTE_IN_TRANSACTION DETECT_ENCODING ERROR_OVERRIDES GROUP
IGNORE_MIGRATION_PATTERNS INIT_SQL INSTALLED_BY LICENSE_KEY LOCATIONS CALLBACK_LOCATIONS MIXED OUT_OF_ORDER
SKIP_EXECUTING_MIGRATIONS OUTPUT_QUERY_RESULTS PASSWORD LOCK_RETRY_COUNT PLACEHOLDER_PREFIX
PLACEHOLDER_REPLACEMENT PLACEHOLDER_SUFFIX PLACEHOLDER_SEPARATOR SCRIPT_PLACEHOLDER_PREFIX
SCRIPT_PLACEHOLDER_SUFFIX POWERSHELL_EXECUTABLE REPEATABLE_SQL_MIGRATION_PREFIX RESOLVERS SCHEMAS
SKIP_DEFAULT_CALLBACKS SKIP_DEFAULT_RESOLVERS SQL_MIGRATION_PREFIX SQL_MIGRATION_SEPARATOR
SQL_MIGRATION_SUFFIXES STREAM TABLE TABLESPACE TARGET LOGGERS UNDO_SQL_MIGRATION_PREFIX URL USER
VALIDATE_ON_MIGRATE VALIDATE_MIGRATION_NAMING CREATE_SCHEMAS FAIL_ON_MISSING_LOCATIONS KERBEROS_CONFIG_FILE
REPORT_FILENAME JAR_DIRS CONFIGURATIONS`.split(/\s+/);

const KEYS = new Map(NAMES.map((n) => [`FLYWAY_${n}`, n.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())]));

/** The FLYWAY_* settings in `env`, in a stable order (by name). */
export function readFlywayEnv(env: NodeJS.ProcessEnv): FlywayEntry[] {
  const entries: FlywayEntry[] = [];
  for (const name of Object.keys(env).sort()) {
    const value = env[name];
    if (value === undefined || !name.startsWith('FLYWAY_')) continue;
    const placeholder = /^FLYWAY_PLACEHOLDERS_(.+)$/.exec(name);
    if (placeholder) entries.push({ key: `placeholders.${placeholder[1]!.toLowerCase()}`, label: name, value });
    else if (KEYS.has(name)) entries.push({ key: KEYS.get(name)!, label: name, value });
    else if (/^FLYWAY_(JDBC_PROPERTIES_|PLUGINS_).+/.test(name)) entries.push({ key: `(env) ${name}`, label: name, value });
  }
  return entries;
}
