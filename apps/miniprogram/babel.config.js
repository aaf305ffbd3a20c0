// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// The h5 build runs in WeChat's in-app browser (XWeb, Chromium 86 and later on Android; WKWebView on iOS) and in
// phone browsers from about 2019 on, so it targets Chrome 73 and iOS 12.2 (both spring 2019): async functions,
// classes, spread and generators stay native instead of regenerator and class helpers (less code to load and run).
// Optional chaining and nullish coalescing are still transformed for them. Without targets the preset falls back to
// iOS 9 / Android 5. The weapp build keeps the preset's default (WeChat's own tooling decides what the client runs).
const H5_TARGETS = { chrome: '73', ios: '12.2' };

module.exports = {
  presets: [
    ['taro', { framework: 'react', ts: true, compiler: 'webpack5', ...(process.env.TARO_ENV === 'h5' ? { targets: H5_TARGETS } : {}) }],
  ],
};
