import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventContract, PayloadIn } from '@prometric/contracts';
import { UserErrorCode, UserErrorsException, userError, withUserErrors, type UserError } from '../errors';
import { recordEvent } from '../events/outbox';
import { lockAndLoad } from './loaders';

/**
 * A state machine's test built from its table of allowed moves: `canMove(T)(from, to)` is true when
 * `to` is listed under `from`. Anything not listed is an illegal transition.
 */
export function canMove<S extends string>(transitions: Readonly<Record<S, readonly S[]>>): (from: S, to: S) => boolean {
  return (from, to) => transitions[from].includes(to);
}

/**
 * The event a transition records, made by `eventOf` (which checks the payload against its contract);
 * `aggregateVersion` defaults to the row's `version` after the flush.
 */
export interface TransitionEvent {
  readonly contract: EventContract;
  readonly payload: unknown;
  readonly aggregateVersion?: number;
}

/** An event for `transition` to record: the payload is type-checked against `contract`. */
export function eventOf<C extends EventContract>(contract: C, payload: PayloadIn<C>, aggregateVersion?: number): TransitionEvent {
  return { contract, payload, aggregateVersion };
}

/** What `transition` needs to know about one move of one entity's state machine. */
export interface TransitionSpec<T extends { id: string; status: S }, S, K extends string, R> {
  /** Key of the row in the successful payload: `{ [key]: row }` (e.g. `'purchaseOrder'`). */
  key: K;
  /** Names the entity in messages: `<label> not found`, `A <label> in status X cannot become Y`. */
  label: string;
  /** The state machine (e.g. `canMove(SHIPMENT_TRANSITIONS)`). */
  canMove: (from: S, to: S) => boolean;
  /** The status the row moves to. */
  to: S;
  /**
   * Message of the INVALID_TRANSITION refusal; the default is `A <label> in status <from> cannot
   * become <to>` (`An` before a vowel, label in lower case).
   */
  refusal?: (from: S, to: S, row: T) => string;
  /**
   * Locks and loads the row in the transaction, null when it is not visible; the default is
   * `lockAndLoad(em, entity, id)`. Only for entities whose lock order requires a parent first.
   */
  lock?: (em: EntityManager, id: string) => Promise<T | null>;
  /**
   * The change itself, after the state machine agreed and before the status is set (`from` is the
   * status the row had). Refuses by throwing `UserErrorsException` (see `refuseTransition`), which
   * rolls everything back. Its result is handed to `event`.
   */
  apply?: (em: EntityManager, row: T, from: S) => R | Promise<R>;
  /** The event to record after the flush, in the same transaction; null or omitted: none. */
  event?: (em: EntityManager, row: T, applied: { from: S; result: R }) => TransitionEvent | null | Promise<TransitionEvent | null>;
}

/** A mutation payload: the row under `key`, or the errors that refused the change. */
export type TransitionResult<T, K extends string> = { [P in K]: T } | { errors: UserError[] };

/** An INVALID_TRANSITION refusal on `['id']`, to throw from a transition's `apply`. */
export function refuseTransition(message: string): UserErrorsException {
  return new UserErrorsException([userError(UserErrorCode.INVALID_TRANSITION, message, ['id'])]);
}

/**
 * Moves one row along its state machine, in one transaction (a savepoint when the caller is already
 * in one, as every request is):
 *
 * 1. locks and loads the row (`lockAndLoad`, or `spec.lock`); not visible → NOT_FOUND `<label> not
 *    found` on `['id']`;
 * 2. refuses with INVALID_TRANSITION on `['id']` when `spec.canMove(from, to)` says no;
 * 3. runs `spec.apply`, which may refuse by throwing `UserErrorsException`;
 * 4. sets `status = to`, flushes, and records `spec.event` (if any) with the row's id;
 * 5. returns `{ [key]: row }`, or `{ errors }` for any `UserErrorsException`, after rolling the
 *    transaction back. Any other error propagates.
 */
export async function transition<T extends { id: string; status: S }, S, K extends string, R = void>(
  ctx: { em: EntityManager },
  entity: EntityClass<T>,
  id: string,
  spec: TransitionSpec<T, S, K, R>,
): Promise<TransitionResult<T, K>> {
  return withUserErrors(async () => {
    const row = await ctx.em.transactional(async (tx) => {
      const em = tx as EntityManager;
      const found = spec.lock ? await spec.lock(em, id) : await lockAndLoad(em, entity, id);
      if (!found) throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, `${spec.label} not found`, ['id'])]);
      const from = found.status;
      if (!spec.canMove(from, spec.to)) throw refuseTransition((spec.refusal ?? defaultRefusal(spec.label))(from, spec.to, found));
      const result = (await spec.apply?.(em, found, from)) as R;
      found.status = spec.to;
      await em.flush();
      const event = await spec.event?.(em, found, { from, result });
      if (event) {
        const version = event.aggregateVersion ?? (found as { version?: number }).version;
        if (version == null) throw new Error(`transition: ${entity.name} has no version; the event must give aggregateVersion`);
        await recordEvent(em, event.contract, { aggregateId: found.id, aggregateVersion: version, payload: event.payload });
      }
      return found;
    });
    return { [spec.key]: row } as TransitionResult<T, K>;
  });
}

function defaultRefusal(label: string): (from: unknown, to: unknown) => string {
  const noun = label.toLowerCase();
  const article = /^[aeiou]/.test(noun) ? 'An' : 'A';
  return (from, to) => `${article} ${noun} in status ${String(from)} cannot become ${String(to)}`;
}
