/**
 * flyway.conf: Java properties (`flyway.url=…`, `flyway.placeholders.region=eu`), read with
 * properties-file (java.util.Properties' syntax: comments, continuation lines, escapes).
 * As Flyway's ConfigUtils.loadConfigurationFile does, `${NAME}` in a value is the environment
 * variable NAME ('' when unset). Keys without the `flyway.` prefix are not Flyway settings.
 */
import { Properties } from 'properties-file/parser';
import type { FlywayEntry } from './keys.js';

const ENV_REF = /\$\{([A-Za-z0-9_]+)\}/g;
const CONNECTION_KEYS = ['flyway.url', 'flyway.user', 'flyway.password'];

/**
 * The entries of a flyway.conf text, each with its line (column 1: the key starts the line), and
 * a warning per `${NAME}` that is not set (read as '', as Flyway does) — for url, user and password
 * a connection note instead, shown when a connection made with them fails (a `url` of
 * `jdbc:postgresql://${PGHOST}/` connects to localhost, and the user should know why).
 * `shown` names the file in warnings.
 */
export function readFlywayConf(text: string, env: NodeJS.ProcessEnv, shown = 'flyway.conf'): { entries: FlywayEntry[]; warnings: string[]; connectionNotes: string[] } {
  const entries: FlywayEntry[] = [];
  const warnings: string[] = [];
  const connectionNotes: string[] = [];
  for (const p of new Properties(text).getProperties()) {
    const column = p.leadingWhitespace.length + 1;
    const unset = new Set<string>();
    const value = p.value.replace(ENV_REF, (_, name: string) => {
      if (env[name] === undefined) unset.add(name);
      return env[name] ?? '';
    });
    if (unset.size) {
      const note = `${shown}:${p.startingLineNumber}: ${p.key} uses ${[...unset].map((n) => `\${${n}}`).join(', ')}, not set in the environment: read as empty`;
      // The connection matters only when it is used: said with a connection failure, not on every run.
      (CONNECTION_KEYS.includes(p.key) ? connectionNotes : warnings).push(note);
    }
    const key = p.key.startsWith('flyway.') ? p.key.slice('flyway.'.length) : `(not flyway.*) ${p.key}`;
    entries.push({ key, label: p.key, value, line: p.startingLineNumber, column });
  }
  return { entries, warnings, connectionNotes };
}
