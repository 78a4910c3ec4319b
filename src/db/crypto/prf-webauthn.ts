import { fromBase64, toBase64 } from './base64';
import type { PrfEnrolment } from './prf-unlock';

/*
 * The WebAuthn ceremonies behind unlocking with a fingerprint or face: a platform credential with
 * the PRF extension, whose output for a stored salt derives the key that wraps the data keys.
 * No server takes part: the challenge is random and the assertion is not verified; the security
 * comes from the PRF output, which only the authenticator can compute after user verification.
 */

/** An IP address cannot be a WebAuthn relying party id. */
const isIpHost = (host: string) => /^[\d.]+$/.test(host) || host.includes(':');

/**
 * Whether to offer the option at all: WebAuthn exists, the page's host can be a relying party, a
 * user-verifying platform authenticator is available, and the browser does not deny PRF.
 */
export async function platformPrfOffered(): Promise<boolean> {
  if (typeof PublicKeyCredential === 'undefined' || !navigator.credentials) return false;
  if (isIpHost(location.hostname)) return false;
  try {
    if (!(await PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable())) return false;
    if (typeof PublicKeyCredential.getClientCapabilities === 'function') {
      const capabilities = await PublicKeyCredential.getClientCapabilities();
      if (capabilities['extension:prf'] === false) return false;
    }
    return true;
  } catch {
    return false;
  }
}

const challenge = () => crypto.getRandomValues(new Uint8Array(32));

/** The PRF output of the credential for `prfSalt` after user verification; null without PRF. */
export async function getPrfOutput(
  credentialId: string,
  prfSalt: string,
): Promise<Uint8Array | null> {
  const assertion = (await navigator.credentials.get({
    publicKey: {
      challenge: challenge(),
      rpId: location.hostname,
      userVerification: 'required',
      allowCredentials: [{ type: 'public-key', id: fromBase64(credentialId) }],
      extensions: { prf: { eval: { first: fromBase64(prfSalt) } } },
    },
  })) as PublicKeyCredential | null;
  const first = assertion?.getClientExtensionResults().prf?.results?.first;
  return first ? new Uint8Array(first as ArrayBuffer) : null;
}

/** Tells the authenticator (where the browser can) that a credential is no longer used. */
export function forgetCredential(credentialId: string): void {
  if (typeof PublicKeyCredential?.signalUnknownCredential !== 'function') return;
  const id = credentialId.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  PublicKeyCredential.signalUnknownCredential({ rpId: location.hostname, credentialId: id }).catch(
    () => undefined,
  );
}

/**
 * Creates a platform credential with PRF and returns its PRF output for `prfSalt` (from the
 * creation where the authenticator gives it, else from one assertion). Returns null, keeping
 * nothing, when the authenticator cannot derive a key. Throws when the user cancels.
 */
export async function createPrfCredential(prfSalt: Uint8Array<ArrayBuffer>): Promise<PrfEnrolment> {
  const credential = (await navigator.credentials.create({
    publicKey: {
      rp: { id: location.hostname, name: 'Värna' },
      user: {
        id: crypto.getRandomValues(new Uint8Array(16)),
        name: 'Värna',
        displayName: 'Värna på den här enheten',
      },
      challenge: challenge(),
      pubKeyCredParams: [
        { type: 'public-key', alg: -7 },
        { type: 'public-key', alg: -257 },
      ],
      authenticatorSelection: {
        authenticatorAttachment: 'platform',
        residentKey: 'preferred',
        userVerification: 'required',
      },
      extensions: { prf: { eval: { first: prfSalt } } },
    },
  })) as PublicKeyCredential | null;
  if (!credential) return null;
  const credentialId = new Uint8Array(credential.rawId);
  const prf = credential.getClientExtensionResults().prf;
  const first = prf?.results?.first;
  let prfOutput: Uint8Array | null = first ? new Uint8Array(first as ArrayBuffer) : null;
  if (!prfOutput && prf?.enabled) {
    prfOutput = await getPrfOutput(toBase64(credentialId), toBase64(prfSalt)).catch(
      (error: unknown) => {
        forgetCredential(toBase64(credentialId));
        throw error;
      },
    );
  }
  if (!prfOutput) {
    forgetCredential(toBase64(credentialId));
    return null;
  }
  return { credentialId, prfOutput };
}
