import { NetworkError, fetchTransport, type Transport } from '../../../src/sync';
import type { ServerHolder } from './server-holder';

/** The origin devices are paired with; the transports route it to the current endpoint. */
export const SIM_SERVER_URL = 'http://varna.test';

/**
 * In-process transport, no sockets: the request goes to the current app through `app.inject`.
 * An app that is down for a restart, closed or fails to answer is a network failure, as a dead
 * endpoint would be.
 */
export function injectTransport(holder: ServerHolder): Transport {
  return async ({ method, url, token, body }) => {
    const { pathname, search } = new URL(url);
    if (holder.down) throw new NetworkError(new Error('the endpoint is restarting'));
    const pending = holder.current.app.inject({
      method,
      url: pathname + search,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(body !== undefined ? { payload: body as object } : {}),
    });
    holder.inflight.add(pending);
    let res;
    try {
      res = await pending;
    } catch (error) {
      throw new NetworkError(error);
    } finally {
      holder.inflight.delete(pending);
    }
    let parsed: unknown = null;
    try {
      parsed = res.body ? JSON.parse(res.body) : null;
    } catch {
      parsed = null;
    }
    return { status: res.statusCode, body: parsed };
  };
}

/** Real HTTP through the app's own fetch transport, to wherever the endpoint listens now. */
export function httpTransport(holder: ServerHolder): Transport {
  return (request) => {
    const { pathname, search } = new URL(request.url);
    if (!holder.url) throw new Error('the endpoint is not listening');
    return fetchTransport({ ...request, url: `${holder.url}${pathname}${search}` });
  };
}
