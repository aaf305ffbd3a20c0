import type { RouteBody, StaffCase } from '@xinyong/contract';
import type { HttpCore } from './core';

/** Department reviewers. Every read of a case states its purpose; the server logs it for the subject to see. */
export function staffResource(core: HttpCore) {
  const headers = (purpose: string) => ({ 'x-access-purpose': encodeURIComponent(purpose) });
  return {
    login: async (username: string, password: string) => {
      const session = await core.call('staff.login', { body: { username, password } });
      core.setToken(session.token);
    },
    queue: (kind: 'objection' | 'repair') => core.call('staff.queue', { query: { kind } }),
    getCase: <T = StaffCase>(kind: 'objection' | 'repair', id: string, purpose: string): Promise<T> =>
      core.call(kind === 'objection' ? 'staff.objection' : 'staff.repair', { params: { id }, headers: headers(purpose) }) as Promise<T>,
    /** With 'corrected', `correction` says what the record says from now on. */
    decideObjection: (id: string, body: RouteBody<'staff.decideObjection'>) => core.call('staff.decideObjection', { params: { id }, body }),
    decideRepair: (id: string, body: RouteBody<'staff.decideRepair'>) => core.call('staff.decideRepair', { params: { id }, body }),
  };
}
