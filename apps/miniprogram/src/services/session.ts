import Taro from '@tarojs/taro';
import { markFormsResumable, openForms } from './forms';
import { rememberCurrentPage } from './navigation';
import { createStore } from './store';

export type SessionStatus = 'anonymous' | 'unverified' | 'verified';

export interface SessionState {
  status: SessionStatus;
  /** Shown once on the login screen, e.g. after the session expired. */
  notice: string | null;
  /** Bumped whenever personal data must be dropped; personal pages reset when it changes. */
  generation: number;
}

export const session = createStore<SessionState>({ status: 'anonymous', notice: null, generation: 0 });

export const ME_TAB = '/pages/me/index';

export function markLoggedIn(verified: boolean) {
  session.set((s) => ({ status: verified ? 'verified' : 'unverified', notice: null, generation: s.generation + 1 }));
}

/** Drops everything personal held by pages (the client's own cache is cleared by the caller or the client). */
export function markLoggedOut(notice: string | null = null) {
  session.set((s) => ({ status: 'anonymous', notice, generation: s.generation + 1 }));
}

export function bumpGeneration() {
  session.set((s) => ({ ...s, generation: s.generation + 1 }));
}

/**
 * The session is over without the person choosing it (expiry, or 5 minutes away): what they were doing is kept
 * in memory, the page they were on is remembered, and the login screen says both.
 */
export function endSessionKeepingWork(reason: string) {
  rememberCurrentPage();
  const forms = openForms().length > 0;
  markFormsResumable();
  markLoggedOut(forms ? `${reason}您填写的内容还在，重新登录后会回到刚才的页面继续。` : `${reason}重新登录后会回到刚才的页面。`);
}

/** The server ended the session: back to the login screen, which says why. */
export function sessionEnded(code: string) {
  endSessionKeepingWork(
    code === 'SESSION_EXPIRED' ? '您已较长时间没有操作，为保护您的信息已自动退出。' : '登录已失效，为保护您的信息已退出。',
  );
  // reLaunch closes every page, so no personal page stays open behind the login screen. It waits for a
  // page transition in progress (the answer can arrive while a page is still sliding in), which in h5
  // otherwise leaves the tab page hidden.
  setTimeout(() => void Taro.reLaunch({ url: ME_TAB }), 400);
}
