import { View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro';
import { type ReactNode, useLayoutEffect } from 'react';
import { useElderMode } from '../../services/elder';
import { isTabPage } from '../../services/navigation';
import { registerPersonalRoute, screenChanged } from '../../services/personal';
import { NavBar } from '../nav-bar';
import './index.scss';

export interface ScreenProps {
  children: ReactNode;
  className?: string;
  /** Shows personal data: never shared, and dropped from memory after a while out of sight. */
  personal?: boolean;
}

function usePrivacyGuard(personal: boolean, path: string) {
  if (personal) registerPersonalRoute(path);
  useDidShow(() => {
    screenChanged();
    // A personal page has no share card at all (its config does not enable sharing); this also hides the menu item.
    if (personal && process.env.TARO_ENV === 'weapp')
      void Taro.hideShareMenu({ menus: ['shareAppMessage', 'shareTimeline'] }).catch(() => undefined);
  });
  useDidHide(screenChanged);
}

/** The h5 index.html draws a first view of 首页 and 信易+ before the bundle runs; the first page to render replaces it. */
function useShellRemoved() {
  useLayoutEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return;
    for (const shell of Array.from(document.querySelectorAll('.xy-shell'))) shell.remove();
  }, []);
}

/** The root of every page: the page background, 长辈模式, the h5 way back and home, and the privacy guard. */
export function Screen({ children, className, personal = false }: ScreenProps) {
  const elder = useElderMode();
  const { path } = useRouter();
  usePrivacyGuard(personal, path);
  useShellRemoved();
  const sub = process.env.TARO_ENV === 'h5' && !isTabPage(path || '/pages/index/index');
  // The bar sits above the page's own box, so a page's top padding never shows above it.
  return (
    <>
      {sub ? <NavBar elder={elder} /> : null}
      <View className={`xy-page ${elder ? 'xy-elder' : ''} ${className ?? ''}`}>{children}</View>
    </>
  );
}
