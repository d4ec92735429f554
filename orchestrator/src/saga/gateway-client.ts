import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { TokenSigner, type KeyStoreFile, type ServiceRole } from '@prometric/core';

/** A failure worth retrying later (transport, server error, a dependency not caught up yet): BullMQ retries the event with backoff. */
export class TransientStepError extends Error {
  override name = 'TransientStepError';
}

/** A refusal that will not change on retry (a UserError of the owning subgraph, an injected failure): the saga compensates. */
export class PermanentStepError extends Error {
  override name = 'PermanentStepError';
}

export interface SagaActor {
  organizationId: string;
  workspaceId: string;
  userId: string;
  currency: string;
}

export interface UserErrorShape {
  code: string;
  field?: string[] | null;
  message: string;
}

/** Each document printed once: the saga sends the same dozen operations over and over. */
const printedDocuments = new WeakMap<DocumentNode, string>();
function printed(document: DocumentNode): string {
  let query = printedDocuments.get(document);
  if (!query) {
    query = print(document);
    printedDocuments.set(document, query);
  }
  return query;
}

/**
 * Calls the owning subgraphs' mutations through the gateway, like any client, with a short-lived
 * access token the orchestrator signs itself for the event's tenant and actor, with the service
 * role `service:order-to-cash`: only the permissions the saga's steps need (no HR, costs or members).
 */
export class GatewayClient {
  private readonly signer: TokenSigner;

  constructor(private readonly url: string, keys: KeyStoreFile, settings: { issuer: string; audience: string }) {
    this.signer = new TokenSigner(() => keys.current(), settings);
  }

  /**
   * Sends one typed operation of schema/operations/saga.graphql (its generated document) and returns
   * its data; GraphQL errors and transport failures become Transient or Permanent step errors.
   */
  async mutate<T, V extends Record<string, unknown>>(actor: SagaActor, document: TypedDocumentNode<T, V>, variables: V): Promise<T> {
    const query = printed(document);
    const token = await this.signer.signAccessToken({ ...actor, role: 'service:order-to-cash' satisfies ServiceRole }, 120);
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
    } catch (e) {
      throw new TransientStepError(`gateway unreachable: ${(e as Error).message}`);
    }
    const text = await response.text();
    let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      body = JSON.parse(text);
    } catch {
      throw new TransientStepError(`gateway answered ${response.status}: ${text.slice(0, 200)}`);
    }
    if (body.errors?.length) {
      const codes = body.errors.map((e) => e.extensions?.code ?? 'UNKNOWN');
      const message = body.errors.map((e) => e.message).join('; ');
      // Authorization and validation errors do not heal with time; everything else may (a subgraph restarting).
      if (codes.some((c) => ['FORBIDDEN', 'UNAUTHENTICATED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT'].includes(c))) {
        throw new PermanentStepError(`gateway refused: ${message}`);
      }
      throw new TransientStepError(`gateway error: ${message}`);
    }
    if (!body.data) throw new TransientStepError(`gateway answered ${response.status} without data`);
    return body.data;
  }
}
