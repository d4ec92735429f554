import type { EventContract } from './event-contract';
import * as sales from './sales.events';
import * as finance from './finance.events';
import * as operations from './operations.events';
import * as production from './production.events';
import * as hr from './hr.events';

const isContract = (value: unknown): value is EventContract =>
  typeof value === 'object' && value !== null && 'type' in value && 'payload' in value && 'producer' in value;

/** Every event contract, by type. */
export const EVENT_CONTRACTS: ReadonlyMap<string, EventContract> = new Map(
  [sales, finance, operations, production, hr].flatMap((module) => Object.values(module).filter(isContract)).map((c) => [c.type, c]),
);

/** The contract of an event type; undefined for a type nobody declared. */
export function contractOf(type: string): EventContract | undefined {
  return EVENT_CONTRACTS.get(type);
}
