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

/** The user id of a valid, unexpired token, or null. */
export function verifyToken(settings: TokenSettings, token: string): string | null {
  try {
    const payload = jwt.verify(token, keyOf(settings.secret), { algorithms: ['HS256'] });
    return typeof payload === 'object' && typeof payload.sub === 'string' ? payload.sub : null;
  } catch {
    return null;
  }
}

export type UserViewer = Extract<Viewer, { kind: 'user' }>;
