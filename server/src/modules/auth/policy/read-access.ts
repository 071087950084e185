import type { Viewer } from '../../../core/access/viewer';
import { fieldSensitivity, type FieldSensitivity, type RecordDecl, type Sensitivity } from '../../../core/declare';
import { ownerEnds } from './ownership';

/**
 * How much of a field a viewer may read: everywhere, only in rows of its own
 * centre or community, or nowhere. The one reading of domain.md's table
 * ("Who may see and change what"); filters, orders, fields, writes, audit
 * masking and `permissions` all ask here.
 */
export type ReadAccess = 'ALL' | 'OWN_CENTER' | 'OWN_COMMUNITY' | 'NONE';

export function accessFor(viewer: Viewer, decl: RecordDecl, sensitivity: Sensitivity): ReadAccess {
  if (sensitivity === 'PUBLIC') return 'ALL';
  if (viewer.kind === 'anonymous') return 'NONE';
  // A partner reads INTERNAL only of the types its key's scopes name; elsewhere it is anonymous.
  if (viewer.kind === 'partner') return sensitivity === 'INTERNAL' && viewer.scopes.includes(decl.scope) ? 'ALL' : 'NONE';
  if (viewer.role === 'ADMIN' || viewer.role === 'AUDITOR') return 'ALL';
  if (sensitivity === 'INTERNAL') return 'ALL';
  if (sensitivity === 'RESTRICTED') return 'NONE';
  const ends = ownerEnds(decl);
  if (viewer.role === 'COMMUNITY_STAFF') {
    return sensitivity === 'PERSONAL' && viewer.communityId && ends.includes('community') ? 'OWN_COMMUNITY' : 'NONE';
  }
  // CENTER_ADMIN: PERSONAL and FINANCIAL of records that belong to its centre.
  return viewer.serviceCenterId && ends.length ? 'OWN_CENTER' : 'NONE';
}

/** Fields of a record type that are not declared fields but still need a decision. */
const USERS_ONLY = new Set(['history']);

/** The sensitivity behind a GraphQL field of a record type (see fieldSensitivity); undefined for fields every caller may read (version). */
export function sensitivityOf(decl: RecordDecl, field: string): FieldSensitivity | 'USERS_ONLY' | undefined {
  if (USERS_ONLY.has(field)) return 'USERS_ONLY';
  return fieldSensitivity(decl, field) ?? undefined;
}

/** Read access to one GraphQL field of a record type. */
export function fieldAccess(viewer: Viewer, decl: RecordDecl, field: string): ReadAccess {
  const found = sensitivityOf(decl, field);
  if (found === undefined) return 'ALL';
  if (found === 'USERS_ONLY') return viewer.kind === 'user' ? 'ALL' : 'NONE';
  const access = accessFor(viewer, found.decl, found.sensitivity);
  // An inverse list shows rows of another type: only all-or-nothing makes sense there.
  return found.decl !== decl && access !== 'ALL' ? 'NONE' : access;
}
