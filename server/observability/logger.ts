import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * The server's one JSON logger: a line per request and per lifecycle event (docs/operations.md, "Logs").
 * Only fields the code names go in, never a request body, query or header: whatever a citizen typed (a
 * name, a phone number, a complaint's text) must not reach a log line. `destination` is for tests.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } }, destination);
}

/** A `(line) => void` sink, as the store and the snapshot take one, writing each line as `level` through `logger`. */
export function lineLog(logger: Logger, level: 'info' | 'warn' | 'error' = 'info'): (line: string) => void {
  return (line) => logger[level](line);
}
