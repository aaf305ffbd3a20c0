import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { pressable } from '../../services/a11y';
import { goBack, HOME_TAB } from '../../services/navigation';
import './index.scss';

/**
 * h5 only: a sub-page's way back and way home, which WeChat draws itself in the mini-program (its navigation bar
 * and home button). Real buttons for keyboards and screen readers, at least 44px tall.
 */
export function NavBar({ elder }: { elder: boolean }) {
  return (
    <View className={`xy-nav ${elder ? 'xy-nav--elder' : ''}`} role="navigation" aria-label="页面导航">
      <View className="xy-nav__btn" {...pressable(goBack, '返回上一页')}>
        <Text aria-hidden="true">‹ 返回</Text>
      </View>
      <View className="xy-nav__btn" {...pressable(() => void Taro.switchTab({ url: HOME_TAB }), '回到首页', 'link')}>
        <Text aria-hidden="true">首页</Text>
      </View>
    </View>
  );
}
