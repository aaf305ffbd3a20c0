import { Text, View } from '@tarojs/components';
import Taro, { useShareAppMessage } from '@tarojs/taro';
import type { BenefitSummary, EntitySearchResult } from '@xinyong/api-client';
import { validateCreditCode } from '@xinyong/api-client';
import { useState } from 'react';
import { ActionButton } from '../../components/action-button';
import { BenefitCard } from '../../components/benefit-card';
import { TextField } from '../../components/field';
import { ErrorBox, LoadView } from '../../components/load-view';
import { LinkRow } from '../../components/row';
import { Screen } from '../../components/screen';
import { ClosedTag, ExampleTag, Tag } from '../../components/tag';
import { useLoad } from '../../hooks/use-load';
import { pressable } from '../../services/a11y';
import { api } from '../../services/api';
import { useElderMode } from '../../services/elder';
import { errorMessage } from '../../services/errors';
import { codeInput, codeProblem, MATCH_LABELS, searchText } from '../../services/search';
import './index.scss';

type Search =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'error'; message: string; error: unknown }
  | { status: 'done'; q: string; result: EntitySearchResult };

export default function HomePage() {
  const [q, setQ] = useState('');
  const [search, setSearch] = useState<Search>({ status: 'idle' });
  const featured = useLoad(() => api.benefits.list(), []);
  const elder = useElderMode();
  const problem = codeProblem(q, validateCreditCode);
  const typedCode = codeInput(q);

  // The home page is the only thing anyone shares: no search words, no company.
  useShareAppMessage(() => ({ title: '信用山东：查企业信用、看信易+、办信用修复', path: '/pages/index/index' }));

  const run = async (page = 1) => {
    const query = searchText(q);
    if (!query || problem || search.status === 'busy') return;
    setSearch({ status: 'busy' });
    try {
      const result = await api.entities.search({ q: query, page, pageSize: 20 });
      setSearch({ status: 'done', q: query, result });
    } catch (error) {
      setSearch({ status: 'error', message: errorMessage(error), error });
    }
  };

  const open = (code: string) => void Taro.navigateTo({ url: `/pkg-entity/profile/index?code=${encodeURIComponent(code)}` });

  return (
    <Screen className="xy-home">
      <View className="xy-home__hero">
        <Text className="xy-home__title">信用山东</Text>
        <Text className="xy-home__lead">查企业的公共信用信息，看守信可以享受的便利，办自己的信用事务。</Text>
      </View>

      <View className="xy-card xy-home__search" role="search">
        <Text className="xy-card__title">查企业信用</Text>
        <TextField
          label="企业名称或统一社会信用代码"
          hint="输入至少 2 个字的名称，或 18 位代码"
          value={q}
          onChange={(value) => {
            setQ(value);
            if (search.status !== 'busy') setSearch({ status: 'idle' });
          }}
          placeholder="例如：华夏贸易"
          error={problem}
          confirmType="search"
          onConfirm={() => void run()}
        />
        {typedCode?.separators && !problem ? (
          <Text
            className="xy-muted xy-block"
            aria-live="polite"
          >{`按统一社会信用代码 ${typedCode.code} 查询（已去掉空格和短横线）。`}</Text>
        ) : null}
        <View className="xy-actions">
          <ActionButton onClick={() => void run()} busy={search.status === 'busy'} disabled={!q.trim() || !!problem}>
            查询
          </ActionButton>
        </View>
        <Text className="xy-muted xy-block xy-home__note">只能查企业、个体工商户和社会组织；个人的信用信息不公开。</Text>
      </View>

      {search.status === 'error' ? <ErrorBox message={search.message} error={search.error} onRetry={() => void run()} /> : null}

      {search.status === 'done' ? (
        <View className="xy-home__results" aria-live="polite">
          <Text className="xy-section-title">
            {search.result.total === 0
              ? `没有找到“${search.q}”`
              : `找到${search.result.totalCapped ? '至少 ' : ' '}${search.result.total} 个结果`}
          </Text>
          {search.result.total === 0 ? (
            <View className="xy-card">
              <Text>请检查名称是否有错字，或换用统一社会信用代码查询。</Text>
            </View>
          ) : null}
          {search.result.totalCapped ? <Text className="xy-muted xy-block xy-home__capped">结果很多，请输入更完整的名称。</Text> : null}
          {search.result.items.map((item) => (
            <View key={item.code} className="xy-card xy-home__result" {...pressable(() => open(item.code), undefined, 'link')}>
              <View className="xy-tags">
                <Tag tone="plain">{item.typeLabel}</Tag>
                {item.cityName ? <Tag tone="plain">{item.cityName}</Tag> : null}
                <ClosedTag status={item.registrationStatus} />
                <ExampleTag show={item.example} />
              </View>
              <Text className="xy-home__name">{item.name}</Text>
              <Text className="xy-muted xy-block">统一社会信用代码：{item.code}</Text>
              <Text className="xy-muted xy-block">{MATCH_LABELS[item.match]}</Text>
            </View>
          ))}
        </View>
      ) : null}

      {/* Above the recommendations, which arrive later: nothing a person is about to tap moves when they do. */}
      <Text className="xy-section-title">办事和政策</Text>
      <LinkRow title="查询信用修复进度" detail="凭申请时得到的查询码" url="/pkg-entity/progress/index" />
      <LinkRow title="报告核验" detail="收到专项信用报告，核对是不是真的" url="/pkg-report/verify/index" />
      <LinkRow title="政策解读" detail="用通俗的话讲清信用政策" url="/pages/policy/index" tab />
      {elder ? <LinkRow title="信易+：守信可以享受的便利" detail="贷款、审批、租赁、就医等" url="/pages/benefits/index" tab /> : null}

      {/* 长辈模式 keeps one task on this screen (finding a business); the recommendations are a tap away. */}
      {elder ? null : <Text className="xy-section-title">信易+ 推荐</Text>}
      {elder ? null : (
        <LoadView state={featured.state} onRetry={() => void featured.reload()}>
          {(list) => (
            <View>
              {list.items.slice(0, 3).map((item: BenefitSummary) => (
                <BenefitCard key={item.id} benefit={item} />
              ))}
              <View className="xy-home__more">
                <ActionButton kind="secondary" onClick={() => void Taro.switchTab({ url: '/pages/benefits/index' })}>
                  查看全部信易+
                </ActionButton>
              </View>
            </View>
          )}
        </LoadView>
      )}
    </Screen>
  );
}
