import Taro from '@tarojs/taro';
import { markElderMode } from '../platform/h5';
import { createStore, useStore } from './store';

// 长辈模式 is a display preference, not personal data, so it may live in storage across launches.
const KEY = 'xy.elderMode';

function initial(): boolean {
  try {
    return Taro.getStorageSync(KEY) === true;
  } catch {
    return false;
  }
}

export const elderMode = createStore<boolean>(initial());
if (process.env.TARO_ENV === 'h5') {
  markElderMode(elderMode.get());
  elderMode.subscribe(() => markElderMode(elderMode.get()));
}

export function setElderMode(on: boolean) {
  elderMode.set(on);
  try {
    Taro.setStorageSync(KEY, on);
  } catch {
    // Storage full or unavailable: the mode still applies until the app closes.
  }
}

export const useElderMode = () => useStore(elderMode);
