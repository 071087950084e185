import jwt from 'jsonwebtoken';
import type { Viewer } from '../../core/access/viewer';

export interface TokenSettings {
  secret: string;
  ttlSeconds: number;
}

/** Stateless session: any server process with the secret can check it. */
export function signToken(settings: TokenSettings, userId: string): string {
  return jwt.sign({}, settings.secret, { subject: userId, expiresIn: settings.ttlSeconds, algorithm: 'HS256' });
}

/** The user id of a valid, unexpired token, or null. */
export function verifyToken(settings: TokenSettings, token: string): string | null {
  try {
    const payload = jwt.verify(token, settings.secret, { algorithms: ['HS256'] });
    return typeof payload === 'object' && typeof payload.sub === 'string' ? payload.sub : null;
  } catch {
    return null;
  }
}

export type UserViewer = Extract<Viewer, { kind: 'user' }>;
