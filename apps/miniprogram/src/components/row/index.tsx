import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { pressable } from '../../services/a11y';

export interface LinkRowProps {
  title: string;
  detail?: string;
  url: string;
  /** Tab pages need switchTab. */
  tab?: boolean;
}

/** A whole-width row that opens another page; the target is at least 44px tall. */
export function LinkRow({ title, detail, url, tab = false }: LinkRowProps) {
  const open = () => void (tab ? Taro.switchTab({ url }) : Taro.navigateTo({ url }));
  return (
    <View className="xy-row" {...pressable(open, undefined, 'link')}>
      <View className="xy-row__body">
        <Text className="xy-row__title">{title}</Text>
        {detail ? <Text className="xy-row__detail">{detail}</Text> : null}
      </View>
      <Text className="xy-row__chevron" aria-hidden="true">
        ›
      </Text>
    </View>
  );
}
