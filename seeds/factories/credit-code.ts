import { creditCheckChar, CREDIT_ALPHABET } from '../../server/src/core/declare/formats';

/**
 * A valid 统一社会信用代码 (GB 32100) for a seeded organisation: authority 5 (民政) and kind 1
 * (社会团体) by default, the made-up region 429901 the identity numbers use (no such place,
 * so never a real organisation's code), and an organisation code (GB 11714: 8 characters and
 * its MOD 11 check) built from `serial`, so every serial gives a different code and no
 * randomness is drawn (the seeded sequences of the other columns stay as they were).
 */
export function socialCreditCode(serial: number, prefix: 'D' | 'K', authority = '5', kind = '1'): string {
  const body = prefix + String(serial).padStart(7, '0');
  const orgCode = body + orgCodeCheck(body);
  const first17 = `${authority}${kind}429901${orgCode}`;
  return first17 + creditCheckChar(first17);
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714's check character: digits are their value, letters A-Z 10-35; 11 - sum mod 11, 10 → X, 11 → 0. */
export function orgCodeCheck(body8: string): string {
  const value = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
  const c = 11 - ([...body8].reduce((s, ch, i) => s + value(ch) * ORG_WEIGHTS[i], 0) % 11);
  const check = c === 10 ? 'X' : c === 11 ? '0' : String(c);
  if (!CREDIT_ALPHABET.includes(check)) throw new Error(`organisation code check ${check} is outside the credit code alphabet`);
  return check;
}
