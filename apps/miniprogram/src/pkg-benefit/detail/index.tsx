import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { Benefit } from '@xinyong/api-client';
import { useState } from 'react';
import { ActionButton } from '../../components/action-button';
import { LoadView } from '../../components/load-view';
import { Screen } from '../../components/screen';
import { ExampleTag, Tag } from '../../components/tag';
import { useLoad } from '../../hooks/use-load';
import './index.scss';
import { api } from '../../services/api';
import { audienceText } from '../../services/labels';

function Detail({ b }: { b: Benefit }) {
  return (
    <View>
      <View className="xy-card">
        <View className="xy-tags">
          <Tag>{b.categoryName}</Tag>
          <ExampleTag show={b.example} />
        </View>
        <Text className="xy-title">{b.name}</Text>
        <Text className="xy-block xy-lead">{b.summary}</Text>
        {b.example ? (
          <Text className="xy-block xy-tag--example xy-benefit-detail__example">
            这是示例内容，不是真实的优惠。请以当地信用办公布的为准。
          </Text>
        ) : null}
      </View>
      <View className="xy-card">
        <Text className="xy-card__title">谁能享受</Text>
        <Text className="xy-block">面向：{audienceText(b.audience)}</Text>
        <Text className="xy-block">适用地区：{b.region}</Text>
        {b.criteria.length === 0 ? (
          <Text className="xy-block">没有额外条件。</Text>
        ) : (
          <View className="xy-benefit-detail__criteria">
            <Text className="xy-block xy-strong">需要同时满足：</Text>
            {b.criteria.map((c, n) => (
              <Text key={c.kind} className="xy-block">
                {n + 1}. {c.text}
              </Text>
            ))}
          </View>
        )}
      </View>
      <HowToApply b={b} />
      <View className="xy-card">
        <Text className="xy-card__title">政策依据</Text>
        {b.basis.map((x) => (
          <Text key={x.ref} className="xy-block">
            {x.title}（{x.ref}）
          </Text>
        ))}
      </View>
      <View className="xy-card">
        <Text className="xy-block">登录后可以逐条看您是否满足这些条件。</Text>
        <View className="xy-actions">
          <ActionButton onClick={() => void Taro.navigateTo({ url: '/pkg-benefit/mine/index' })}>看看我能不能享受</ActionButton>
        </View>
      </View>
    </View>
  );
}

function KV({ k, v }: { k: string; v: string }) {
  return (
    <View className="xy-kv">
      <Text className="xy-kv__k">{k}</Text>
      <Text className="xy-kv__v" userSelect>
        {v}
      </Text>
    </View>
  );
}

/** Who handles it, where and how, whom to ask; an online application only where the provider offers one. */
function HowToApply({ b }: { b: Benefit }) {
  const [copied, setCopied] = useState(false);
  const online = b.apply.online;
  return (
    <View className="xy-card">
      <Text className="xy-card__title">怎么申请</Text>
      <Text className="xy-block">{b.howToApply}</Text>
      <KV k="受理单位" v={b.apply.unit} />
      <KV k="办理渠道" v={b.apply.channel} />
      {b.apply.hours ? <KV k="办理时间" v={b.apply.hours} /> : null}
      <KV k="咨询电话" v={b.apply.contact} />
      {online ? (
        <View className="xy-kv">
          <Text className="xy-kv__k">在线办理</Text>
          <Text className="xy-kv__v">{online.label}</Text>
          <Text className="xy-kv__v xy-muted" userSelect>
            {online.url}
          </Text>
          <View className="xy-actions">
            {h5 ? (
              <ActionButton onClick={() => void window.open(online.url, '_blank', 'noopener')} ariaLabel={`打开${online.label}（新窗口）`}>
                打开在线办理
              </ActionButton>
            ) : null}
            <ActionButton
              kind="secondary"
              onClick={() => void Taro.setClipboardData({ data: online.url }).then(() => setCopied(true))}
              ariaLabel={`复制${online.label}的网址`}
            >
              复制网址
            </ActionButton>
          </View>
          {copied ? (
            <View className="xy-block xy-ok" role="status">
              <Text>已复制网址，可以粘贴到浏览器打开。</Text>
            </View>
          ) : null}
        </View>
      ) : (
        <Text className="xy-block xy-muted">这项措施没有在线申请，请按上面的渠道办理。</Text>
      )}
      <Text className="xy-block xy-muted">提供方：{b.provider}</Text>
    </View>
  );
}

const h5 = process.env.TARO_ENV === 'h5';

export default function BenefitDetailPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const { state, reload } = useLoad(() => api.benefits.get(id), [id]);
  return (
    <Screen className="xy-benefit-detail">
      <View className="xy-benefit-detail__top" />
      <LoadView state={state} onRetry={() => void reload()}>
        {(b) => <Detail b={b} />}
      </LoadView>
    </Screen>
  );
}
