/**
 * How the engine reaches the endpoint. The default uses fetch; tests pass a transport that drops,
 * duplicates or delays requests to prove that retries never lose or duplicate anything.
 */
export interface TransportResponse {
  status: number;
  body: unknown;
}

export type Transport = (request: {
  method: 'GET' | 'POST' | 'PATCH';
  url: string;
  token?: string;
  body?: unknown;
}) => Promise<TransportResponse>;

/** A network failure (no answer at all): retried with backoff. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Ingen kontakt med servern.');
    this.name = 'NetworkError';
    this.cause = cause;
  }
}

export const fetchTransport: Transport = async ({ method, url, token, body }) => {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
      cache: 'no-store',
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  let parsed: unknown = null;
  try {
    parsed = await response.json();
  } catch {
    parsed = null;
  }
  return { status: response.status, body: parsed };
};
