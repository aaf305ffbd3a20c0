import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueDateOf, newReportNumber, normaliseVerificationCode, REPORT_NUMBER_PATTERN } from '../../src/reports/numbers';
import { loadReportSettings, ReportSettingsError } from '../../src/reports/settings';
import { DEV_KEY_FILE, loadReportSigningKey, makeSelfSignedP12, ReportSigningConfigError } from '../../src/reports/signing-key';

const now = new Date('2026-05-02T06:03:00Z');
const tempDir = () => mkdtempSync(join(tmpdir(), 'xinyong-signing-'));

describe('the report signing key', () => {
  it('production refuses to start without one, naming the settings to set', () => {
    expect(() => loadReportSigningKey({}, { production: true, devKeyDir: tempDir(), now })).toThrow(ReportSigningConfigError);
    expect(() => loadReportSigningKey({}, { production: true, devKeyDir: tempDir(), now })).toThrow(
      /REPORT_SIGNING_P12.*REPORT_SIGNING_PASSPHRASE/,
    );
  });

  it('development generates a labelled key once, private to the owner, and reuses it', () => {
    const dir = tempDir();
    const first = loadReportSigningKey({}, { production: false, devKeyDir: dir, now });
    const again = loadReportSigningKey({}, { production: false, devKeyDir: dir, now });
    expect(first.development).toBe(true);
    expect(first.signerName).toContain('开发环境');
    expect(first.signerName).toContain('不可信');
    expect(again.fingerprint).toBe(first.fingerprint);
    expect(statSync(join(dir, DEV_KEY_FILE)).mode & 0o077).toBe(0);
  });

  it('development replaces its key when the clock is outside the key’s validity, and keeps one valid a day back', () => {
    const dir = tempDir();
    const old = loadReportSigningKey({}, { production: false, devKeyDir: dir, now: new Date('2020-01-01T00:00:00Z') });
    const renewed = loadReportSigningKey({}, { production: false, devKeyDir: dir, now });
    expect(renewed.fingerprint).not.toBe(old.fingerprint);
    // A system started at 02:30 China time of the same day (the night journeys) finds the new one valid.
    const night = new Date(now.getTime() - 20 * 3_600_000);
    expect(loadReportSigningKey({}, { production: false, devKeyDir: dir, now: night }).fingerprint).toBe(renewed.fingerprint);
  });

  it('production refuses the development key even when configured', () => {
    const dir = tempDir();
    loadReportSigningKey({}, { production: false, devKeyDir: dir, now });
    const env = { REPORT_SIGNING_P12: join(dir, DEV_KEY_FILE), REPORT_SIGNING_PASSPHRASE: 'development-only-not-secret' };
    expect(() => loadReportSigningKey(env, { production: true, devKeyDir: dir, now })).toThrow(/development certificate/);
  });

  it('loads a configured key, and refuses a wrong passphrase or an expired certificate', () => {
    const dir = tempDir();
    const path = join(dir, 'signing.p12');
    writeFileSync(
      path,
      makeSelfSignedP12({ commonName: '山东省社会信用中心（测试）', organization: '测试', unit: 'signing' }, 'right', now),
    );
    const key = loadReportSigningKey(
      { REPORT_SIGNING_P12: path, REPORT_SIGNING_PASSPHRASE: 'right' },
      { production: true, devKeyDir: dir, now },
    );
    expect(key).toMatchObject({ development: false, signerName: '山东省社会信用中心（测试）' });
    expect(() =>
      loadReportSigningKey({ REPORT_SIGNING_P12: path, REPORT_SIGNING_PASSPHRASE: 'wrong' }, { production: true, devKeyDir: dir, now }),
    ).toThrow(/PASSPHRASE is wrong/);
    const later = new Date(now.getTime() + 6 * 365 * 86_400_000);
    expect(() =>
      loadReportSigningKey(
        { REPORT_SIGNING_P12: path, REPORT_SIGNING_PASSPHRASE: 'right' },
        { production: true, devKeyDir: dir, now: later },
      ),
    ).toThrow(/not now/);
    expect(() => loadReportSigningKey({ REPORT_SIGNING_P12: join(dir, 'nope.p12') }, { production: true, devKeyDir: dir, now })).toThrow(
      /does not exist/,
    );
  });
});

describe('report settings', () => {
  it('production needs an https verification page', () => {
    expect(() => loadReportSettings({}, true)).toThrow(ReportSettingsError);
    expect(() => loadReportSettings({ REPORT_VERIFY_URL: 'http://xinyong.example.cn/verify/' }, true)).toThrow(/https/);
    expect(loadReportSettings({ REPORT_VERIFY_URL: 'https://xinyong.example.cn/verify/' }, true).verifyUrl).toBe(
      'https://xinyong.example.cn/verify/',
    );
  });

  it('development points at the local server', () => {
    expect(loadReportSettings({ PORT: '9090' }, false).verifyUrl).toBe('http://127.0.0.1:9090/reports/verify/');
  });
});

describe('report numbers and codes', () => {
  it('numbers carry the China date of issue', () => {
    const number = newReportNumber(new Date('2026-05-01T17:30:00Z'));
    expect(number).toMatch(REPORT_NUMBER_PATTERN);
    expect(issueDateOf(number)).toBe('2026-05-02');
  });

  it.each([
    ['7k3m-9q2p', '7K3M9Q2P'],
    [' 7K3M 9Q2P ', '7K3M9Q2P'],
    ['7K3M－9Q2P', '7K3M9Q2P'],
    ['7K3M9Q2', null],
    ['7K3M9Q2O', null],
  ])('%s → %s', (typed, code) => expect(normaliseVerificationCode(typed)).toBe(code));
});
