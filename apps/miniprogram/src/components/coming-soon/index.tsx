import { Text, View } from '@tarojs/components';
import './index.scss';

export interface ComingSoonProps {
  title: string;
  /** What this area will offer once it opens, one short line each. */
  items: readonly string[];
}

export function ComingSoon({ title, items }: ComingSoonProps) {
  return (
    <View className="xy-soon">
      <View className="xy-soon__head">
        <Text className="xy-soon__title">{title}</Text>
        <Text className="xy-soon__badge">即将开放</Text>
      </View>
      <Text className="xy-soon__lead">这里将提供：</Text>
      {items.map((item) => (
        <View key={item} className="xy-soon__item">
          <Text>· {item}</Text>
        </View>
      ))}
    </View>
  );
}
