import { describe, expect, it } from 'vitest';
import {
  CREDIT_ALPHABET,
  creditCheckChar,
  displayCnPhone,
  formatProblem,
  FORMATS,
  idCheckChar,
  idNumberFacts,
} from '../../server/src/core/declare/formats';

// Unit tests of the standards' algorithms (server/src/core/declare/formats), with published examples.
const id = (v: string) => FORMATS.cnIdNumber.problem(FORMATS.cnIdNumber.normalise(v));
const credit = (v: string) => FORMATS.creditCode.problem(FORMATS.creditCode.normalise(v));
const phone = (v: string) => FORMATS.cnPhone.problem(v);

describe('居民身份证号码 GB 11643', () => {
  it("accepts the standard's own example, an X check digit, lowercase x normalised", () => {
    // GB 11643-1999's example: 北京市朝阳区, born 1949-12-31, female, check X.
    expect(id('11010519491231002X')).toBeUndefined();
    expect(FORMATS.cnIdNumber.normalise(' 11010519491231002x ')).toBe('11010519491231002X');
    expect(id('11010519491231002x')).toBeUndefined();
    expect(idNumberFacts('11010519491231002X')).toEqual({ birthDate: '19491231', birthYear: 1949, gender: 'FEMALE' });
    expect(idCheckChar('11010119800101103')).toBe('X');
    expect(idNumberFacts('110101199003071233')?.gender).toBe('MALE');
  });

  it('names the failing part', () => {
    expect(id('110105194912310021')).toBe('check digit should be X');
    expect(id('110101199002301236')).toBe('birth date 19900230 is not a real date');
    expect(id('990101199003071234')).toBe('region code 99 is not a province');
    expect(id('000101199003071234')).toBe('region code 00 is not a province');
    // GB 11643's other example (汕头, 1880) has a right check digit but is before 1900.
    expect(id('440524188001010014')).toBe('birth date 18800101 is before 1900');
    expect(id('110101209901011237')).toMatch(/birth date 20990101 is in the future/);
    expect(id('11010119900307123')).toBe('must be 18 characters (got 17)');
    expect(id('1101011990030712AB')).toBe('must be 17 digits and a digit or X');
  });

  it('refuses a 15-digit legacy number, saying 18 digits are required', () => {
    expect(id('110105491231002')).toMatch(/legacy 15-digit number: 18-digit numbers are required/);
  });

  it("accepts Taiwan residents' residence permits (83) and 港澳 codes", () => {
    const first17 = '83000019900101123';
    expect(id(first17 + idCheckChar(first17))).toBeUndefined();
    const hk = '81000019900101123';
    expect(id(hk + idCheckChar(hk))).toBeUndefined();
  });
});

describe('统一社会信用代码 GB 32100', () => {
  it('accepts the widely cited valid example and computes its check character', () => {
    expect(credit('91350100M000100Y43')).toBeUndefined();
    expect(creditCheckChar('91350100M000100Y4')).toBe('3');
    expect(credit(' 91350100m000100y43 ')).toBeUndefined();
    expect(FORMATS.creditCode.normalise('9135 0100 M000 100Y 43')).toBe('91350100M000100Y43');
  });

  it('computes 31 → 0 and every value of the alphabet', () => {
    expect(CREDIT_ALPHABET).toHaveLength(31);
    expect(CREDIT_ALPHABET).not.toMatch(/[IOZSV]/);
    // Whatever the first 17, the check is one of the 31 characters and makes the code valid.
    for (const first17 of ['51429901D00000013', '52429901K00123452', '11100000000000000', '91350100M000100Y4']) {
      const code = first17 + creditCheckChar(first17);
      expect(CREDIT_ALPHABET).toContain(code[17]);
      if (/^(5[1239]|1[1239]|9[123])/.test(code)) expect(credit(code)).toBeUndefined();
    }
  });

  it('names the failing part', () => {
    expect(credit('91350100M000100Y44')).toBe('check character should be 3');
    expect(credit('91350100M000100I43')).toMatch(/^character 16 \(I\) is not allowed/);
    expect(credit('91350100M0O0100Y43')).toMatch(/^character 11 \(O\) is not allowed/);
    expect(credit('Z1350100M000100Y43')).toMatch(/character 1 \(Z\) is not allowed/);
    expect(credit('B1350100M000100Y43')).toBe('registration authority code B (position 1) is not defined by the standard');
    expect(credit('54350100M000100Y43')).toBe('kind code 4 (position 2) is not defined for authority 5 (民政)');
    expect(credit('91990100M000100Y43')).toMatch(/^region code 990100 \(positions 3-8\)/);
    expect(credit('91350100M000100Y4')).toBe('must be 18 characters (got 17)');
  });
});

describe('mainland phones', () => {
  it('stores mobiles as 11 digits and landlines as 0xx-xxxxxxxx[-ext]', () => {
    const stored = (v: string) => FORMATS.cnPhone.normalise(v);
    expect(stored('+86 138 1234 5678')).toBe('13812345678');
    expect(stored('138-1234-5678')).toBe('13812345678');
    expect(stored('010-12345678-123')).toBe('010-12345678-123');
    expect(stored('(0755) 1234567')).toBe('0755-1234567');
    expect(stored('02187654321转88')).toBe('021-87654321-88');
    for (const v of ['+86 138 1234 5678', '19912345678', '010-12345678-123', '0571-8765432']) expect(phone(v)).toBeUndefined();
  });

  it('says what is wrong', () => {
    expect(phone('12012345678')).toMatch(/mobile number \(手机\) starts 13 to 19/);
    expect(phone('1381234567')).toMatch(/has 11 digits \(got 10\)/);
    expect(phone('010-123')).toMatch(/landline \(座机\)/);
    expect(phone('hello')).toMatch(/mainland mobile/);
    expect(formatProblem('cnPhone', 'hello')).toMatch(/^is not a valid 电话号码/);
  });

  it('shows mobiles in groups of 3-4-4 and extensions after 转 (the console)', () => {
    expect(displayCnPhone('13812345678')).toBe('138 1234 5678');
    expect(displayCnPhone('010-12345678-123')).toBe('010-12345678 转 123');
    expect(displayCnPhone('0755-1234567')).toBe('0755-1234567');
    expect(displayCnPhone('not a phone')).toBe('not a phone');
  });
});
