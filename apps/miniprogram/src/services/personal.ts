import Taro from '@tarojs/taro';
import { api } from './api';
import { FORGET_AFTER_MS, shouldForget } from './forget';
import { dropAllForms } from './forms';
import { returnTo } from './navigation';
import { privacyAgreed } from './privacy';
import { endSessionKeepingWork, ME_TAB, markLoggedOut, session } from './session';

let hiddenAt: number | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let appVisible = true;
/** Routes of the pages that show personal data (each registers itself, see components/screen). */
const personalRoutes = new Set<string>();

const routeOf = (path: string) => path.replace(/^\/+/, '').split('?')[0] ?? '';

export function registerPersonalRoute(path: string) {
  personalRoutes.add(routeOf(path));
}

/** Whether a personal page is on screen now: the app is in the foreground and the top page is personal. */
function personalPageOnScreen(): boolean {
  if (!appVisible) return false;
  const pages = Taro.getCurrentPages();
  const top = pages[pages.length - 1] as { route?: string; path?: string } | undefined;
  return personalRoutes.has(routeOf(top?.route ?? top?.path ?? ''));
}

/**
 * Called whenever a page shows or hides, or the app goes to the background and back. Page events come in no
 * guaranteed order, so the answer is read from what is on screen once they have settled.
 */
export function screenChanged() {
  setTimeout(() => personalInSight(personalPageOnScreen()), 0);
}

export function trackAppVisibility() {
  Taro.onAppHide?.(() => {
    appVisible = false;
    screenChanged();
  });
  Taro.onAppShow?.(() => {
    appVisible = true;
    screenChanged();
  });
}

/**
 * Personal data in sight (true) or not (false). Out of sight, the clock towards forgetting runs; back in sight, the
 * time away is checked (timers may be paused while the app is in the background). True when data was dropped.
 */
export function personalInSight(inSight: boolean, now = Date.now()): boolean {
  if (!inSight) {
    if (hiddenAt !== null) return false;
    hiddenAt = now;
    timer = setTimeout(() => forgetAfterAbsence(), FORGET_AFTER_MS);
    return false;
  }
  if (timer) clearTimeout(timer);
  timer = null;
  const forget = shouldForget(hiddenAt, now);
  hiddenAt = null;
  if (forget) forgetAfterAbsence();
  return forget;
}

/**
 * Five minutes with 我的信用 out of sight: personal data is dropped and the session ended, so it is shown again
 * only after the person verifies again. What they were filling in stays in memory for them.
 */
export function forgetAfterAbsence() {
  if (timer) clearTimeout(timer);
  timer = null;
  hiddenAt = null;
  if (session.get().status === 'anonymous') return;
  api.clearPersonalData();
  endSessionKeepingWork('您离开“我的信用”超过 5 分钟，为保护您的信息已退出。');
  void api.auth.logout().catch(() => undefined);
}

/** Drops personal answers from the client's memory and from every page's state. The session itself stays. */
export function forgetPersonalData() {
  api.clearPersonalData();
  session.set((s) => ({ ...s, generation: s.generation + 1 }));
}

/** Logout by choice: nothing of this person stays on the phone, not even a half-filled form. */
export async function logout(notice = '您已退出登录。') {
  dropAllForms();
  returnTo.set(null);
  try {
    await api.auth.logout();
  } finally {
    markLoggedOut(notice);
    void Taro.switchTab({ url: ME_TAB });
  }
}

/** Consent withdrawn: logged out, forms and pages forgotten, and the privacy notice shown again before any login. */
export async function withdrawConsent() {
  privacyAgreed.set(false);
  await logout('您已撤回同意并退出登录。这部手机上不再保留您的任何信息；查企业信用、看信易+和政策不受影响。');
}
