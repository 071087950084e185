import type { Viewer } from '../access/viewer';
import type { RecordDecl } from '../declare';

type Values = Record<string, unknown>;

const same = (x: unknown, y: unknown) =>
  JSON.stringify(x instanceof Date ? x.toISOString() : (x ?? null)) === JSON.stringify(y instanceof Date ? y.toISOString() : (y ?? null));

/** Whether record values (as stored, or as a write would leave them) are in an approved status of the declared approval. */
export function isApproved(decl: RecordDecl, values: Values | null): boolean {
  const a = decl.approval;
  return !!a && !!values && a.approved.includes(String(values[a.status]));
}

/**
 * What the server writes besides the caller's patch on a record with a declared approval
 * (`before` null: a create). Approving is asking for an approved status: creating the
 * record approved, or naming an approved status in the change (so an approver may change
 * an approved line and keep it approved in one write); it records who and when. Any other
 * change of an approved record sends it back to the reset status, who and when cleared.
 * Whether the caller may approve at all is the write rules' question (isApproved there).
 */
export function approvalChanges(decl: RecordDecl, viewer: Viewer, before: Values | null, patch: Values): Values {
  const a = decl.approval;
  if (!a) return {};
  if (before && Object.keys(patch).every((k) => same(before[k], patch[k]))) return {};
  const after = { ...before, ...patch };
  if (isApproved(decl, after) && (!before || a.status in patch)) {
    const by = decl.attrs.find((x) => x.name === a.by);
    const who = viewer.kind === 'user' ? viewer.email : viewer.kind === 'partner' ? viewer.name : null;
    return { [a.by]: who && by?.maxLength ? who.slice(0, by.maxLength) : who, [a.at]: new Date() };
  }
  if (isApproved(decl, before)) return { [a.status]: a.reset, [a.by]: null, [a.at]: null };
  return {};
}
