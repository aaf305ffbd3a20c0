import type { StaffCase } from '@xinyong/contract';
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
    decideObjection: (id: string, body: { outcome: 'accepted' | 'corrected' | 'deleted' | 'upheld' | 'rejected'; reason: string }) =>
      core.call('staff.decideObjection', { params: { id }, body }),
    decideRepair: (id: string, body: { outcome: 'approved' | 'rejected'; reason: string }) =>
      core.call('staff.decideRepair', { params: { id }, body }),
  };
}
