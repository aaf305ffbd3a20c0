import { Text, View } from '@tarojs/components';
import { LinkRow } from '../../components/row';
import { Screen } from '../../components/screen';
import { guideIndex, policyIndex } from '../../generated/policy-index';
import './index.scss';

export default function PolicyPage() {
  const explainers = policyIndex.filter((p) => p.id !== 'original');
  const original = policyIndex.find((p) => p.id === 'original');
  return (
    <Screen className="xy-policy">
      <View className="xy-intro">
        <Text className="xy-title">政策解读</Text>
        <Text className="xy-lead">
          山东省《关于提升社会信用体系建设法治化、规范化水平的实施意见》（鲁信用办〔2021〕3号）九条内容，逐条用通俗的话讲清楚。
        </Text>
      </View>
      {explainers.map((p) => (
        <LinkRow key={p.id} title={p.title} detail={p.sectionTitle} url={`/pkg-policy/article/index?id=${p.id}`} />
      ))}
      <Text className="xy-section-title">办事指南</Text>
      {guideIndex.map((g) => (
        <LinkRow key={g.id} title={g.title} detail={g.summary} url={`/pkg-policy/article/index?id=${g.id}`} />
      ))}
      <LinkRow title="隐私保护指引" detail="收集什么、为什么、保存多久、找谁" url="/pkg-policy/privacy/index" />
      {original ? (
        <>
          <Text className="xy-section-title">原文</Text>
          <LinkRow title={original.title} detail={original.sectionTitle} url="/pkg-policy/article/index?id=original" />
        </>
      ) : null}
    </Screen>
  );
}
