import pino, { type Logger } from 'pino';

/** Structured JSON logger; one child per service. */
export function createLogger(service: string, level: string = 'info'): Logger {
  return pino({ name: service, level, redact: ['req.headers.authorization', '*.password', '*.passwordHash'] });
}

export type { Logger };
