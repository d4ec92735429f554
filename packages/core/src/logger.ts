import pino, { type DestinationStream, type Logger } from 'pino';

/** Structured JSON logger; one child per service. `destination`: stdout unless given (tests read logs). */
export function createLogger(service: string, level: string = 'info', destination?: DestinationStream): Logger {
  const options = { name: service, level, redact: ['req.headers.authorization', 'req.headers["x-api-key"]', '*.password', '*.passwordHash'] };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
