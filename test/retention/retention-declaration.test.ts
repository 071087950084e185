import { describe, expect, it } from 'vitest';
import { recordOf, type AttrDecl } from '../../server/src/core/declare';
import { checkRetention } from '../../server/src/core/declare/retention';
import { CommunityWorker } from '../../server/src/modules/people';
import { retentionPlans } from '../../server/src/modules/retention';

/** A retention declaration that names the wrong thing would silently keep someone's data forever: each is refused by name. */
describe('a declared retention', () => {
  const worker = recordOf(CommunityWorker);
  const attrs = worker.attrs;
  const ok = { leftWhen: { field: 'status', in: ['LEFT'] }, since: 'leavingWrite', years: 3 } as const;
  const refused = (r: object, message: RegExp) => expect(() => checkRetention('W', attrs, 'name', r as never)).toThrow(message);

  it("is the worker's, as declared", () => {
    expect(worker.retention).toMatchObject(ok);
    expect(() => checkRetention('W', attrs, 'name', ok)).not.toThrow();
  });

  it('refuses a leaving value the enum does not have, a missing date, a bad also, a required or unique field', () => {
    refused({ ...ok, leftWhen: { field: 'status', in: ['GONE'] } }, /leftWhen.field status must be an enum attribute holding GONE/);
    refused({ ...ok, leftWhen: { field: 'name', in: ['LEFT'] } }, /must be an enum attribute/);
    refused({ ...ok, since: { field: 'gone' } }, /since.field gone must be a date or datetime attribute/);
    refused({ ...ok, leftWhen: 'deleted' }, /since \{ field: 'deletedAt' \}/);
    refused({ ...ok, also: ['salary'] }, /also names salary, which is not a declared attribute/);
    refused({ ...ok, also: ['employmentType'] }, /employmentType is required/);
    refused({ ...ok, years: -1 }, /years must be a whole number/);
    const unique: AttrDecl[] = attrs.map((a) => (a.name === 'phone' ? { ...a, unique: true } : a));
    expect(() => checkRetention('W', unique, 'name', ok)).toThrow(/phone is unique/);
    // A name that is not the display field cannot become a pseudonym: required, it is refused.
    expect(() => checkRetention('W', attrs, 'phone', ok)).toThrow(/name is required/);
  });

  it('never anonymises a field a figure reads (figures/inputs.ts)', () => {
    const declared = worker.retention!;
    try {
      worker.retention = { ...declared, also: [...(declared.also ?? []), 'employmentType'] };
      expect(() => retentionPlans({ daily: false, years: {} })).toThrow(
        /CommunityWorker would anonymise employmentType, which the figures read/,
      );
    } finally {
      worker.retention = declared;
    }
    expect(() => retentionPlans({ daily: false, years: {} })).not.toThrow();
  });
});
