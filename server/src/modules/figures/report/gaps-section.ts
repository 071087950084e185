import { bindingRecord, fieldOf, recordOf, type Class } from '../../../core/declare';
import { DataGapKind, type DataGap } from '../completeness.type';
import type { Block } from './document';
import type { ReportData } from './report-data';

/**
 * 数据缺口 in the report: what figures/completeness.ts found missing, as sentences beside the
 * sums and ratios it affects, a paragraph of all of it, and an appendix by community. The
 * checks are the declared ones (`requiredForFigures`, `expectedYearly`), as far as the reader
 * may see them; nothing here lists fields of its own except which sentence a field belongs to.
 */

/** A field's label without its unit: "办公用房面积(㎡)" → "办公用房面积". */
const fieldLabel = (type: string, field: string) => (fieldOf(recordOf(type), field)?.label.zh ?? field).replace(/\s*[(（].*[)）]$/, '');
const typeLabel = (type: string) => recordOf(type).label.zh;
const these = (n: number) => (n === 1 ? '该' : '这些');
/** A community's own fields are named plainly ("未填报管辖人口"); other types' with their type. */
const isCommunity = (type: string) => type === bindingRecord('community').name;

/** At most this many community names in a sentence; the appendix lists every gap. */
const NAMES_MAX = 10;
const names = (gaps: DataGap[]) => {
  const list = [...new Set(gaps.map((g) => g.communityName ?? g.communityCode ?? g.communityId))];
  return list.length > NAMES_MAX ? `${list.slice(0, NAMES_MAX).join('、')}等` : list.join('、');
};

const gapsOf = (d: ReportData, kind: DataGapKind, type: string, field: string) =>
  d.completeness.gaps.filter((g) => g.kind === kind && g.recordType === type && g.field === field);

/** What one check found, as the report says it: "1个社区未填报办公用房面积", with the communities' names when asked. */
function missingText(d: ReportData, kind: DataGapKind, type: string, field: string, named: boolean): string {
  const gaps = gapsOf(d, kind, type, field);
  const n = new Set(gaps.map((g) => g.communityId)).size;
  const who = named ? `(${names(gaps)})` : '';
  if (kind === DataGapKind.NO_RECORDS) return `${n}个社区未录入${d.year}年${typeLabel(type)}${who}`;
  const what = isCommunity(type) ? fieldLabel(type, field) : `${typeLabel(type)}的${fieldLabel(type, field)}`;
  return `${n}个社区未填报${what}${who}`;
}

/**
 * The sentence a sum or ratio of the basic section gets when some communities lack its inputs
 * (empty if none do): "1个社区未填报办公用房面积,每千人办公用房面积未计入该社区。"; the paragraph
 * on completeness and the appendix name them.
 * `inputs` pairs a declared field of the record type with what it feeds in that sentence.
 */
export function leftOutNote<T extends object>(
  d: ReportData,
  cls: Class<T>,
  inputs: Array<[field: keyof T & string, feeds: string]>,
): string {
  const type = recordOf(cls).name;
  const parts = inputs.flatMap(([field, feeds]) => {
    const n = new Set(gapsOf(d, DataGapKind.EMPTY_FIELD, type, field).map((g) => g.communityId)).size;
    return n ? [`${missingText(d, DataGapKind.EMPTY_FIELD, type, field, false)},${feeds}未计入${these(n)}社区`] : [];
  });
  return parts.length ? `${parts.join(';')}。` : '';
}

/** The same for records a year should have: "1个社区未录入2026年经费明细,上述经费合计不含该社区。". */
export function noRecordsNote<T extends object>(d: ReportData, cls: Class<T>, feeds: string): string {
  const type = recordOf(cls).name;
  const check = d.completeness.checks.find((c) => c.kind === DataGapKind.NO_RECORDS && c.recordType === type);
  if (!check?.communityCount) return '';
  return `${missingText(d, DataGapKind.NO_RECORDS, type, check.field, false)},${feeds}不含${these(check.communityCount)}社区。`;
}

/** 数据完整性: every check that found something, in declaration order, at the end of 一、基本情况. */
export function completenessParagraph(d: ReportData): Block[] {
  const found = d.completeness.checks.filter((c) => c.communityCount > 0);
  if (!found.length) return [{ kind: 'paragraph', text: '数据完整性方面,各社区计算上述指标所需的数据均已填报。' }];
  const parts = found.map((c) => {
    if (c.kind === DataGapKind.EMPTY_FIELD)
      return `${missingText(d, c.kind, c.recordType, c.field, true)},相关指标未计入${these(c.communityCount)}社区`;
    // A centre none of whose communities has any: more likely never entered there than never held.
    const whole = c.wholeCentres.map((x) => x.name ?? x.serviceCenterId);
    const centres = whole.length ? `,其中${whole.join('、')}下辖社区均未录入` : '';
    return `${missingText(d, c.kind, c.recordType, c.field, true)}${centres},无法区分未开展与未录入`;
  });
  return [
    {
      kind: 'paragraph',
      text: `数据完整性方面,截至${d.asOf}:${parts.join(';')}。未填报的数据不按零计算,各社区缺失的数据见附表“各社区数据缺口”。`,
    },
  ];
}

/** What a community lacks, as one table cell: "办公用房面积、2026年居民议事会议". */
const gapCell = (d: ReportData, g: DataGap) =>
  g.kind === DataGapKind.NO_RECORDS
    ? `${d.year}年${typeLabel(g.recordType)}(未录入)`
    : isCommunity(g.recordType)
      ? fieldLabel(g.recordType, g.field)
      : `${typeLabel(g.recordType)}${g.display ? `「${g.display}」` : ''}的${fieldLabel(g.recordType, g.field)}`;

/** 附表 各社区数据缺口: one row per community with a gap. */
export function gapsAppendix(d: ReportData): Block[] {
  const byCommunity = new Map<string, DataGap[]>();
  for (const g of d.completeness.gaps) byCommunity.set(g.communityId, [...(byCommunity.get(g.communityId) ?? []), g]);
  if (!byCommunity.size) return [];
  return [
    { kind: 'heading', level: 2, text: '附表 各社区数据缺口' },
    {
      kind: 'table',
      caption: `${d.scopeName}各社区计算指标所需而未填报或${d.year}年未录入的数据`,
      head: ['社区编码', '社区', '缺少的数据'],
      rows: [...byCommunity.values()].map((gaps) => [
        gaps[0].communityCode ?? '',
        gaps[0].communityName ?? '',
        [...new Set(gaps.map((g) => gapCell(d, g)))].join('、'),
      ]),
    },
  ];
}

/** The 说明 line on gaps. */
export const gapsExplained = (d: ReportData) =>
  d.completeness.gaps.length
    ? '数据缺口:计算指标所需而未填报的字段、当年应有而未录入的记录,不按零计算;相关合计与比例未计入对应社区,并在正文中注明。'
    : '数据缺口:计算指标所需的字段和记录均已填报。';
