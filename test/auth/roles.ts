import type { Viewer } from '../../server/src/core/access/viewer';
import { declaredScopes, type ReadScope, type Sensitivity } from '../../server/src/core/declare';
import type { SmallCity } from '../support/fixtures';
import { ANONYMOUS, userViewer } from '../support/test-app';

/**
 * domain.md's table "Who may see and change what", restated for the tests
 * independently of the server's policy code: if either drifts, the matrix fails.
 */
export interface Actor {
  label: string;
  viewer: Viewer;
  /** What the table lets this actor read of a field in a row owned by these communities and centres. */
  reads(s: Sensitivity, scope: ReadScope, owner: Owner): boolean;
  /** Whether it may create/update/delete/restore a record of this type owned like this. */
  writesRow(owner: Owner, typeName: string, op: string): boolean;
}

export interface Owner {
  communities: string[];
  centers: string[];
}

// Every scope the record types declare: a new scope is covered without an edit.
const ALL_SCOPES: ReadScope[] = declaredScopes();

export function actors(city: SmallCity): Actor[] {
  const [c1, c2] = city.centers;
  const own = city.communities[0];
  const other = city.communities[2];
  const staff = (community: string, label: string): Actor => ({
    label,
    viewer: userViewer('COMMUNITY_STAFF', { communityId: community }),
    reads: (s, _scope, o) => s === 'PUBLIC' || s === 'INTERNAL' || (s === 'PERSONAL' && o.communities.includes(community)),
    // Staff edit their own community's records, and the community itself, but create or delete no community.
    writesRow: (o, type, op) =>
      type !== 'ServiceCenter' && type !== 'DutyItem' && o.communities.includes(community) && (type !== 'Community' || op === 'update'),
  });
  const center = (id: string, label: string): Actor => ({
    label,
    viewer: userViewer('CENTER_ADMIN', { serviceCenterId: id }),
    reads: (s, _scope, o) => s === 'PUBLIC' || s === 'INTERNAL' || ((s === 'PERSONAL' || s === 'FINANCIAL') && o.centers.includes(id)),
    writesRow: (o, type, op) => type !== 'DutyItem' && o.centers.includes(id) && (type !== 'ServiceCenter' || op === 'update'),
  });
  return [
    { label: 'anonymous', viewer: ANONYMOUS, reads: (s) => s === 'PUBLIC', writesRow: () => false },
    {
      label: 'partner with every scope',
      viewer: { kind: 'partner', keyId: '00000000-0000-4000-8000-00000000000a', name: 'all', scopes: ALL_SCOPES, allowedDocuments: null },
      reads: (s) => s === 'PUBLIC' || s === 'INTERNAL',
      writesRow: () => false,
    },
    {
      label: 'partner without the scope',
      viewer: { kind: 'partner', keyId: '00000000-0000-4000-8000-00000000000b', name: 'none', scopes: [], allowedDocuments: null },
      reads: (s) => s === 'PUBLIC',
      writesRow: () => false,
    },
    staff(own, 'staff of the own community'),
    staff(other, 'staff of another community'),
    center(c1, 'centre admin of the own centre'),
    center(c2, 'centre admin of another centre'),
    { label: 'auditor', viewer: userViewer('AUDITOR'), reads: () => true, writesRow: () => false },
    { label: 'admin', viewer: userViewer('ADMIN'), reads: () => true, writesRow: () => true },
  ];
}

/** Filtering and ordering need the field readable in every row (else the filter would reveal it elsewhere). */
export const readsEverywhere = (a: Actor, s: Sensitivity, scope: ReadScope) => a.reads(s, scope, { communities: [], centers: [] });
