import { computeResidentIdCheck } from '@xinyong/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkRealNameInput, httpRealNameVerifier, type RealNameResult, realNameConfigFromEnv } from '../../src/auth/real-name';
import { onFakeClock, untilTrue } from '../fake-clock';
import type { StandIn } from '../stand-ins/http';
import { REAL_NAME_STAND_IN_KEY, startRealNameStandIn } from '../stand-ins/real-name';

const TODAY = '2026-05-20';
const id = (first17: string) => first17 + computeResidentIdCheck(first17);
/** Generated numbers (示例): valid check characters, nobody's number. */
const PERSON = { name: '张三丰', idNumber: id('37010219850612031') };
const OTHER_ID = id('37060219900228128');
const MINORITY = { name: '买买提·艾力', idNumber: id('37010319721103057') };

// Long enough that no answer of a busy machine's loopback is late; the timeout itself is tested on a fake clock.
const TIMEOUT_MS = 5_000;
let platform: StandIn;
let verifier: ReturnType<typeof httpRealNameVerifier>;

beforeAll(async () => {
  platform = await startRealNameStandIn({
    // Only ever waited for on the fake clock.
    slowMs: 60_000,
    tickets: { 'ticket-zhang': { person: PERSON }, 'ticket-minority': { person: MINORITY } },
  });
  verifier = httpRealNameVerifier({ baseUrl: platform.baseUrl, apiKey: REAL_NAME_STAND_IN_KEY, timeoutMs: TIMEOUT_MS, today: () => TODAY });
});
afterAll(() => platform.close());

/** Nothing a result carries may quote the ID number or the name. */
function expectNoPersonalData(result: RealNameResult, ...values: string[]) {
  const text = JSON.stringify(result);
  for (const value of values) expect(text).not.toContain(value);
}

describe('httpRealNameVerifier', () => {
  it('sends the ticket, name and ID number in the body only, with the key', async () => {
    const before = platform.received.length;
    await expect(verifier.verify({ ...PERSON, ticket: 'ticket-zhang' })).resolves.toEqual({ verified: true });

    expect(platform.received.length).toBe(before + 1);
    const request = platform.received.at(-1);
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/v1/verify');
    expect(request?.url).not.toContain(PERSON.idNumber);
    expect(request?.headers.authorization).toBe(`Bearer ${REAL_NAME_STAND_IN_KEY}`);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request?.body ?? '')).toEqual({ ticket: 'ticket-zhang', name: PERSON.name, idNumber: PERSON.idNumber });
  });

  it('sends the number normalised and the name trimmed', async () => {
    const withX = { name: '李四', idNumber: '' };
    for (let seq = 0; seq < 1000; seq++) {
      const candidate = id(`37010319721103${String(seq).padStart(3, '0')}`);
      if (candidate.endsWith('X')) {
        withX.idNumber = candidate;
        break;
      }
    }
    expect(withX.idNumber).toMatch(/X$/);
    const local = await startRealNameStandIn({ tickets: { t: { person: withX } } });
    try {
      const v = httpRealNameVerifier({ baseUrl: local.baseUrl, apiKey: REAL_NAME_STAND_IN_KEY, today: () => TODAY });
      await expect(v.verify({ name: ' 李四 ', idNumber: ` ${withX.idNumber.toLowerCase()} `, ticket: 't' })).resolves.toEqual({
        verified: true,
      });
      expect(JSON.parse(local.received[0]?.body ?? '')).toMatchObject(withX);
    } finally {
      await local.close();
    }
  });

  it('accepts a name with a middle dot', async () => {
    await expect(verifier.verify({ ...MINORITY, ticket: 'ticket-minority' })).resolves.toEqual({ verified: true });
  });

  it('reports a mismatch', async () => {
    const result = await verifier.verify({ name: PERSON.name, idNumber: OTHER_ID, ticket: 'ticket-zhang' });
    expect(result).toEqual({ verified: false, code: 'MISMATCH', message: '姓名与身份证号码不一致，请核对后重新填写。' });
    expectNoPersonalData(result, OTHER_ID, PERSON.name);
  });

  const mappings: [string, string][] = [
    ['unknown-ticket', 'TICKET_INVALID'],
    ['expired-ticket', 'TICKET_EXPIRED'],
    ['server-error', 'UNAVAILABLE'],
    ['odd-result', 'UNAVAILABLE'],
    ['not-json', 'UNAVAILABLE'],
  ];
  it.each(mappings)('maps %s to %s', async (ticket, code) => {
    const result = await verifier.verify({ ...PERSON, ticket });
    expect(result).toMatchObject({ verified: false, code });
    if (!result.verified) expect(result.message).toMatch(/[\u4e00-\u9fff]/);
    expectNoPersonalData(result, PERSON.idNumber, PERSON.name);
  });

  it('gives up after the timeout, not before', async () => {
    const result = await onFakeClock(async () => {
      const before = platform.received.length;
      let settled = false;
      const pending = verifier.verify({ ...PERSON, ticket: 'slow' }).finally(() => {
        settled = true;
      });
      await untilTrue(() => platform.received.length > before);
      await vi.advanceTimersByTimeAsync(TIMEOUT_MS - 1);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      return pending;
    });
    expect(result).toEqual({
      verified: false,
      code: 'UNAVAILABLE',
      message: '实名核验服务暂时不可用，请稍后重试。',
      detail: `no answer within ${TIMEOUT_MS} ms`,
    });
  });

  it('treats a refused key as unavailable and does not echo it', async () => {
    const wrongKey = httpRealNameVerifier({ baseUrl: platform.baseUrl, apiKey: 'wrong-key-value', today: () => TODAY });
    const result = await wrongKey.verify({ ...PERSON, ticket: 'ticket-zhang' });
    expect(result).toMatchObject({ verified: false, code: 'UNAVAILABLE', detail: 'HTTP 401' });
    expectNoPersonalData(result, 'wrong-key-value', PERSON.idNumber);
  });

  it('reports a refused connection as unavailable', async () => {
    const gone = await startRealNameStandIn();
    const { baseUrl } = gone;
    await gone.close();
    const offline = httpRealNameVerifier({ baseUrl, apiKey: REAL_NAME_STAND_IN_KEY, today: () => TODAY });
    await expect(offline.verify({ ...PERSON, ticket: 'ticket-zhang' })).resolves.toMatchObject({
      code: 'UNAVAILABLE',
      detail: 'network error',
    });
  });

  it.each([
    [
      'a wrong check character',
      { ...PERSON, idNumber: PERSON.idNumber.slice(0, 17) + (PERSON.idNumber.endsWith('0') ? '1' : '0') },
      'INVALID_ID_NUMBER',
    ],
    ['a birth date after today', { ...PERSON, idNumber: id('37010220270101031') }, 'INVALID_ID_NUMBER'],
    ['a 15-digit number', { ...PERSON, idNumber: '370102850612031' }, 'INVALID_ID_NUMBER'],
    ['a name in Latin letters', { ...PERSON, name: 'Zhang San' }, 'INVALID_NAME'],
  ])('refuses %s without asking the platform', async (_, person, code) => {
    const before = platform.received.length;
    const result = await verifier.verify({ ...person, ticket: 'ticket-zhang' });
    expect(result).toMatchObject({ verified: false, code });
    expectNoPersonalData(result, person.idNumber);
    expect(platform.received.length).toBe(before);
  });

  it.each([
    ['empty', ''],
    ['with a space', 'ticket zhang'],
    ['too long', 't'.repeat(1025)],
  ])('refuses a ticket that is %s without asking the platform', async (_, ticket) => {
    const before = platform.received.length;
    await expect(verifier.verify({ ...PERSON, ticket })).resolves.toMatchObject({ verified: false, code: 'TICKET_INVALID' });
    expect(platform.received.length).toBe(before);
  });

  it('is named for the audit trail', () => {
    expect(verifier.name).toBe('http');
  });
});

describe('checkRealNameInput', () => {
  it('accepts a valid name and number, normalised', () => {
    expect(checkRealNameInput({ name: ' 张三丰 ', idNumber: PERSON.idNumber }, TODAY)).toEqual({
      ok: true,
      name: '张三丰',
      idNumber: PERSON.idNumber,
    });
    expect(checkRealNameInput({ name: '𠀾明', idNumber: PERSON.idNumber }, TODAY)).toMatchObject({ ok: true });
    expect(checkRealNameInput({ name: '张'.repeat(30), idNumber: PERSON.idNumber }, TODAY)).toMatchObject({ ok: true });
  });

  it.each([
    ['one character', '张'],
    ['31 characters', '张'.repeat(31)],
    ['Latin letters', 'Zhang'],
    ['a digit', '张三1'],
    ['a leading dot', '·张三'],
    ['a trailing dot', '张三·'],
    ['two dots in a row', '买买提··艾力'],
    ['a space inside', '张 三'],
    ['empty', ''],
  ])('refuses a name with %s', (_, name) => {
    expect(checkRealNameInput({ name, idNumber: PERSON.idNumber }, TODAY)).toEqual({
      ok: false,
      code: 'INVALID_NAME',
      message: '请填写身份证上的姓名：2–30 个汉字，少数民族姓名中的间隔号请用“·”。',
    });
  });

  it('passes on the domain message for an ID number, without the number', () => {
    const result = checkRealNameInput({ name: '张三丰', idNumber: '3701021985' }, TODAY);
    expect(result).toEqual({ ok: false, code: 'INVALID_ID_NUMBER', message: '身份证号码应为 18 位，实际为 10 位。' });
    expect(checkRealNameInput({ name: '张三丰', idNumber: '' }, TODAY)).toMatchObject({
      ok: false,
      code: 'INVALID_ID_NUMBER',
      message: '请输入身份证号码。',
    });
  });

  it('checks the birth date against the given day', () => {
    const born = id('37010220260521031');
    expect(checkRealNameInput({ name: '张三丰', idNumber: born }, '2026-05-20')).toMatchObject({ ok: false, code: 'INVALID_ID_NUMBER' });
    expect(checkRealNameInput({ name: '张三丰', idNumber: born }, '2026-05-21')).toMatchObject({ ok: true });
  });
});

describe('configuration', () => {
  it('refuses plain http except on loopback', () => {
    expect(() => httpRealNameVerifier({ baseUrl: 'http://realname.example.gov.cn', apiKey: 'k' })).toThrow(/https/);
    expect(() => httpRealNameVerifier({ baseUrl: 'https://realname.example.gov.cn', apiKey: 'k' })).not.toThrow();
    expect(() => httpRealNameVerifier({ baseUrl: 'https://realname.example.gov.cn', apiKey: '' })).toThrow();
  });

  it('reads the environment', () => {
    expect(realNameConfigFromEnv({})).toBeNull();
    expect(realNameConfigFromEnv({ REALNAME_API_BASE: 'https://realname.example.gov.cn' })).toBeNull();
    expect(realNameConfigFromEnv({ REALNAME_API_KEY: 'k' })).toBeNull();
    expect(realNameConfigFromEnv({ REALNAME_API_BASE: 'https://realname.example.gov.cn', REALNAME_API_KEY: 'k' })).toEqual({
      baseUrl: 'https://realname.example.gov.cn',
      apiKey: 'k',
    });
  });
});
