import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { Viewer } from '../../core/access/viewer';
import { isUuid } from '../../core/crud/filter';

export interface TokenSettings {
  secret: string;
  ttlSeconds: number;
}

// jsonwebtoken turns a string secret into a KeyObject on every call (first trying it
// as a PEM public key, which throws): measured at about a sixth of a cached request's
// CPU. One KeyObject per secret, made once.
const keys = new Map<string, KeyObject>();
const keyOf = (secret: string) => {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = createSecretKey(Buffer.from(secret, 'utf8'))));
  return key;
};

/** What a session token names: its user (`sub`) and its row in app_session (`sid`), which says whether it still holds. */
export interface TokenClaims {
  userId: string;
  sessionId: string;
}

/** A signed session token: any server process with the secret can check it, and app_session says whether it was ended. */
export function signToken(settings: TokenSettings, claims: TokenClaims): string {
  return jwt.sign({ sid: claims.sessionId }, keyOf(settings.secret), {
    subject: claims.userId,
    expiresIn: settings.ttlSeconds,
    algorithm: 'HS256',
  });
}

// A token's signature, once checked, stays checked until the token expires: the
// check (HMAC plus JSON parsing) was a visible part of each signed-in request.
// Per key, bounded, and still refused after `exp`.
const MAX_VERIFIED = 10_000;
// Only the signature is cached: whether the session still holds is asked of the database on every request.
const verified = new WeakMap<KeyObject, Map<string, { claims: TokenClaims; expMs: number }>>();

/**
 * The claims of a validly signed, unexpired token, or null. A token without a
 * session id (signed before sessions could end) is refused: it could not be ended.
 */
export function verifyToken(settings: TokenSettings, token: string): TokenClaims | null {
  const key = keyOf(settings.secret);
  let known = verified.get(key);
  if (!known) verified.set(key, (known = new Map()));
  const hit = known.get(token);
  if (hit) {
    if (Date.now() < hit.expMs) return hit.claims;
    known.delete(token);
    return null;
  }
  try {
    const payload = jwt.verify(token, key, { algorithms: ['HS256'] });
    if (typeof payload !== 'object' || typeof payload.sub !== 'string' || !isUuid(payload.sid)) return null;
    const claims: TokenClaims = { userId: payload.sub, sessionId: payload.sid };
    if (typeof payload.exp === 'number') {
      if (known.size >= MAX_VERIFIED) known.clear();
      known.set(token, { claims, expMs: payload.exp * 1000 });
    }
    return claims;
  } catch {
    return null;
  }
}

export type UserViewer = Extract<Viewer, { kind: 'user' }>;
