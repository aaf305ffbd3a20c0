import type { Queue, RecordCorrection, SessionToken } from '@xinyong/contract';
import type { HttpCore } from './core';

/** Department reviewers. Every read of a case states its purpose; the server logs it for the subject to see. */
export function staffResource(core: HttpCore) {
  const purposeHeader = (purpose: string) => ({ 'X-Access-Purpose': encodeURIComponent(purpose) });
  return {
    login: async (username: string, password: string) => {
      const session = await core.post<SessionToken>('/staff/login', { username, password });
      core.setToken(session.token);
    },
    queue: (kind: 'objection' | 'repair') => core.get<Queue>('/staff/queue', { kind }),
    getCase: <T = unknown>(kind: 'objection' | 'repair', id: string, purpose: string) =>
      core.getWithHeaders<T>(`/staff/${kind === 'objection' ? 'objections' : 'repairs'}/${encodeURIComponent(id)}`, purposeHeader(purpose)),
    decideObjection: (
      id: string,
      body: {
        outcome: 'accepted' | 'corrected' | 'deleted' | 'upheld' | 'rejected';
        reason: string;
        /** With 'corrected': what the record says from now on. */
        correction?: RecordCorrection;
      },
    ) => core.post(`/staff/objections/${encodeURIComponent(id)}/decision`, body, { idempotent: true }),
    decideRepair: (id: string, body: { outcome: 'approved' | 'rejected'; reason: string }) =>
      core.post(`/staff/repairs/${encodeURIComponent(id)}/decision`, body, { idempotent: true }),
  };
}
