import { describe, expect, it } from 'vitest';
import { throttledAddress } from '../../server/src/modules/auth/login-address';

/** What login throttling counts per: one IPv4 address, or one IPv6 /64 (a client holds a whole one). */
describe('the address login throttling counts per', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:1:2::5', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff:0:0:1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['unknown', 'unknown'],
  ])('%s → %s', (address, scope) => {
    expect(throttledAddress(address)).toBe(scope);
  });
});
