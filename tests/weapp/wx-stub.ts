/**
 * A stand-in for WeChat's wx: what a page needs to open. Every wx.request and wx.uploadFile is answered, after a
 * turn of the event loop, with HTTP 503 and the API's error shape (as if the service were down), so no page waits
 * for a server. Other calls succeed with nothing, and every call is written down.
 */
const SYSTEM = {
  platform: 'devtools',
  brand: 'devtools',
  model: 'iPhone 12',
  system: 'iOS 17.0',
  windowWidth: 375,
  windowHeight: 812,
  screenWidth: 375,
  screenHeight: 812,
  pixelRatio: 2,
  statusBarHeight: 20,
  safeArea: { top: 20, bottom: 812, left: 0, right: 375, width: 375, height: 792 },
  SDKVersion: '3.4.0',
  version: '8.0.50',
  language: 'zh_CN',
  theme: 'light',
};
const UNAVAILABLE = { error: { code: 'SERVICE_UNAVAILABLE', message: '服务正在维护，请稍后再试', requestId: 'stub' } };

const ASYNC_APIS = [
  'authorize',
  'checkSession',
  'chooseImage',
  'chooseMedia',
  'chooseMessageFile',
  'getNetworkType',
  'getPrivacySetting',
  'getSetting',
  'hideLoading',
  'hideShareMenu',
  'hideToast',
  'login',
  'navigateBack',
  'navigateTo',
  'openPrivacyContract',
  'pageScrollTo',
  'previewImage',
  'reLaunch',
  'redirectTo',
  'requirePrivacyAuthorize',
  'setClipboardData',
  'setNavigationBarTitle',
  'setStorage',
  'showLoading',
  'showModal',
  'showShareMenu',
  'showToast',
  'stopPullDownRefresh',
  'switchTab',
  'vibrateShort',
];

type Options = { success?: (r: unknown) => void; fail?: (e: unknown) => void; complete?: (r: unknown) => void };

export function stubWx() {
  const calls: { name: string; arg: unknown }[] = [];
  let pending = 0;
  const later = (options: Options | undefined, result: unknown) => {
    pending++;
    setTimeout(() => {
      pending--;
      options?.success?.(result);
      options?.complete?.(result);
    }, 0);
  };
  const own: Record<string, unknown> = {
    getSystemInfoSync: () => SYSTEM,
    getWindowInfo: () => SYSTEM,
    getDeviceInfo: () => SYSTEM,
    getAppBaseInfo: () => SYSTEM,
    getStorageSync: () => '',
    getLaunchOptionsSync: () => ({ path: 'pages/index/index', query: {}, scene: 1001 }),
    getMenuButtonBoundingClientRect: () => ({ top: 24, bottom: 56, left: 281, right: 368, width: 87, height: 32 }),
    nextTick: (fn: () => void) => setTimeout(fn, 0),
    request: (options: Options) => {
      later(options, { statusCode: 503, data: UNAVAILABLE, header: { 'content-type': 'application/json' }, errMsg: 'request:ok' });
      return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} };
    },
    uploadFile: (options: Options) => {
      later(options, { statusCode: 503, data: JSON.stringify(UNAVAILABLE), errMsg: 'uploadFile:ok' });
      return { abort() {}, onProgressUpdate() {} };
    },
    createSelectorQuery: () => {
      const query = {
        in: () => query,
        select: () => query,
        selectAll: () => query,
        selectViewport: () => query,
        boundingClientRect: () => query,
        scrollOffset: () => query,
        fields: () => query,
        exec: (cb?: (r: unknown[]) => void) => setTimeout(() => cb?.([]), 0),
      };
      return query;
    },
  };
  // Taro copies onto Taro.* only the APIs that wx lists (Object.keys(wx)); these are the ones the app may call.
  for (const name of ASYNC_APIS) own[name] ??= (options?: Options) => later(options, { errMsg: `${name}:ok` });
  own.canIUse ??= () => true;
  const STUBBED = new Set(Object.keys(own));
  const api = new Proxy(own, {
    get(target, name, receiver) {
      if (typeof name !== 'string') return undefined;
      if (name in target) {
        const value = target[name];
        // What the app put on wx itself (Taro keeps state there) is returned as it is.
        if (!STUBBED.has(name) || typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push({ name, arg: args[0] });
          return Reflect.apply(value as (...a: unknown[]) => unknown, receiver, args);
        };
      }
      // Taro keeps its webpack chunk list on wx; anything else is an API that succeeds with nothing.
      if (name === 'webpackJsonp') return undefined;
      return (options?: Options) => {
        calls.push({ name, arg: options });
        if (options && typeof options === 'object') later(options, { errMsg: `${name}:ok` });
        return undefined;
      };
    },
    // Taro binds an API to Taro.* only if wx has it: this wx has every API.
    has: (_target, name) => typeof name === 'string' && name !== 'webpackJsonp',
    set(target, name, value) {
      target[name as string] = value;
      return true;
    },
  });
  return { api, calls, pending: () => pending };
}
