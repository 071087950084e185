import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../core/context';
import { identityNumberArg } from '../../core/crud/identity-holders';
import { recordOf } from '../../core/declare';
import { AuditEntry } from '../audit';
import { actorOf } from '../audit/record-audit';
import { requireRole } from '../auth/require-role';
import { assemblePersonData } from './person-data';
import { PersonDataExport } from './person-data.type';

/**
 * A person's data on request (issue 20): ADMIN assembles everything held about one identity
 * number. Asking is itself audited, in the transaction that reads: one PERSON_EXPORT entry per
 * record found (its type and id, as any audit entry names a record; the number itself is never
 * written into the log), or one entry naming no record when nothing holds the number.
 */
@Resolver()
export class PersonDataResolver {
  @Query(() => PersonDataExport, {
    description:
      'Everything the platform holds about one identity number (个人信息导出): records of every type holding it, the records ' +
      'pointing at them, their audit entries. ADMIN only; the request is audited (PERSON_EXPORT)',
  })
  async personData(
    @Ctx() ctx: AppContext,
    @Arg('idNumber', () => String, { description: 'The 居民身份证号码 (GB 11643), 18 characters; a lowercase x is read as X' })
    idNumber: string,
  ): Promise<PersonDataExport> {
    const admin = requireRole(ctx, ['ADMIN'], "may export a person's data");
    const stored = identityNumberArg(idNumber, 'idNumber');
    const now = new Date();
    const doc = await ctx.em.fork().transactional(async (em) => {
      const assembled = await assemblePersonData(em, stored, admin.email, now);
      const found = assembled.records.length ? assembled.records : [null];
      for (const r of found)
        em.create(AuditEntry, {
          ...actorOf(ctx.viewer),
          at: now,
          action: 'PERSON_EXPORT',
          recordType: r?.type ?? null,
          recordId: r?.id ?? null,
          // Nothing changed, and no value goes into the log: the entry says who took this record's data, and when.
          changes: [],
        } as never);
      await em.flush();
      return assembled;
    });
    // The export holds the masked fields in clear: each is a clear read, for the person's own request (办理事项).
    for (const r of [...doc.records, ...doc.children]) {
      const decl = recordOf(r.type);
      for (const a of decl.attrs.filter((x) => x.mask && r.values[x.name] != null))
        ctx.clearReads.note({ recordType: r.type, recordId: r.id, field: a.name, purpose: 'HANDLE_MATTER' });
    }
    return {
      fileName: `person-data-${now
        .toISOString()
        .replace(/\.\d+Z$/, 'Z')
        .replace(/:/g, '-')}.json`,
      mimeType: 'application/json',
      content: JSON.stringify(doc, null, 2),
      contentClasses: doc.contentClasses,
      recordCount: doc.records.length,
      generatedAt: now,
    };
  }
}
