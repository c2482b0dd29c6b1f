/**
 * Errors that end a run with exit code 2 (usage, configuration, unreadable input): the message
 * is shown as is, never with a stack trace. Findings are not errors; they exit with 1.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(message: string, readonly file?: string, readonly line?: number, readonly column?: number) {
    super(file ? `${file}${line ? `:${line}:${column ?? 1}` : ''}: ${message}` : message);
  }
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;
