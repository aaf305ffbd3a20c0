import Taro from '@tarojs/taro';
import { api } from './api';
import { draft } from './draft';
import { shouldForget } from './forget';
import { bumpGeneration, ME_TAB, markLoggedOut } from './session';

let hiddenAt: number | null = null;

/** Called when a personal page goes out of sight (another tab, the app in the background). */
export function personalHidden(now = Date.now()) {
  hiddenAt = now;
}

/** Called when a personal page is seen again. Returns true when personal data was dropped. */
export function personalShown(now = Date.now()): boolean {
  const forget = shouldForget(hiddenAt, now);
  hiddenAt = null;
  if (forget) forgetPersonalData();
  return forget;
}

/** Drops personal answers from the client's memory and from every page's state. The session itself stays. */
export function forgetPersonalData() {
  api.clearPersonalData();
  bumpGeneration();
}

export async function logout() {
  draft.set(null);
  try {
    await api.auth.logout();
  } finally {
    markLoggedOut('您已退出登录。');
    void Taro.switchTab({ url: ME_TAB });
  }
}
