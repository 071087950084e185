/**
 * The province-level codes (GB/T 2260) that begin an administrative region code: what the
 * first two digits of an identity number's or a credit code's region must be. 71 台湾,
 * 81 香港, 82 澳门 are listed by GB/T 2260; 83 is the code the Ministry of Public Security
 * gives Taiwan residents' residence permits (港澳台居民居住证, 830000), numbers of the same
 * GB 11643 form, so they are accepted too.
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);
