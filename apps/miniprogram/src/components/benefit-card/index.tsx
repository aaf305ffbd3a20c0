import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { BenefitSummary } from '@xinyong/api-client';
import { pressable } from '../../services/a11y';
import { audienceText } from '../../services/labels';
import { ExampleTag, Tag } from '../tag';
import './index.scss';

/** One 信易+ entry; the whole card opens its detail page. */
export function BenefitCard({ benefit }: { benefit: BenefitSummary }) {
  const open = () => void Taro.navigateTo({ url: `/pkg-benefit/detail/index?id=${encodeURIComponent(benefit.id)}` });
  return (
    <View className="xy-benefit" {...pressable(open, undefined, 'link')}>
      <View className="xy-tags">
        <Tag>{benefit.categoryName}</Tag>
        <ExampleTag show={benefit.example} />
      </View>
      <Text className="xy-benefit__name">{benefit.name}</Text>
      <Text className="xy-benefit__summary">{benefit.summary}</Text>
      <View className="xy-benefit__meta">
        <Text className="xy-benefit__meta-item">面向：{audienceText(benefit.audience)}</Text>
        <Text className="xy-benefit__meta-item">提供方：{benefit.provider}</Text>
        <Text className="xy-benefit__meta-item">适用地区：{benefit.region}</Text>
      </View>
    </View>
  );
}
