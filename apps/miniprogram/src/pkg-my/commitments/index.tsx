import { Text, View } from '@tarojs/components';
import { LoadView } from '../../components/load-view';
import { LoginNeeded } from '../../components/login-needed';
import { Screen } from '../../components/screen';
import { usePersonal } from '../../hooks/use-personal';
import { api } from '../../services/api';
import { dateText } from '../../services/labels';

export default function CommitmentsPage() {
  const { state, reload, verified } = usePersonal(() => api.commitments.list());
  return (
    <Screen personal>
      <View className="xy-intro">
        <Text className="xy-title">信用承诺</Text>
        <Text className="xy-lead">申请信用修复时，需要在这里签署信用承诺：承诺材料真实，愿意承担相应责任。</Text>
      </View>
      {verified ? (
        <LoadView state={state} onRetry={() => void reload()}>
          {(data) => (
            <View>
              <Text className="xy-section-title">已签署（{data.signed.length}）</Text>
              {data.signed.length === 0 ? (
                <View className="xy-card">
                  <Text className="xy-muted">还没有签署过信用承诺。</Text>
                </View>
              ) : (
                data.signed.map((s) => (
                  <View key={s.id} className="xy-card">
                    <Text className="xy-card__title">{s.matter}</Text>
                    <Text className="xy-block xy-muted">{`签署于 ${dateText(s.signedOn)}，承诺书版本 ${s.version}`}</Text>
                  </View>
                ))
              )}
              <Text className="xy-section-title">现行承诺书</Text>
              <View className="xy-card">
                <Text className="xy-card__title">{data.current.title}</Text>
                <Text className="xy-block">{data.current.body}</Text>
                <Text className="xy-block xy-muted">{`版本 ${data.current.version}，${dateText(data.current.effectiveFrom)} 起施行`}</Text>
              </View>
            </View>
          )}
        </LoadView>
      ) : (
        <LoginNeeded what="查看信用承诺" />
      )}
    </Screen>
  );
}
