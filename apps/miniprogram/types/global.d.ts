/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.scss';

/** Injected by config/index.ts (defineConstants). */
declare const API_BASE_URL: string;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'rn' | 'harmony' | 'jdrn';
    TARO_APP_ID?: string;
    API_BASE_URL?: string;
  }
}
