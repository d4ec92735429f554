/** One error of a GraphQL response, as the gateway sends it (`extensions.code` names its kind). */
export interface GraphQLErrorShape {
  message: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  extensions?: { code?: string; [key: string]: unknown };
}

/** What a mutation payload's `errors` holds: an expected refusal (rule 2 of STYLE.md), as data. */
export interface UserErrorShape {
  code: string;
  field?: ReadonlyArray<string> | null;
  message: string;
}

/** Every error the SDK throws: `code` says what happened, in the server's words when it sent one. */
export class PrometricError extends Error {
  override name = 'PrometricError';
  constructor(
    message: string,
    /** `extensions.code` of the first GraphQL error, `USER_ERROR`, `NETWORK_ERROR` or `HTTP_<status>`. */
    readonly code: string,
  ) {
    super(message);
  }
}

/**
 * The gateway answered with GraphQL errors (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT,
 * RATE_LIMITED, …). `data` keeps whatever the response carried besides: a refused field is `null`
 * there, with its error at its path, while the rest of the answer stands.
 */
export class GraphQLResponseError<TData = unknown> extends PrometricError {
  override name = 'GraphQLResponseError';
  /** Each error's `extensions.code` (`UNKNOWN` where it has none), in order. */
  readonly codes: string[];
  constructor(
    readonly errors: ReadonlyArray<GraphQLErrorShape>,
    /** The HTTP status of the response (200 for errors beside data, 4xx/5xx for refusals). */
    readonly status: number,
    readonly data: TData | null | undefined,
    /** How many times the request was sent (more than 1 after retries). */
    readonly attempts = 1,
  ) {
    const codes = errors.map((e) => e.extensions?.code ?? 'UNKNOWN');
    super(errors.map((e) => e.message).join('; ') || `GraphQL errors (HTTP ${status})`, codes[0] ?? 'UNKNOWN');
    this.codes = codes;
  }
}

/** An HTTP answer with no GraphQL body (a proxy's 502, a 503 page). */
export class HttpError extends PrometricError {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly body: string,
    readonly attempts = 1,
  ) {
    super(`HTTP ${status}: ${body.slice(0, 200)}`, `HTTP_${status}`);
  }
}

/** The gateway could not be reached (connection refused or reset, DNS). */
export class NetworkError extends PrometricError {
  override name = 'NetworkError';
  constructor(
    override readonly cause: unknown,
    readonly attempts = 1,
  ) {
    super(`gateway unreachable: ${cause instanceof Error ? cause.message : String(cause)}`, 'NETWORK_ERROR');
  }
}

/** A mutation payload refused the change: its `errors` (codes such as INVALID, NOT_FOUND, INSUFFICIENT_STOCK). */
export class UserErrors extends PrometricError {
  override name = 'UserErrors';
  constructor(readonly errors: ReadonlyArray<UserErrorShape>) {
    super(errors.map((e) => `${e.code}${e.field?.length ? ` (${e.field.join('.')})` : ''}: ${e.message}`).join('; '), 'USER_ERROR');
  }
}

/**
 * The payload of a mutation, once it is known to have succeeded: throws `UserErrors` when its
 * `errors` list is not empty, and `PrometricError` (FORBIDDEN) when the payload itself is null (a
 * refused root field). `const { deal } = ok(data.createDeal)`.
 */
export function ok<P extends { errors?: ReadonlyArray<UserErrorShape> | null }>(payload: P | null | undefined): P {
  if (!payload) throw new PrometricError('the mutation returned no payload', 'FORBIDDEN');
  if (payload.errors?.length) throw new UserErrors(payload.errors);
  return payload;
}
