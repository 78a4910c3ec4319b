import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorResponse } from '../shared/sync/protocol';

import { ApiError, MESSAGES } from './http-error';

/** Fastify's own client-error codes and what the client is told. */
const FASTIFY_CLIENT_ERRORS: Record<string, { status: number; body: ErrorResponse }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    body: { error: 'too_large', message: MESSAGES.tooLarge },
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    body: { error: 'unsupported_media_type', message: MESSAGES.mediaType },
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    body: { error: 'invalid', message: MESSAGES.invalid },
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    body: { error: 'invalid', message: MESSAGES.badJson },
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    body: { error: 'invalid', message: MESSAGES.badJson },
  },
};

/**
 * Every failure answers JSON with a stable code and a Swedish message. Bad input of any kind
 * (malformed JSON, wrong types, too large, wrong content type) is a 4xx, never a 5xx.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof ApiError) return reply.code(error.statusCode).send(error.body);
    const known = error.code ? FASTIFY_CLIENT_ERRORS[error.code] : undefined;
    if (known) return reply.code(known.status).send(known.body);
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return reply.code(429).send({ error: 'rate_limited', message: MESSAGES.rateLimited });
    }
    if (error instanceof SyntaxError || error.validation) {
      return reply.code(400).send({ error: 'invalid', message: MESSAGES.badJson });
    }
    if (status >= 400 && status < 500) {
      return reply.code(status).send({ error: 'invalid', message: MESSAGES.invalid });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ error: 'internal', message: MESSAGES.internal });
  });
}

/** Unknown API paths answer 404 JSON; other paths go to `fallback` (the SPA) when there is one. */
export function installNotFound(
  app: FastifyInstance,
  fallback?: (request: FastifyRequest, reply: FastifyReply) => unknown,
): void {
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url === '/api' || request.url.startsWith('/api/');
    if (!isApi && fallback) return fallback(request, reply);
    const body: ErrorResponse = { error: 'not_found', message: MESSAGES.notFound };
    return reply.code(404).send(body);
  });
}
