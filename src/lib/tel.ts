/**
 * Links that dial, text or e-mail from a phone. Pure string work, so every link works offline:
 * the phone's dialler needs no network from the app.
 */

/** The number as it is dialled: digits only, with a leading + kept ("060-16 31 00" → "060163100"). */
export function dialString(number: string): string {
  const trimmed = number.trim();
  const digits = trimmed.replace(/\D/g, '');
  return trimmed.startsWith('+') ? `+${digits}` : digits;
}

/** `tel:` link for a number as written ("114 14" → "tel:11414"). */
export function telHref(number: string): string {
  return `tel:${dialString(number)}`;
}

/** `sms:` link for a number as written. */
export function smsHref(number: string): string {
  return `sms:${dialString(number)}`;
}

/** `mailto:` link for an e-mail address (spaces and other unsafe characters percent-encoded). */
export function mailtoHref(email: string): string {
  return `mailto:${encodeURI(email.trim())}`;
}
