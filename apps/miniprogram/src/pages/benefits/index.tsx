import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import type { BenefitAudience, BenefitCategory } from '@xinyong/api-client';
import { SHANDONG_CITIES } from '@xinyong/api-client';
import { useState } from 'react';
import { ActionButton } from '../../components/action-button';
import { BenefitCard } from '../../components/benefit-card';
import { LoadView } from '../../components/load-view';
import { Screen } from '../../components/screen';
import { useLoad } from '../../hooks/use-load';
import { toggle } from '../../services/a11y';
import { api } from '../../services/api';
import { inCity } from '../../services/benefits';
import { useElderMode } from '../../services/elder';
import './index.scss';

const CATEGORIES: [BenefitCategory | undefined, string][] = [
  [undefined, '全部'],
  ['loan', '信易贷'],
  ['approval', '信易批'],
  ['rental', '信易租'],
  ['healthcare', '信易医'],
  ['housekeeping', '信易家政'],
  ['catering', '信易餐饮'],
  ['employment', '信易就业'],
];
const AUDIENCES: [BenefitAudience | undefined, string][] = [
  [undefined, '全部'],
  ['business', '面向企业'],
  ['individual', '面向个人'],
];

/** What a filter is set to, in words: 全部 for no choice. */
const chosen = <T,>(options: [T, string][], value: T) => options.find(([v]) => v === value)?.[1] ?? '全部';

function Chips<T>({ label, options, value, onChange }: { label: string; options: [T, string][]; value: T; onChange: (v: T) => void }) {
  return (
    <View className="xy-benefits__filter" role="group" aria-label={label}>
      <Text className="xy-benefits__filter-label">{label}</Text>
      <View className="xy-chips">
        {options.map(([v, text]) => (
          <View
            key={text}
            className={`xy-chip ${v === value ? 'xy-chip--on' : ''}`}
            {...toggle(() => onChange(v), `${label}：${text}`, v === value)}
          >
            <Text>{text}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

export default function BenefitsPage() {
  const [category, setCategory] = useState<BenefitCategory | undefined>();
  const [audience, setAudience] = useState<BenefitAudience | undefined>();
  const [city, setCity] = useState<string | undefined>();
  const { state, reload } = useLoad(() => api.benefits.list({ category, audience }), [category, audience]);
  const elder = useElderMode();
  const [choosing, setChoosingNow] = useState(false);
  // Each of the two screens starts at its top, as a new page would.
  const setChoosing = (on: boolean) => {
    setChoosingNow(on);
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
  };

  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });

  const cities: [string | undefined, string][] = [
    [undefined, '全省'],
    ...SHANDONG_CITIES.map((c): [string, string] => [c.name, c.shortName]),
  ];

  const intro = (
    <View className="xy-intro">
      <Text className="xy-title">信易+</Text>
      <Text className="xy-lead">
        守信的企业和个人，可以在贷款、审批、租赁、就医等方面享受便利。这些便利只会多给，不会因此少给基本公共服务。
      </Text>
    </View>
  );
  const filters = (
    <View>
      <Chips label="类别" options={CATEGORIES} value={category} onChange={setCategory} />
      <Chips label="面向" options={AUDIENCES} value={audience} onChange={setAudience} />
      <Chips label="地区" options={cities} value={city} onChange={setCity} />
    </View>
  );
  const shown = state.status === 'ready' ? state.data.items.filter((item) => inCity(item.region, city)) : null;

  // 长辈模式 shows one task a screen: choosing what to see is a screen of its own, the list another.
  if (elder && choosing) {
    return (
      <Screen className="xy-benefits">
        <View className="xy-intro">
          <Text className="xy-title">选择要看的信易+</Text>
          <Text className="xy-lead">选好类别、对象和地区，再点下面的按钮看结果。</Text>
        </View>
        {filters}
        <View className="xy-actions">
          <ActionButton onClick={() => setChoosing(false)} busy={state.status === 'loading'}>
            {shown ? `查看结果（${shown.length} 项）` : '查看结果'}
          </ActionButton>
        </View>
      </Screen>
    );
  }

  return (
    <Screen className="xy-benefits">
      {intro}

      <View className="xy-card">
        <Text className="xy-card__title">我能享受哪些？</Text>
        <Text className="xy-block">登录并完成实名认证后，逐条告诉您每项条件是否满足、为什么。</Text>
        <View className="xy-actions">
          <ActionButton onClick={() => void Taro.navigateTo({ url: '/pkg-benefit/mine/index' })}>看看我能享受哪些</ActionButton>
        </View>
      </View>

      {elder ? (
        <View className="xy-card">
          <Text className="xy-card__title">正在看</Text>
          <Text className="xy-block">{`类别：${chosen(CATEGORIES, category)}`}</Text>
          <Text className="xy-block">{`面向：${chosen(AUDIENCES, audience)}`}</Text>
          <Text className="xy-block">{`地区：${chosen(cities, city)}`}</Text>
          <View className="xy-actions">
            <ActionButton kind="secondary" onClick={() => setChoosing(true)}>
              选择类别和地区
            </ActionButton>
          </View>
        </View>
      ) : (
        filters
      )}

      <LoadView state={state} onRetry={() => void reload()}>
        {(list) => {
          const items = list.items.filter((item) => inCity(item.region, city));
          return (
            <View aria-live="polite">
              <View className="xy-benefits__count">
                <Text>共 {items.length} 项</Text>
                {items.some((item) => item.example) ? (
                  <Text className="xy-benefits__note">标有「示例」的是演示内容，不是真实的优惠，请以信用办公布的为准。</Text>
                ) : null}
              </View>
              {items.length === 0 ? (
                <View className="xy-card xy-state">
                  <Text>没有符合筛选条件的项目。可以换个类别或地区看看。</Text>
                </View>
              ) : (
                items.map((item) => <BenefitCard key={item.id} benefit={item} />)
              )}
            </View>
          );
        }}
      </LoadView>
    </Screen>
  );
}
