import { PROVINCE_CODES } from './regions';

/**
 * 统一社会信用代码 (GB 32100-2015): registration authority (1), kind (1), administrative
 * region (6), organisation code (9, GB 11714) and a MOD 31 check character, all from 31
 * characters: digits and capitals without I, O, Z, S, V (easily misread).
 */

export const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * Registration authorities and the kind codes each defines (GB 32100-2015 table 1 and its
 * later additions, as best known): 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游,
 * 7 宗教, 8 工会, 9 工商 (market regulation), A 中央军委改革和编制办公室, N 农业, Y 其他.
 */
export const CREDIT_AUTHORITIES: Readonly<Record<string, { name: string; kinds: string }>> = {
  '1': { name: '机构编制', kinds: '1239' }, // 机关, 事业单位, 中央编办直接管理机构编制的群众团体, 其他
  '2': { name: '外交', kinds: '19' }, // 外国常驻新闻机构, 其他
  '3': { name: '司法行政', kinds: '123459' }, // 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
  '4': { name: '文化', kinds: '19' }, // 外国在华文化中心, 其他
  '5': { name: '民政', kinds: '1239' }, // 社会团体, 民办非企业单位, 基金会, 其他
  '6': { name: '旅游', kinds: '129' }, // 外国旅游部门常驻代表机构, 港澳台地区旅游部门常驻内地代表机构, 其他
  '7': { name: '宗教', kinds: '129' }, // 宗教活动场所, 宗教院校, 其他
  '8': { name: '工会', kinds: '19' }, // 基层工会, 其他
  '9': { name: '工商', kinds: '123' }, // 企业, 个体工商户, 农民专业合作社
  A: { name: '中央军委改革和编制办公室', kinds: '19' }, // 军队事业单位, 其他
  N: { name: '农业', kinds: '1239' }, // 组级, 村级, 乡镇级集体经济组织, 其他
  Y: { name: '其他', kinds: '1' }, // the standard gives Y one kind, 1
};

/** The MOD 31 check character of the first 17 characters (which must be from the alphabet). */
export function creditCheckChar(first17: string): string {
  const sum = [...first17].reduce((s, c, i) => s + CREDIT_ALPHABET.indexOf(c) * WEIGHTS[i], 0);
  return CREDIT_ALPHABET[(31 - (sum % 31)) % 31];
}

/** What is wrong with a (normalised) code, naming the failing position; undefined when valid. */
export function creditCodeProblem(value: string): string | undefined {
  if (value.length !== 18) return `must be 18 characters (got ${[...value].length})`;
  const bad = [...value].findIndex((c) => !CREDIT_ALPHABET.includes(c));
  if (bad >= 0) return `character ${bad + 1} (${value[bad]}) is not allowed: only digits and capitals without I, O, Z, S, V`;
  const authority = CREDIT_AUTHORITIES[value[0]];
  if (!authority) return `registration authority code ${value[0]} (position 1) is not defined by the standard`;
  if (!authority.kinds.includes(value[1]))
    return `kind code ${value[1]} (position 2) is not defined for authority ${value[0]} (${authority.name})`;
  const region = value.slice(2, 8);
  // 100000: bodies registered by a national authority.
  if (!/^\d{6}$/.test(region) || !(PROVINCE_CODES.has(region.slice(0, 2)) || region === '100000'))
    return `region code ${region} (positions 3-8) is not an administrative region code`;
  const check = creditCheckChar(value.slice(0, 17));
  if (value[17] !== check) return `check character should be ${check}`;
  return undefined;
}

/** Trimmed, in capitals, without the spaces people type between groups: the stored form. */
export const normaliseCreditCode = (value: string): string => value.replace(/\s+/g, '').toUpperCase();
