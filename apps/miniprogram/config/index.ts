import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';

// Workspace packages ship TypeScript source; Taro only compiles node_modules it is told about.
const workspacePackages = path.resolve(__dirname, '../../../packages');

// Where the weapp build sends API calls. The h5 build is served by the API itself (/m/), so it uses the same origin.
const DEFAULT_API_BASE_URL = 'https://xinyong.example.cn/api/v1';

export default defineConfig<'webpack5'>(async (merge) => {
  const env = process.env.TARO_ENV;
  const apiBaseURL = env === 'h5' ? '/api/v1' : process.env.API_BASE_URL || DEFAULT_API_BASE_URL;

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
    plugins: ['@tarojs/plugin-http'],
    defineConstants: {
      API_BASE_URL: JSON.stringify(apiBaseURL),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    logger: { quiet: false, stats: false },
    mini: {
      compile: { include: [workspacePackages] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/m/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
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
        cssModules: { enable: false },
      },
    },
  };

  return merge({}, baseConfig);
});
