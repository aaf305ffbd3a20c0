import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { LoadView } from '../../components/load-view';
import { LoginNeeded } from '../../components/login-needed';
import { Screen } from '../../components/screen';
import { Tag } from '../../components/tag';
import { usePersonal } from '../../hooks/use-personal';
import { pressable } from '../../services/a11y';
import { api } from '../../services/api';
import { dateText, instantDateText } from '../../services/labels';

export default function ObjectionsPage() {
  const { state, reload, verified } = usePersonal(() => api.objections.list());
  return (
    <Screen personal>
      <View className="xy-intro">
        <Text className="xy-title">我的异议</Text>
        <Text className="xy-lead">认为记录有错或不完整，可以在“我的信用记录”里对那条记录提出异议。</Text>
      </View>
      {verified ? (
        <LoadView state={state} onRetry={() => void reload()}>
          {(data) =>
            data.items.length === 0 ? (
              <View className="xy-card xy-state">
                <Text>还没有提出过异议。</Text>
              </View>
            ) : (
              <View>
                {data.items.map((o) => (
                  <View
                    key={o.id}
                    className="xy-card"
                    {...pressable(
                      () => void Taro.navigateTo({ url: `/pkg-my/objection/index?id=${encodeURIComponent(o.id)}` }),
                      undefined,
                      'link',
                    )}
                  >
                    <View className="xy-tags">
                      <Tag tone={o.status === 'submitted' || o.status === 'accepted' ? 'warn' : 'plain'}>{o.statusLabel}</Tag>
                    </View>
                    <Text className="xy-card__title">{o.recordTitle}</Text>
                    <Text className="xy-block xy-muted">
                      提交于 {instantDateText(o.createdAt)} · 最晚 {dateText(o.decideBy)} 前答复
                    </Text>
                  </View>
                ))}
              </View>
            )
          }
        </LoadView>
      ) : (
        <LoginNeeded what="查看异议" />
      )}
    </Screen>
  );
}
