import type { AttrDecl, RecordDecl, RetentionDecl } from './types';

/**
 * What a declared retention (RetentionDecl) anonymises, and to what. Declaration machinery
 * only: the run that finds expired records and writes is modules/retention.
 */

/** The pseudonym a personal display name becomes: neutral, unique enough to tell rows apart in a list, and from the id alone. */
export const PSEUDONYM_PREFIX = '已匿名#';
export const pseudonymOf = (id: string): string => `${PSEUDONYM_PREFIX}${id.slice(0, 8)}`;

/** The setting that overrides a type's declared years: RETENTION_YEARS_COMMUNITY_WORKER for CommunityWorker. */
export const retentionSetting = (typeName: string): string =>
  `RETENTION_YEARS_${typeName.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}`;

/** The attributes a retention anonymises: every PERSONAL and RESTRICTED one, a person's name (`personName`), and the declared extras. */
export function anonymisedAttrs(attrs: AttrDecl[], retention: RetentionDecl): AttrDecl[] {
  const also = new Set(retention.also ?? []);
  return attrs.filter((a) => a.sensitivity === 'PERSONAL' || a.sensitivity === 'RESTRICTED' || a.personName || also.has(a.name));
}

/** The stored value an anonymised attribute gets: a pseudonym for a person's display name, otherwise null. */
export function neutralValue(decl: Pick<RecordDecl, 'displayField'>, attr: AttrDecl, id: string): string | null {
  return attr.name === decl.displayField && attr.personName ? pseudonymOf(id) : null;
}

/**
 * A declared retention must name fields the record has, in a shape the run can anonymise
 * without breaking validation: a typo would silently keep someone's data forever.
 */
export function checkRetention(name: string, attrs: AttrDecl[], displayField: string, r: RetentionDecl): void {
  const fail = (what: string) => {
    throw new Error(`retention of ${name}: ${what}`);
  };
  const attr = (field: string) => attrs.find((a) => a.name === field);
  if (!Number.isInteger(r.years) || r.years < 0) fail(`years must be a whole number of years, got ${r.years}`);
  if (r.leftWhen !== 'deleted') {
    const status = attr(r.leftWhen.field);
    if (status?.type !== 'enum' || !r.leftWhen.in.length || !r.leftWhen.in.every((v) => status.enum!.keys.includes(v)))
      fail(`leftWhen.field ${r.leftWhen.field} must be an enum attribute holding ${r.leftWhen.in.join(', ')}`);
  }
  if (r.since === 'leavingWrite') {
    if (r.leftWhen === 'deleted') fail(`a soft-deleted record says when it left: since { field: 'deletedAt' }`);
  } else {
    const dated = attr(r.since.field);
    if (dated?.type !== 'date' && dated?.type !== 'datetime') fail(`since.field ${r.since.field} must be a date or datetime attribute`);
  }
  for (const field of r.also ?? []) if (!attr(field)) fail(`also names ${field}, which is not a declared attribute`);
  const targets = anonymisedAttrs(attrs, r);
  if (!targets.length) fail('there is nothing personal to anonymise');
  const kept = new Set([r.leftWhen === 'deleted' ? 'deletedAt' : r.leftWhen.field, r.since === 'leavingWrite' ? '' : r.since.field]);
  for (const a of targets) {
    if (kept.has(a.name) || !a.writable)
      fail(`${a.name} says when or whether the record left, or is the server's: it cannot be anonymised`);
    const pseudonymised = a.name === displayField && a.personName && a.type === 'string';
    if (a.required && !pseudonymised) fail(`${a.name} is required: only optional fields (or a personName display field) can be anonymised`);
    if (a.unique) fail(`${a.name} is unique: anonymised rows would collide`);
  }
}
