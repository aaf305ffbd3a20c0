import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ActionButton } from '../action-button';

/** Shown on a personal page when nobody is logged in (or the session ended). */
export function LoginNeeded({ what }: { what: string }) {
  return (
    <View className="xy-card xy-state">
      <Text className="xy-block">{`${what}需要先登录并完成实名认证。`}</Text>
      <View className="xy-state__action">
        <ActionButton onClick={() => void Taro.switchTab({ url: '/pages/me/index' })}>去登录</ActionButton>
      </View>
    </View>
  );
}
