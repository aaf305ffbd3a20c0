import { View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow } from '@tarojs/taro';
import type { ReactNode } from 'react';
import { useElderMode } from '../../services/elder';
import { personalHidden, personalShown } from '../../services/personal';
import './index.scss';

export interface ScreenProps {
  children: ReactNode;
  className?: string;
  /** Shows personal data: never shared, and dropped from memory after a while out of sight. */
  personal?: boolean;
}

function usePersonalGuard(active: boolean) {
  useDidShow(() => {
    if (!active) return;
    personalShown();
    // A personal page has no share card at all (its config does not enable sharing); this also hides the menu item.
    if (process.env.TARO_ENV === 'weapp') void Taro.hideShareMenu({ menus: ['shareAppMessage', 'shareTimeline'] }).catch(() => undefined);
  });
  useDidHide(() => {
    if (active) personalHidden();
  });
}

/** The root of every page: the page background, 长辈模式 and, on personal pages, the privacy guard. */
export function Screen({ children, className, personal = false }: ScreenProps) {
  const elder = useElderMode();
  usePersonalGuard(personal);
  return <View className={`xy-page ${elder ? 'xy-elder' : ''} ${className ?? ''}`}>{children}</View>;
}
