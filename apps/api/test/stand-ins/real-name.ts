import { type StandIn, sendJson, startStandIn } from './http';

/**
 * A stand-in for a real-name platform speaking our adapter protocol (see src/auth/real-name.ts), on 127.0.0.1.
 * It refuses what a careful platform would (wrong key 401, a query string or wrong path 404, not JSON 415/400,
 * missing fields 400) and answers per ticket:
 *
 * - tickets in `options.tickets` bound to a person: `match` when name and ID number equal theirs, else `mismatch`;
 * - `expired-ticket` ticket_expired · `slow` answers (ticket_invalid) after `slowMs` · `server-error` HTTP 500
 *   · `odd-result` an unknown result · `not-json` an HTML page;
 * - other entries of `options.tickets` as given · anything else ticket_invalid.
 */

export type RealNameStandInAnswer =
  | { person: { name: string; idNumber: string } }
  | { result: string }
  | { status: number; body: string }
  | { delayMs: number; answer: RealNameStandInAnswer };

export interface RealNameStandInOptions {
  apiKey?: string;
  tickets?: Record<string, RealNameStandInAnswer>;
  slowMs?: number;
}

export const REAL_NAME_STAND_IN_KEY = 'stand-in-realname-key-0123456789';

export function startRealNameStandIn(options: RealNameStandInOptions = {}): Promise<StandIn> {
  const apiKey = options.apiKey ?? REAL_NAME_STAND_IN_KEY;
  const slowMs = options.slowMs ?? 2_000;

  const builtIn = (ticket: string): RealNameStandInAnswer => {
    switch (ticket) {
      case 'expired-ticket':
        return { result: 'ticket_expired' };
      case 'slow':
        return { delayMs: slowMs, answer: { result: 'ticket_invalid' } };
      case 'server-error':
        return { status: 500, body: 'internal error' };
      case 'odd-result':
        return { status: 200, body: JSON.stringify({ result: 'maybe' }) };
      case 'not-json':
        return { status: 200, body: '<html><body>维护中</body></html>' };
      default:
        return { result: 'ticket_invalid' };
    }
  };

  return startStandIn(async (request, response, delay) => {
    if (request.path !== '/v1/verify' || request.url !== '/v1/verify') return sendJson(response, 404, { error: 'not_found' });
    if (request.method !== 'POST') return sendJson(response, 405, { error: 'method_not_allowed' });
    if (request.headers.authorization !== `Bearer ${apiKey}`) return sendJson(response, 401, { error: 'unauthorized' });
    if (!request.headers['content-type']?.startsWith('application/json'))
      return sendJson(response, 415, { error: 'unsupported_media_type' });
    let body: unknown;
    try {
      body = JSON.parse(request.body);
    } catch {
      return sendJson(response, 400, { error: 'bad_json' });
    }
    const fields = body as Record<string, unknown> | null;
    const keys = fields && typeof fields === 'object' ? Object.keys(fields).sort().join(',') : '';
    if (keys !== 'idNumber,name,ticket' || !Object.values(fields as object).every((v) => typeof v === 'string')) {
      return sendJson(response, 400, { error: 'bad_request' });
    }
    const { ticket, name, idNumber } = fields as { ticket: string; name: string; idNumber: string };

    let answer = options.tickets?.[ticket] ?? builtIn(ticket);
    while ('delayMs' in answer) {
      await delay(answer.delayMs);
      answer = answer.answer;
    }
    if ('status' in answer) {
      response.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8' });
      response.end(answer.body);
      return;
    }
    if ('person' in answer) {
      const same = answer.person.name === name && answer.person.idNumber === idNumber;
      return sendJson(response, 200, { result: same ? 'match' : 'mismatch' });
    }
    sendJson(response, 200, { result: answer.result });
  });
}
