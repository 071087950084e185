import { idCheckChar } from '../../server/src/core/declare/formats';
import type { Rng } from '../random';

/** Deterministic people: plausible Chinese names, fake but well-formed phones and ID numbers. */

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const MALE = [...'伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁建国峰浩亮志海东林成庆立'];
const FEMALE = [...'芳娜敏静丽艳娟霞秀英玲桂兰萍红梅琳婷雪慧颖倩洁琴燕云莉晶月'];
const EITHER = [...'文佳晓子欣雨思嘉一春晨安永德光秋'];

export type Gender = 'MALE' | 'FEMALE';

export const pickGender = (r: Rng, pFemale = 0.5): Gender => (r.chance(pFemale) ? 'FEMALE' : 'MALE');

export function personName(r: Rng, gender: Gender): string {
  const own = gender === 'MALE' ? MALE : FEMALE;
  const given = r.chance(0.6) ? r.pick([...EITHER, ...own]) + r.pick(own) : r.pick(own);
  return r.pick(SURNAMES) + given;
}

const MOBILE_PREFIXES = ['135', '136', '137', '138', '139', '150', '151', '158', '159', '177', '186', '187', '189'];

/** An 11-digit mainland mobile number (random, so fake). */
export const mobile = (r: Rng): string => r.pick(MOBILE_PREFIXES) + String(r.int(0, 99_999_999)).padStart(8, '0');

/** The ISO 7064 check character of the first 17 digits of an identity number: the server's own (formats/). */
export const idCheck = idCheckChar;

/**
 * An 18-character resident identity number with a valid check digit, in the made-up
 * area 429901 (no such place), so it can never be a real person's.
 */
export function idNumber(r: Rng, birthYear: number, gender: Gender): string {
  const month = r.int(1, 12);
  const day = r.int(1, 28);
  const seq = r.int(0, 49) * 2 + (gender === 'MALE' ? 1 : 0) + r.int(0, 4) * 100;
  const first17 = `429901${birthYear}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(seq).padStart(3, '0')}`;
  return first17 + idCheck(first17);
}
