import type { ErrorResponse } from '../shared/sync/protocol';

/** An expected failure with its status and the JSON body the client receives. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: ErrorResponse & { issues?: unknown },
  ) {
    super(body.message);
    this.name = 'ApiError';
  }
}

export const MESSAGES = {
  invalid: 'Ogiltig begäran.',
  unauthorized: 'Enheten är inte parkopplad. Parkoppla den igen.',
  revoked: 'Enheten är bortkopplad från servern. Parkoppla den igen med en ny kod.',
  selfRevoke:
    'En enhet kan inte koppla bort sig själv. Koppla bort den från en annan kontorsenhet ' +
    'eller med npm run admin -- revoke på servern.',
  forbidden: 'Bara en kontorsenhet får göra detta.',
  notFound: 'Finns inte.',
  pairingFailed: 'Koden är fel eller har gått ut. Be om en ny kod.',
  gap: 'Ändringar saknas i kön. Synka om från den senast mottagna ändringen.',
  tooLarge: 'Begäran är för stor.',
  mediaType: 'Fel innehållstyp: skicka JSON.',
  badJson: 'Begäran är inte giltig JSON.',
  rateLimited: 'För många försök. Vänta en stund och försök igen.',
  internal: 'Något gick fel på servern. Försök igen senare.',
} as const;

export const invalid = (issues?: unknown): ApiError =>
  new ApiError(400, { error: 'invalid', message: MESSAGES.invalid, issues });
export const notFound = (): ApiError =>
  new ApiError(404, { error: 'not_found', message: MESSAGES.notFound });
export const forbidden = (): ApiError =>
  new ApiError(403, { error: 'forbidden', message: MESSAGES.forbidden });
/**
 * An office device asking to revoke itself, which would shut it out of the very page it asks from:
 * another office device or the admin CLI can revoke it.
 */
export const selfRevoke = (): ApiError =>
  new ApiError(409, { error: 'self_revoke', message: MESSAGES.selfRevoke });
