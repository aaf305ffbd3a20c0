import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { rememberCurrentPage } from '../../services/navigation';
import { ME_TAB } from '../../services/session';
import { ActionButton } from '../action-button';

/** Shown on a personal page when nobody is logged in (or the session ended); after login the person comes back here. */
export function LoginNeeded({ what }: { what: string }) {
  const login = () => {
    rememberCurrentPage();
    void Taro.switchTab({ url: ME_TAB });
  };
  return (
    <View className="xy-card xy-state">
      <Text className="xy-block">{`${what}需要先登录并完成实名认证。登录后会回到这里。`}</Text>
      <View className="xy-state__action">
        <ActionButton onClick={login}>去登录</ActionButton>
      </View>
    </View>
  );
}
