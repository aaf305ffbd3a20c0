import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import { session } from '../services/session';
import { useStore } from '../services/store';
import { useLoad } from './use-load';

/**
 * Loads personal data only while someone verified is logged in, and again from scratch whenever personal
 * data was dropped (logout, expiry, 5 minutes out of sight): the old answer never reappears.
 */
export function usePersonal<T>(loader: () => Promise<T>, deps: readonly unknown[] = []) {
  const { status, generation } = useStore(session);
  const verified = status === 'verified';
  const load = useLoad(loader, [generation, verified, ...deps], verified);
  // Coming back to a page (after filing an objection, say) shows fresh answers, without a loading flash.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current && verified) void load.refresh();
    shown.current = true;
  });
  return { ...load, verified };
}
