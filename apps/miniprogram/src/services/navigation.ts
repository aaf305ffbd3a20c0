import Taro from '@tarojs/taro';
import { createStore } from './store';

export const HOME_TAB = '/pages/index/index';
export const TAB_PAGES = ['/pages/index/index', '/pages/benefits/index', '/pages/me/index', '/pages/policy/index'];

const pathOf = (url: string) => `/${url.replace(/^\/+/, '').split('?')[0]}`;
export const isTabPage = (url: string) => TAB_PAGES.includes(pathOf(url));

/** Where a person asked to go before they had to log in; memory only, like everything personal. */
export const returnTo = createStore<string | null>(null);

const decodeOnce = (v: string) => {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
};

/** The page shown now, with its parameters (Taro's own bookkeeping parameters left out). */
export function currentPageUrl(): string | null {
  const router = Taro.getCurrentInstance().router;
  if (!router?.path) return null;
  const path = pathOf(router.path);
  const query = Object.entries(router.params ?? {})
    .filter(([k, v]) => !k.startsWith('$') && v !== undefined && v !== '')
    // Taro hands parameters over still encoded (pages decode them): encode each exactly once.
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(decodeOnce(String(v)))}`)
    .join('&');
  return query ? `${path}?${query}` : path;
}

/** Remembers this page (unless it is a tab page, which the person reaches anyway) to come back to after login. */
export function rememberCurrentPage() {
  const url = currentPageUrl();
  if (url && !isTabPage(url)) returnTo.set(url);
}

export function goTo(url: string): Promise<unknown> {
  return isTabPage(url) ? Taro.switchTab({ url: pathOf(url) }) : Taro.navigateTo({ url });
}

/** After a login: back to the page asked for, if any. */
export function returnAfterLogin(): boolean {
  const url = returnTo.get();
  returnTo.set(null);
  if (!url) return false;
  void goTo(url);
  return true;
}

/** The h5 back control: the previous page, or home when this page was opened directly. */
export function goBack() {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.switchTab({ url: HOME_TAB });
}
