import type { Viewer } from '../../server/src/core/access/viewer';
import { declaredScopes, type ReadScope } from '../../server/src/core/declare';
import { ANONYMOUS, userViewer } from '../support/test-app';
import type { Fixture } from './world';

/** A class of callers the harness proves noninterference for. */
export interface Caller {
  label: string;
  viewer: Viewer;
}

const partner = (keyId: string, scopes: ReadScope[]): Viewer => ({
  kind: 'partner',
  keyId,
  name: `partner ${scopes.join('+')}`,
  scopes,
  allowedDocuments: null,
});
// Every scope the record types declare: a new scope is covered without an edit.
const ALL: ReadScope[] = declaredScopes();

/** The six classes, and a budget-only partner (relation filters reach types outside its scope). */
export function callers(f: Fixture): Caller[] {
  return [
    { label: 'anonymous', viewer: ANONYMOUS },
    { label: 'partner (community:read)', viewer: partner('00000000-0000-4000-8000-0000000000c1', ['community']) },
    { label: 'partner (every scope)', viewer: partner('00000000-0000-4000-8000-0000000000c2', ALL) },
    {
      label: 'staff of community A',
      viewer: userViewer('COMMUNITY_STAFF', { id: f.users.staff, email: 'ni-staff@test.local', communityId: f.communityA }),
    },
    {
      label: 'centre admin of centre X',
      viewer: userViewer('CENTER_ADMIN', { id: f.users.center, email: 'ni-center@test.local', serviceCenterId: f.centerX }),
    },
    { label: 'auditor', viewer: userViewer('AUDITOR', { id: f.users.auditor, email: 'ni-auditor@test.local' }) },
    { label: 'partner (budget:read)', viewer: partner('00000000-0000-4000-8000-0000000000c3', ['budget']) },
  ];
}
