import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  CheckConstraintViolationException,
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { defineEnum, type EnumValue } from './graphql/define-enum';

/** The codes a client can switch on, in thrown errors (`extensions.code`) and in payload `errors`. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'QUERY_TOO_COMPLEX'
  | 'RATE_LIMITED'
  | 'SUBGRAPH_TIMEOUT'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'INTERNAL_SERVER_ERROR';

abstract class CodedError extends GraphQLError {
  abstract readonly code: ErrorCode;
  /** What a client may read beside the code (a limit and what was measured); most errors say nothing more. */
  get publicExtensions(): Record<string, unknown> {
    return {};
  }
}

function coded<C extends ErrorCode>(code: C, defaultMessage: string) {
  return class extends CodedError {
    readonly code = code;
    constructor(message: string = defaultMessage, extensions: Record<string, unknown> = {}) {
      super(message, { extensions: { ...extensions, code } });
    }
  };
}

/** No valid credentials were presented. */
export class UnauthenticatedError extends coded('UNAUTHENTICATED', 'Authentication required') {}
/** The principal is known but lacks the permission. */
export class ForbiddenError extends coded('FORBIDDEN', 'Not allowed') {}
/** The object does not exist in the caller's workspace (other tenants' objects look the same). */
export class NotFoundError extends coded('NOT_FOUND', 'Not found') {}
/** Input rejected before any business rule ran. */
export class BadUserInputError extends coded('BAD_USER_INPUT', 'Invalid input') {
  /** The argument at fault, when the thrower names it (`{ argumentName: 'orderBy' }`): clients may show it. */
  override get publicExtensions(): Record<string, unknown> {
    const name = this.extensions.argumentName;
    return typeof name === 'string' ? { argumentName: name } : {};
  }
}
/** The write collides with existing state. */
export class ConflictError extends coded('CONFLICT', 'Conflict') {}
/** A bug or an outage: the client learns nothing more. */
export class InternalError extends coded('INTERNAL_SERVER_ERROR', 'Internal server error') {}

export { CodedError };

/** Which limit of a query (see QueryLimits in graphql/query-limits.ts). */
export type QueryLimitName = 'depth' | 'aliases' | 'directives' | 'tokens' | 'cost' | 'duplicates';

/** A query over a limit: refused before anything runs, naming the limit and what the query measured. */
export class QueryTooComplexError extends CodedError {
  readonly code = 'QUERY_TOO_COMPLEX';

  constructor(
    readonly limit: QueryLimitName,
    readonly max: number,
    readonly measured: number | null,
  ) {
    super(`Query too complex: its ${limit} (${measured ?? `more than ${max}`}) is over the limit of ${max}`, {
      extensions: { code: 'QUERY_TOO_COMPLEX', limit, max, measured, http: { status: 400 } },
    });
  }

  override get publicExtensions(): Record<string, unknown> {
    return { limit: this.limit, max: this.max, measured: this.measured };
  }
}

/** A subgraph that did not answer within its deadline: its part of the answer is null, the rest stays. */
export class SubgraphTimeoutError extends CodedError {
  readonly code = 'SUBGRAPH_TIMEOUT';

  constructor(
    readonly subgraph: string,
    readonly timeoutMs: number,
  ) {
    super(`The ${subgraph} service did not answer within ${timeoutMs} ms; its fields are null`, { extensions: { code: 'SUBGRAPH_TIMEOUT', subgraph, timeoutMs } });
  }

  override get publicExtensions(): Record<string, unknown> {
    return { subgraph: this.subgraph, timeoutMs: this.timeoutMs };
  }
}

/** graphql-js's refusal of a document over `maxTokens` ("Document contains more that N tokens", sic), as ours. */
function tokenLimitRefusal(message: string): QueryTooComplexError | null {
  const match = /contains more th\w+ (\d+) tokens/.exec(message);
  return match ? new QueryTooComplexError('tokens', Number(match[1]), null) : null;
}

/** Codes of expected, per-field failures returned in mutation payloads. */
export const UserErrorCode = defineEnum('UserErrorCode', 'Why a mutation refused its input.', {
  INVALID: 'The value is malformed or out of range.',
  REQUIRED: 'A required value is missing or empty.',
  NOT_FOUND: 'A referenced object does not exist in this workspace.',
  CONFLICT: 'The value collides with an existing object (for example a duplicate SKU).',
  INVALID_TRANSITION: 'The object is not in a state that allows this change.',
  INVALID_CREDENTIALS: 'Email or password is wrong.',
  INVALID_TOKEN: 'The token is unknown, expired or already used.',
  FORBIDDEN: 'The caller may not make this particular change.',
  INSUFFICIENT_STOCK: 'The change would take stock below zero, or below what is reserved, in that warehouse.',
  OVERPAYMENT: 'The payment is more than the invoice still asks for (customer credit is not held).',
  EXCEEDS_AMOUNT_DUE: 'The credit is more than is still due on the invoice after payments.',
  INSUFFICIENT_BALANCE: 'The leave asked for is more than the employee has left of that kind.',
  CYCLE: 'The change would make something contain or report to itself (a bill of materials, a line of managers).',
  SCOPE_NOT_HELD: 'An API key would get a scope its creator does not hold (a key never exceeds the member who makes it).',
  URL_NOT_ALLOWED: 'A webhook URL resolves to a private, loopback or link-local address, which production refuses (SSRF).',
  PROVIDER_NOT_CONFIGURED: 'The workspace has no account at that payment provider (configurePaymentProvider).',
  PROVIDER_UNAVAILABLE: 'The payment provider could not be reached, timed out or failed: nothing was written; try again later.',
  PROVIDER_REFUSED: 'The payment provider refused the request (for example, wrong credentials): nothing was written.',
  EXCEEDS_REFUNDABLE: 'A refund larger than what is left of the payment to give back: nothing was written.',
});
export type UserErrorCode = EnumValue<typeof UserErrorCode>;

/** An expected failure of a mutation, reported as data. */
@Directive('@shareable')
@ObjectType({ description: 'An expected failure of a mutation: which input field and why.' })
export class UserError {
  @Field(() => UserErrorCode, { description: 'Machine-readable reason.' })
  code!: UserErrorCode;

  @Field(() => [String], { nullable: true, description: 'Path of the offending input field, e.g. ["lines", "0", "quantity"].' })
  field?: string[] | null;

  @Field(() => String, { description: 'Human-readable explanation, safe to show to a user.' })
  message!: string;
}

/** Builds a `UserError`. */
export function userError(code: UserErrorCode, message: string, field?: string[]): UserError {
  return Object.assign(new UserError(), { code, message, field: field ?? null });
}

/**
 * `[]`, or the INVALID error of a text longer than `max` characters (a column's width: most text
 * columns are `varchar(255)`), so a too-long value is the client's field error, not the database's.
 */
export function lengthErrors(value: string | null | undefined, field: string, max = 255): UserError[] {
  return value != null && value.trim().length > max ? [userError(UserErrorCode.INVALID, `${field} is limited to ${max} characters`, [field])] : [];
}

/** Thrown inside a service transaction to roll it back and report `errors` in the payload. */
export class UserErrorsException extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'UserErrorsException';
  }
}

/** What a mutation's service returns: its result, or the errors that refused it (nothing changed). */
export type Refusable<T> = T | { errors: UserError[] };

/**
 * Runs a mutation's work and turns its expected failures into `{ errors }`: a `UserErrorsException`
 * thrown inside it (which has rolled its transaction back), and, with `dbFields`, a violation of one
 * of the named constraints (what two concurrent requests can meet, e.g. a unique code). Anything
 * else propagates: a bug, reported as INTERNAL_SERVER_ERROR.
 */
export async function withUserErrors<T>(work: () => Promise<T>, dbFields?: Record<string, string[]>): Promise<Refusable<T>> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof UserErrorsException) return { errors: e.errors };
    const mapped = userErrorFromDb(e, dbFields);
    if (mapped) return { errors: [mapped] };
    throw e;
  }
}

/**
 * A mutation's payload from its service's result: the changed objects and no errors, or the errors
 * with `refused` (the empty lists a payload's non-null fields need). What every resolver returns.
 */
export function toPayload<R extends object, D extends Partial<R> = Partial<R>>(result: Refusable<R>, refused?: D): (R | (D & Partial<R>)) & { errors: UserError[] } {
  if (!('errors' in result)) return { ...result, errors: [] };
  const none: Partial<R> = {};
  return { ...none, ...refused, errors: result.errors } as D & Partial<R> & { errors: UserError[] };
}

/**
 * SQLSTATEs of class 22 ("data exception") that only a client's value can cause: text longer than
 * its column, a number or a moment out of range, text that is not valid UTF-8 (a NUL), an id that is
 * not a UUID. Division by zero and the like are also class 22 but are ours, so they are not listed.
 */
const INPUT_DATA_EXCEPTIONS: Record<string, string> = {
  '22001': 'A text value is longer than its field allows',
  '22003': 'A number is out of range for its field',
  '22008': 'A date or time is out of range',
  '22007': 'A date or time is malformed',
  '22021': 'A text value contains a character that cannot be stored',
  '22P05': 'A text value contains a character that cannot be stored',
  '22P02': 'A value is malformed (for example an id that is not a UUID)',
};

/** The client-facing reason when `e` is the database refusing a value of the client's input, else null. */
export function inputDataException(e: unknown): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? (INPUT_DATA_EXCEPTIONS[code] ?? null) : null;
}

/**
 * The one place database exceptions become client-facing codes. Returns null for anything that is
 * neither a constraint violation nor a refused input value (those are bugs and surface as
 * INTERNAL_SERVER_ERROR).
 */
export function userErrorFromDb(e: unknown, fieldsByConstraint: Record<string, string[]> = {}): UserError | null {
  const constraint = (e as { constraint?: string }).constraint ?? '';
  const field = fieldsByConstraint[constraint];
  const refusedValue = inputDataException(e);
  if (refusedValue) return userError(UserErrorCode.INVALID, refusedValue);
  if (e instanceof UniqueConstraintViolationException) {
    return userError(UserErrorCode.CONFLICT, field ? `${field.join('.')} is already taken` : 'Already exists', field);
  }
  if (e instanceof ForeignKeyConstraintViolationException) {
    return userError(UserErrorCode.NOT_FOUND, 'A referenced object does not exist', field);
  }
  if (e instanceof CheckConstraintViolationException || e instanceof NotNullConstraintViolationException) {
    return userError(UserErrorCode.INVALID, 'A value is out of range', field);
  }
  return null;
}

/**
 * Apollo `formatError`: coded errors pass through; anything else (a bug, SQL, a stack) is logged by
 * the caller and reaches the client as a bare INTERNAL_SERVER_ERROR.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log?: (err: unknown) => void): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const code = formatted.extensions?.code as string | undefined;
  const safe = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST']);
  if (original instanceof CodedError && original.code !== 'INTERNAL_SERVER_ERROR') {
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: { ...original.publicExtensions, code: original.code } };
  }
  const overTokens = code === 'GRAPHQL_PARSE_FAILED' ? tokenLimitRefusal(formatted.message) : null;
  if (overTokens) return { message: overTokens.message, extensions: { ...overTokens.publicExtensions, code: overTokens.code } };
  const refusedValue = inputDataException(original);
  if (refusedValue) return { message: `${refusedValue}; nothing was changed`, path: formatted.path, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
  if (code && safe.has(code) && !(original instanceof Error && !(original instanceof GraphQLError))) {
    // A subgraph's BadUserInputError reaches the gateway as a plain GraphQLError: keep the argument it named.
    const argumentName = code === 'BAD_USER_INPUT' ? formatted.extensions?.argumentName : undefined;
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: typeof argumentName === 'string' ? { argumentName, code } : { code } };
  }
  log?.(original);
  return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
