import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { Me, MyRecord } from '@xinyong/api-client';
import { feeTexts } from '@xinyong/api-client/texts';
import { useEffect, useState } from 'react';
import { ActionButton } from '../../components/action-button';
import { ErrorBox, LoadView } from '../../components/load-view';
import { LoginNeeded } from '../../components/login-needed';
import { Screen } from '../../components/screen';
import { usePersonal } from '../../hooks/use-personal';
import { api } from '../../services/api';
import { errorMessage } from '../../services/errors';

interface Found {
  me: Me;
  record: MyRecord | null;
}

/**
 * From a public profile's 「我是经营者，申请信用修复」 straight into that record's repair: login and verification
 * (LoginNeeded brings the person back here), acting for the business, then the repair form of the record.
 */
export default function RepairStartPage() {
  const { params } = useRouter();
  const code = decodeURIComponent(params.code ?? '');
  const decisionNo = decodeURIComponent(params.decisionNo ?? '');
  const [switching, setSwitching] = useState(false);
  const [error, setError] = useState<{ message: string; error: unknown } | null>(null);
  const { state, reload, verified } = usePersonal<Found>(async () => {
    const me = await api.me.get();
    if (me.actingFor?.code !== code) return { me, record: null };
    const records = await api.me.records();
    return { me, record: records.items.find((r) => r.decisionNo === decisionNo) ?? null };
  }, [code, decisionNo]);

  const target = state.status === 'ready' ? state.data.record : null;
  useEffect(() => {
    if (target) void Taro.redirectTo({ url: `/pkg-my/repair/index?recordId=${encodeURIComponent(target.id)}` });
  }, [target]);

  const actFor = async () => {
    setSwitching(true);
    setError(null);
    try {
      await api.me.actFor(code);
      await reload();
    } catch (e) {
      setError({ message: errorMessage(e), error: e });
    } finally {
      setSwitching(false);
    }
  };

  return (
    <Screen personal>
      <View className="xy-intro">
        <Text className="xy-title">申请信用修复</Text>
        <Text className="xy-lead">{`决定书文号：${decisionNo}`}</Text>
      </View>
      {!verified ? (
        <View>
          <View className="xy-card">
            <Text className="xy-block">经营者本人登录并完成实名认证后，就能为这家单位申请修复这条记录。{feeTexts().repair.short}。</Text>
          </View>
          <LoginNeeded what="申请信用修复" />
        </View>
      ) : (
        <LoadView state={state} onRetry={() => void reload()}>
          {({ me, record }) => {
            const entity = me.canActFor.find((e) => e.code === code);
            if (record) return <Text className="xy-intro xy-block">正在打开这条记录的修复申请……</Text>;
            if (me.actingFor?.code === code) {
              return (
                <View className="xy-card xy-state">
                  <Text className="xy-block">{`在${me.actingFor.name}的记录中没有找到这条记录。它可能已经修复或到期，不再需要申请。`}</Text>
                  <View className="xy-state__action">
                    <ActionButton onClick={() => void Taro.redirectTo({ url: '/pkg-my/records/index' })}>
                      查看这家单位的全部记录
                    </ActionButton>
                  </View>
                </View>
              );
            }
            if (entity) {
              return (
                <View className="xy-card">
                  <Text className="xy-card__title">{`以“${entity.name}”办理`}</Text>
                  <Text className="xy-block">{`您是这家单位的${entity.basis}。以单位的身份办理后，就能看到它的记录并申请修复。`}</Text>
                  <View className="xy-actions">
                    <ActionButton busy={switching} onClick={() => void actFor()}>
                      以这家单位办理并继续
                    </ActionButton>
                  </View>
                  {error ? <ErrorBox message={error.message} error={error.error} /> : null}
                </View>
              );
            }
            return (
              <View className="xy-card">
                <Text className="xy-card__title">您的账号不能代办这家单位</Text>
                <Text className="xy-block">
                  只有登记的法定代表人（经营者），或经单位书面授权、由信用主管部门登记过的人，才能为单位申请信用修复。
                </Text>
                <Text className="xy-block xy-muted">
                  请经营者本人登录办理；或者带上单位的授权委托书，到作出决定的部门或当地信用主管部门登记授权后再来。
                </Text>
                <View className="xy-actions">
                  <ActionButton kind="secondary" onClick={() => void Taro.navigateTo({ url: '/pkg-policy/article/index?id=guide-repair' })}>
                    看信用修复指南
                  </ActionButton>
                </View>
              </View>
            );
          }}
        </LoadView>
      )}
    </Screen>
  );
}
