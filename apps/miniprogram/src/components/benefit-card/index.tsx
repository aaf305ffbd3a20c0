import { Text, View } from '@tarojs/components';
import type { BenefitSummary } from '@xinyong/api-client';
import './index.scss';

export function BenefitCard({ benefit }: { benefit: BenefitSummary }) {
  return (
    <View className="xy-benefit">
      <View className="xy-benefit__head">
        <Text className="xy-benefit__category">{benefit.categoryName}</Text>
        {benefit.example ? <Text className="xy-benefit__example">示例</Text> : null}
      </View>
      <Text className="xy-benefit__name">{benefit.name}</Text>
      <Text className="xy-benefit__summary">{benefit.summary}</Text>
      <View className="xy-benefit__meta">
        <Text className="xy-benefit__meta-item">提供方：{benefit.provider}</Text>
        <Text className="xy-benefit__meta-item">适用地区：{benefit.region}</Text>
      </View>
    </View>
  );
}
