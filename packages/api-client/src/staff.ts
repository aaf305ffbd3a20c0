import type { RouteBody, RouteQuery, StaffCase } from '@xinyong/contract';
import type { HttpCore } from './core';

type CaseKind = 'objection' | 'repair';

/** Department reviewers and the credit office. Every read of a case states its purpose; the server logs it for the subject to see. */
export function staffResource(core: HttpCore) {
  const headers = (purpose: string) => ({ 'x-access-purpose': encodeURIComponent(purpose) });
  return {
    /** `totp`: the authenticator's 6 digits, for an account with a second factor (every account in production). */
    login: async (username: string, password: string, totp?: string) => {
      const session = await core.call('staff.login', { body: { username, password, ...(totp ? { totp } : {}) } });
      core.setToken(session.token);
      return { idleMinutes: session.idleMinutes };
    },
    logout: async () => {
      try {
        if (core.hasToken) await core.call('auth.logout');
      } finally {
        core.setToken(null);
      }
    },
    get loggedIn() {
      return core.hasToken;
    },
    me: () => core.call('staff.me'),
    accounts: () => core.call('staff.accounts'),
    queue: (kind: CaseKind) => core.call('staff.queue', { query: { kind } }),
    getCase: <T = StaffCase>(kind: CaseKind, id: string, purpose: string): Promise<T> =>
      core.call(kind === 'objection' ? 'staff.objection' : 'staff.repair', { params: { id }, headers: headers(purpose) }) as Promise<T>,
    /** One file of a case, in the answer (the console shows it from memory). */
    evidence: (kind: CaseKind, id: string, attachmentId: string, purpose: string) =>
      core.call(kind === 'objection' ? 'staff.objectionEvidence' : 'staff.repairEvidence', {
        params: { id, attachmentId },
        headers: headers(purpose),
      }),
    /**
     * With 'corrected', `correction` says what the record says from now on. `idempotencyKey`: one per decision form,
     * so a form sent twice (a double click, a retry after a lost answer) decides once.
     */
    decideObjection: (id: string, body: RouteBody<'staff.decideObjection'>, idempotencyKey?: string) =>
      core.call('staff.decideObjection', { params: { id }, body, ...(idempotencyKey ? { idempotencyKey } : {}) }),
    decideRepair: (id: string, body: RouteBody<'staff.decideRepair'>, idempotencyKey?: string) =>
      core.call('staff.decideRepair', { params: { id }, body, ...(idempotencyKey ? { idempotencyKey } : {}) }),
    /** Credit office: unlock, disable, enable, or enrol a new second factor (its secret comes back once). */
    accountAction: (username: string, action: RouteBody<'staff.accountAction'>['action']) =>
      core.call('staff.accountAction', { params: { username }, body: { action } }),
    /** 应用清单: the uses a department may query credit information for. */
    applicationList: () => core.call('staff.applicationList'),
    /** 查询使用登记: a business's credit information for a use on the list and a matter's number; the query is registered. */
    queryCredit: (body: RouteBody<'staff.creditQuery'>) => core.call('staff.creditQuery', { body }),
    /** The register of every query (credit office and auditor). */
    queryRegister: (query: RouteQuery<'staff.creditQueries'> = {}) => core.call('staff.creditQueries', { query }),
  };
}
