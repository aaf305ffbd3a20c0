import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { feeTexts } from '@xinyong/api-client/texts';
import { LoadView } from '../../components/load-view';
import { LoginNeeded } from '../../components/login-needed';
import { LinkRow } from '../../components/row';
import { Screen } from '../../components/screen';
import { Tag } from '../../components/tag';
import { usePersonal } from '../../hooks/use-personal';
import { pressable } from '../../services/a11y';
import { api } from '../../services/api';
import { dateText } from '../../services/labels';

export default function RepairsPage() {
  const { state, reload, verified } = usePersonal(() => api.repairs.list());
  return (
    <Screen personal>
      <View className="xy-intro">
        <Text className="xy-title">我的信用修复</Text>
        <Text className="xy-lead">在“我的信用记录”里选择一条记录申请修复。信用修复{feeTexts().repair.short}。</Text>
      </View>
      {verified ? (
        <LoadView state={state} onRetry={() => void reload()}>
          {(data) =>
            data.items.length === 0 ? (
              <View className="xy-card xy-state">
                <Text>还没有修复申请。</Text>
              </View>
            ) : (
              <View>
                {data.items.map((r) => (
                  <View
                    key={r.id}
                    className="xy-card"
                    {...pressable(
                      () => void Taro.navigateTo({ url: `/pkg-my/repair-detail/index?id=${encodeURIComponent(r.id)}` }),
                      undefined,
                      'link',
                    )}
                  >
                    <View className="xy-tags">
                      <Tag tone={r.status === 'approved' ? 'ok' : r.status === 'rejected' ? 'bad' : 'info'}>{r.statusLabel}</Tag>
                    </View>
                    <Text className="xy-card__title">{r.recordTitle}</Text>
                    <Text className="xy-block xy-muted">
                      提交于 {dateText(r.submittedOn)} · 最晚 {dateText(r.decideBy)} 办结
                    </Text>
                  </View>
                ))}
              </View>
            )
          }
        </LoadView>
      ) : (
        <LoginNeeded what="查看信用修复" />
      )}
      <LinkRow title="我的信用记录" detail="选择一条记录申请修复" url="/pkg-my/records/index" />
    </Screen>
  );
}
