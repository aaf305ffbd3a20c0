import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import type { BenefitSummary } from '@xinyong/api-client';
import { useCallback, useEffect, useState } from 'react';
import { ActionButton } from '../../components/action-button';
import { BenefitCard } from '../../components/benefit-card';
import { api } from '../../services/api';
import { errorMessage } from '../../services/errors';
import './index.scss';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; items: BenefitSummary[]; total: number };

export default function BenefitsPage() {
  const [state, setState] = useState<State>({ status: 'loading' });

  const load = useCallback(async () => {
    setState({ status: 'loading' });
    try {
      const list = await api.benefits.list();
      setState({ status: 'ready', items: list.items, total: list.total });
    } catch (error) {
      setState({ status: 'error', message: errorMessage(error) });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh());
  });

  return (
    <View className="xy-page xy-benefits">
      <View className="xy-benefits__intro">
        <Text className="xy-benefits__title">信易+</Text>
        <Text className="xy-benefits__lead">守信的企业和个人，可以在贷款、审批、租赁、就医等方面享受便利。</Text>
      </View>

      {state.status === 'loading' ? (
        <View className="xy-benefits__state">
          <Text>正在加载……</Text>
        </View>
      ) : null}

      {state.status === 'error' ? (
        <View className="xy-benefits__state">
          <Text className="xy-benefits__error">{state.message}</Text>
          <ActionButton onClick={() => void load()}>重试</ActionButton>
        </View>
      ) : null}

      {state.status === 'ready' ? (
        <View>
          <View className="xy-benefits__count">
            <Text>共 {state.total} 项</Text>
            {state.items.some((item) => item.example) ? (
              <Text className="xy-benefits__note">标有「示例」的是演示内容，不是真实的优惠，请以信用办公布的为准。</Text>
            ) : null}
          </View>
          {state.items.length === 0 ? (
            <View className="xy-benefits__state">
              <Text>暂时没有可以展示的信易+项目。</Text>
            </View>
          ) : (
            state.items.map((item) => <BenefitCard key={item.id} benefit={item} />)
          )}
        </View>
      ) : null}
    </View>
  );
}
