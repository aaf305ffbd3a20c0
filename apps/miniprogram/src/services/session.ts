import Taro from '@tarojs/taro';
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

/** The server ended the session: back to the login screen, which says why. */
export function sessionEnded(code: string) {
  const notice = code === 'SESSION_EXPIRED' ? '您已较长时间没有操作，为保护您的信息已自动退出。请重新登录。' : '登录已失效，请重新登录。';
  markLoggedOut(notice);
  // reLaunch closes every page, so no personal page stays open behind the login screen. It waits for a
  // page transition in progress (the answer can arrive while a page is still sliding in), which in h5
  // otherwise leaves the tab page hidden.
  setTimeout(() => void Taro.reLaunch({ url: ME_TAB }), 400);
}
