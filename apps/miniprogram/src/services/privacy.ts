import Taro from '@tarojs/taro';
import { wechat } from '../platform/weapp';
import { ME_TAB } from './session';
import { createStore } from './store';

/**
 * Whether the person has read our own explanation of what is collected and agreed, in this launch.
 * Kept in memory only, so on a shared phone the next person reads it again.
 */
export const privacyAgreed = createStore<boolean>(false);

/** 暂不同意 for this launch: the notice steps aside and every public feature works as before. */
export const privacyDeclined = createStore<boolean>(false);

interface WxPrivacy {
  openPrivacyContract?: (options: { fail?: () => void }) => void;
  requirePrivacyAuthorize?: (options: { success?: () => void; fail?: (err: unknown) => void }) => void;
  onNeedPrivacyAuthorization?: (handler: (resolve: (result: { event: 'agree' | 'disagree'; buttonId?: string }) => void) => void) => void;
}

const wxPrivacy = () => wechat<WxPrivacy>();

/**
 * WeChat asks before any privacy-relevant API (login, choosing photos) runs. Taro wraps none of this, so it is
 * called on wx directly. If WeChat asks before our own screen was agreed to, we decline for now and open that screen:
 * its 同意 button is WeChat's agreePrivacyAuthorization button, so agreeing there covers both.
 */
export function listenForPrivacyPrompts() {
  const wx = wxPrivacy();
  wx?.onNeedPrivacyAuthorization?.((resolve) => {
    resolve({ event: 'disagree' });
    privacyAgreed.set(false);
    void Taro.switchTab({ url: ME_TAB });
  });
}

/** Resolves when WeChat has the person's privacy authorisation (always in h5, where our screen is the only one). */
export function requirePrivacy(): Promise<void> {
  const wx = wxPrivacy();
  if (!wx?.requirePrivacyAuthorize) return Promise.resolve();
  return new Promise((resolve, reject) => {
    wx.requirePrivacyAuthorize?.({ success: () => resolve(), fail: () => reject(new Error('privacy')) });
  });
}

/** weapp: WeChat's own page with the 用户隐私保护指引 filed for this mini-program. False when there is none (h5). */
export function openOfficialPrivacyContract(): boolean {
  const wx = wxPrivacy();
  if (!wx?.openPrivacyContract) return false;
  wx.openPrivacyContract({ fail: () => void Taro.navigateTo({ url: PRIVACY_PAGE }) });
  return true;
}

/** Our full 隐私保护指引, in both builds. */
export const PRIVACY_PAGE = '/pkg-policy/privacy/index';
