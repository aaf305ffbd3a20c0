import { createStore } from './store';

/**
 * What survives a session expiry: which form was open and for which record (record ids are opaque).
 * The reason text and photos do not: they may be personal, and the next person to log in on this phone
 * may be someone else. The login screen offers to reopen the form.
 */
export interface Draft {
  form: 'objection' | 'repair';
  recordId: string;
}

export const draft = createStore<Draft | null>(null);

export function draftUrl(d: Draft): string {
  const page = d.form === 'objection' ? 'objection-new' : 'repair';
  return `/pkg-my/${page}/index?recordId=${encodeURIComponent(d.recordId)}`;
}
