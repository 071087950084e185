import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { Viewer } from '../../core/access/viewer';

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

/** Stateless session: any server process with the secret can check it. */
export function signToken(settings: TokenSettings, userId: string): string {
  return jwt.sign({}, keyOf(settings.secret), { subject: userId, expiresIn: settings.ttlSeconds, algorithm: 'HS256' });
}

// A token's signature, once checked, stays checked until the token expires: the
// check (HMAC plus JSON parsing) was a visible part of each signed-in request.
// Per key, bounded, and still refused after `exp`.
const MAX_VERIFIED = 10_000;
const verified = new WeakMap<KeyObject, Map<string, { sub: string; expMs: number }>>();

/** The user id of a valid, unexpired token, or null. */
export function verifyToken(settings: TokenSettings, token: string): string | null {
  const key = keyOf(settings.secret);
  let known = verified.get(key);
  if (!known) verified.set(key, (known = new Map()));
  const hit = known.get(token);
  if (hit) {
    if (Date.now() < hit.expMs) return hit.sub;
    known.delete(token);
    return null;
  }
  try {
    const payload = jwt.verify(token, key, { algorithms: ['HS256'] });
    if (typeof payload !== 'object' || typeof payload.sub !== 'string') return null;
    if (typeof payload.exp === 'number') {
      if (known.size >= MAX_VERIFIED) known.clear();
      known.set(token, { sub: payload.sub, expMs: payload.exp * 1000 });
    }
    return payload.sub;
  } catch {
    return null;
  }
}

export type UserViewer = Extract<Viewer, { kind: 'user' }>;
