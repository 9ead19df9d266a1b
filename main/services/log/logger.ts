import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

/** One JSON line per entry; the file is what an ORP administrator asks a clerk to send. */
export function createFileLogger(
  file: string | null,
  echo: (line: string) => void = () => {},
): Logger {
  if (file) mkdirSync(dirname(file), { recursive: true });
  const write = (level: LogLevel, message: string, context?: Record<string, unknown>) => {
    const line = JSON.stringify({ at: new Date().toISOString(), level, message, ...context });
    echo(line);
    if (file) {
      try {
        appendFileSync(file, `${line}\n`);
      } catch {
        // A log that cannot be written must never take the app down with it.
      }
    }
  };
  return {
    info: (message, context) => write('info', message, context),
    warn: (message, context) => write('warn', message, context),
    error: (message, context) => write('error', message, context),
  };
}

/** Collects entries in memory, for tests. */
export function createMemoryLogger(): Logger & {
  entries: Array<{ level: LogLevel; message: string; context?: Record<string, unknown> }>;
} {
  const entries: Array<{ level: LogLevel; message: string; context?: Record<string, unknown> }> =
    [];
  return {
    entries,
    info: (message, context) => entries.push({ level: 'info', message, context }),
    warn: (message, context) => entries.push({ level: 'warn', message, context }),
    error: (message, context) => entries.push({ level: 'error', message, context }),
  };
}
