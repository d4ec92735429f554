/**
 * A model served over HTTP in the shape of Vertex AI's online prediction (`POST …:predict` with
 * `{ instances: [...] }`, answered `{ predictions: [...] }`, a bearer token): the adapter the domains'
 * predictions use instead of their local model when an endpoint is configured. Never called in tests.
 */
export class HostedModelClient {
  constructor(
    private readonly endpoint: string,
    private readonly token: string | undefined,
    private readonly timeoutMs = 5000,
  ) {}

  async predict<T>(instances: unknown[]): Promise<T[]> {
    if (!instances.length) return [];
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ instances }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!response.ok) throw new Error(`The prediction endpoint answered ${response.status}`);
    const body = (await response.json()) as { predictions?: T[] };
    if (!Array.isArray(body.predictions) || body.predictions.length !== instances.length) throw new Error('The prediction endpoint answered without one prediction per instance');
    return body.predictions;
  }
}
