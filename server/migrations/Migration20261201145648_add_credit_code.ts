import { Migration } from '@mikro-orm/migrations';
import { formatProblem, idNumberFacts, type FormatName } from '../src/core/declare/formats';

// The columns the formats of this release apply to, as they are now (a migration is a fixed
// point: it names them itself rather than reading today's declarations).
const FORMATTED: Array<[table: string, column: string, format: FormatName]> = [
  ['community_worker', 'phone', 'cnPhone'],
  ['community_worker', 'id_number', 'cnIdNumber'],
  ['party_member', 'phone', 'cnPhone'],
  ['party_member', 'id_number', 'cnIdNumber'],
  ['social_organization', 'contact_phone', 'cnPhone'],
];

export class Migration20261201145648_add_credit_code extends Migration {

  override async up(): Promise<void> {
    await this.noticeFailingValues();
    this.addSql(`alter table "social_organization" add column "credit_code" varchar(18) null;`);
    this.addSql(`alter table "social_organization" add constraint "social_organization_credit_code_unique" unique ("credit_code");`);
  }

  /**
   * Stored values the new formats refuse are kept (nothing is rewritten or lost); an update of
   * such a row must fix it. This only counts them, so whoever migrates knows to run
   * `npm run data:check-formats` for the list. Runs before the statements above (execute is
   * immediate, addSql queued), over columns that already exist.
   */
  private async noticeFailingValues(): Promise<void> {
    let failing = 0;
    for (const [table, column, format] of FORMATTED) {
      const rows = (await this.execute(`select "${column}" as v from "${table}" where "${column}" is not null`)) as Array<{ v: string }>;
      failing += rows.filter((r) => formatProblem(format, r.v)).length;
    }
    // A worker's birth year and gender must agree with the number (a rule from now on).
    const workers = (await this.execute(`select id_number, birth_year, gender from community_worker where id_number is not null`)) as Array<{ id_number: string; birth_year: number | null; gender: string | null }>;
    failing += workers.filter((w) => {
      const facts = idNumberFacts(w.id_number);
      return facts && ((w.birth_year !== null && w.birth_year !== facts.birthYear) || (w.gender !== null && w.gender !== facts.gender));
    }).length;
    // Registered organisations need a credit code from now on; the new column is empty.
    const [registered] = (await this.execute(`select count(*)::int as n from social_organization where registration = 'REGISTERED'`)) as Array<{ n: number }>;
    failing += registered.n;
    if (failing > 0) {
      console.warn(`[migration add_credit_code] notice: ${failing} stored values fail the new formats (身份证号, 统一社会信用代码, phones) and are kept as they are; an update of those rows must fix them. List them with: npm run data:check-formats`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "social_organization" drop constraint "social_organization_credit_code_unique";`);
    this.addSql(`alter table "social_organization" drop column "credit_code";`);
  }

}
