import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchTotp, newTotpSecret, otpauthUri, totpCode } from '../../src/auth/totp';

// RFC 6238 appendix B (SHA-1 seed "12345678901234567890") and RFC 4226 appendix D.
const SEED = Buffer.from('12345678901234567890');
const SEED32 = base32Encode(SEED);

describe('TOTP (RFC 6238)', () => {
  it('gives RFC 4226 appendix D values for counters 0..3', () => {
    expect([0, 1, 2, 3].map((c) => hotp(SEED, c))).toEqual(['755224', '287082', '359152', '969429']);
  });

  it('gives the RFC 6238 test vectors (8 digits) at the listed times', () => {
    const at = (seconds: number) => Math.floor(seconds / 30);
    expect(hotp(SEED, at(59), 8)).toBe('94287082');
    expect(hotp(SEED, at(1111111109), 8)).toBe('07081804');
    expect(hotp(SEED, at(1234567890), 8)).toBe('89005924');
    expect(hotp(SEED, at(2000000000), 8)).toBe('69279037');
  });

  it('round-trips base32 and makes 160-bit secrets', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('MZXW6YTBOI').toString()).toBe('foobar');
    expect(base32Decode(newTotpSecret())).toHaveLength(20);
  });

  it('accepts the code of this step and the next and previous, refuses older ones and replays', () => {
    const now = new Date('2026-12-01T02:00:10Z');
    const code = totpCode(SEED32, now);
    const step = matchTotp(SEED32, code, now, null);
    expect(step).not.toBeNull();
    expect(matchTotp(SEED32, code, new Date(now.getTime() + 30_000), null)).toBe(step);
    expect(matchTotp(SEED32, code, new Date(now.getTime() + 90_000), null)).toBeNull();
    expect(matchTotp(SEED32, code, now, step)).toBeNull();
    expect(matchTotp(SEED32, '12345', now, null)).toBeNull();
  });

  it('writes the URI an authenticator app scans', () => {
    expect(otpauthUri('ABC', 'reviewer-x')).toBe(
      'otpauth://totp/%E4%BF%A1%E7%94%A8%E5%B1%B1%E4%B8%9C%E5%B7%A5%E4%BD%9C%E5%8F%B0%3Areviewer-x?secret=ABC&issuer=%E4%BF%A1%E7%94%A8%E5%B1%B1%E4%B8%9C%E5%B7%A5%E4%BD%9C%E5%8F%B0&algorithm=SHA1&digits=6&period=30',
    );
  });
});
