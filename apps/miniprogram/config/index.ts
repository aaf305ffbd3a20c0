import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';

// Workspace packages ship TypeScript source; Taro only compiles node_modules it is told about.
const workspacePackages = path.resolve(__dirname, '../../../packages');

// Where the weapp build sends API calls. The h5 build is served by the API itself (/m/), so it uses the same origin.
const DEFAULT_API_BASE_URL = 'https://xinyong.example.cn/api/v1';

// The client refuses plain http outside localhost at run time; failing the build says so before anyone ships it.
function checkApiBaseURL(value: string): string {
  const url = new URL(value);
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !local) throw new Error(`API_BASE_URL must use https: ${value}`);
  return value.replace(/\/+$/, '');
}

export default defineConfig<'webpack5'>(async (merge) => {
  const env = process.env.TARO_ENV;
  const apiBaseURL = env === 'h5' ? '/api/v1' : checkApiBaseURL(process.env.API_BASE_URL || DEFAULT_API_BASE_URL);

  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'xinyong-shandong',
    date: '2026-11-28',
    // NutUI is drawn on a 375px canvas, our own styles on 750.
    designWidth(input) {
      const file = typeof input === 'object' && input?.file ? input.file.replace(/\\+/g, '/') : '';
      return file.includes('@nutui') ? 375 : 750;
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${env}`,
    plugins: ['@tarojs/plugin-http', path.resolve(__dirname, 'a11y-plugin.js')],
    defineConstants: {
      API_BASE_URL: JSON.stringify(apiBaseURL),
    },
    // WeChat reads the sitemap beside app.json; the h5 build has no use for it.
    copy: { patterns: env === 'weapp' ? [{ from: 'src/sitemap.json', to: 'dist/weapp/sitemap.json' }] : [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    logger: { quiet: false, stats: false },
    mini: {
      compile: { include: [workspacePackages] },
      postcss: {
        // 1px stays a real pixel: hairlines, and the floors of 长辈模式's type scale (calc(18 * 1px)).
        pxtransform: { enable: true, config: { onePxTransform: false } },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/m/',
      staticDirectory: 'static',
      // Served as static files under /m/ by the API: hash routes need no server fallback.
      router: { mode: 'hash' },
      // View, Text, Input, Textarea and Image as plain React elements (@tarojs/components-react) instead of Stencil
      // web components: each of those upgrades, renders a vdom and relocates slots in JavaScript, which was most of
      // the 信易+ tab's start-up work (bench/results/lighthouse-h5.md).
      useHtmlComponents: true,
      // dev:h5 serves on its own port; API calls go to a locally running API (pnpm serve).
      devServer: {
        // Loopback unless asked (DEV_HOST=0.0.0.0 to try it on a phone in the same network).
        host: process.env.DEV_HOST || '127.0.0.1',
        port: 10086,
        proxy: { '/api': { target: process.env.API_PROXY_TARGET || 'http://127.0.0.1:8080', changeOrigin: true } },
      },
      compile: { include: [workspacePackages] },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        pxtransform: { enable: true, config: { onePxTransform: false } },
        cssModules: { enable: false },
      },
    },
  };

  return merge({}, baseConfig);
});
