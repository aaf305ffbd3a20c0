import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MyBenefits } from '@xinyong/api-client';
import { ActionButton } from '../../components/action-button';
import { LoadView } from '../../components/load-view';
import { LoginNeeded } from '../../components/login-needed';
import { Screen } from '../../components/screen';
import { ExampleTag, Tag } from '../../components/tag';
import { useLoad } from '../../hooks/use-load';
import { api } from '../../services/api';
import { fixForCriterion } from '../../services/criterion-fix';
import { dateText, ELIGIBLE_LABELS, RESULT_LABELS, RESULT_TONES, withDateText } from '../../services/labels';
import { goTo } from '../../services/navigation';
import { session } from '../../services/session';
import { useStore } from '../../services/store';

/** A failing criterion says what would change it: the page that does it, or what to know when nothing here can. */
function Fix({ kind, name }: { kind: string; name: string }) {
  const fix = fixForCriterion(kind);
  if (!fix) return null;
  if (fix.kind === 'note') return <Text className="xy-kv__v xy-muted">{fix.text}</Text>;
  return (
    <View className="xy-actions">
      <ActionButton kind="secondary" onClick={() => void goTo(fix.url)} ariaLabel={`${fix.label}（${name}）`}>
        {fix.label}
      </ActionButton>
    </View>
  );
}

function List({ data }: { data: MyBenefits }) {
  return (
    <View>
      <Text className="xy-muted xy-block xy-intro">按 {dateText(data.asOf)} 的信息判断。结果只用于提示，以提供方的审核为准。</Text>
      {data.items.map((b) => (
        <View key={b.id} className="xy-card">
          <View className="xy-tags">
            <Tag tone={RESULT_TONES[b.eligible]}>{ELIGIBLE_LABELS[b.eligible]}</Tag>
            <Tag>{b.categoryName}</Tag>
            <ExampleTag show={b.example} />
          </View>
          <Text className="xy-card__title">{b.name}</Text>
          <Text className="xy-block xy-muted">提供方：{b.provider}</Text>
          {b.criteria.length === 0 ? <Text className="xy-block">没有额外条件。</Text> : null}
          {b.criteria.map((c) => (
            <View key={c.kind} className="xy-kv">
              <Text className="xy-kv__k">
                {RESULT_LABELS[c.result]}：{c.text}
              </Text>
              <Text className="xy-kv__v">{withDateText(c.reason)}</Text>
              {c.result === 'fail' ? <Fix kind={c.kind} name={b.name} /> : null}
            </View>
          ))}
          <View className="xy-actions">
            <ActionButton
              kind="secondary"
              onClick={() => void Taro.navigateTo({ url: `/pkg-benefit/detail/index?id=${encodeURIComponent(b.id)}` })}
              ariaLabel={`怎么申请：${b.name}`}
            >
              怎么申请
            </ActionButton>
          </View>
        </View>
      ))}
    </View>
  );
}

export default function MyBenefitsPage() {
  const { status, generation } = useStore(session);
  const verified = status === 'verified';
  const { state, reload } = useLoad(() => api.me.benefits(), [generation], verified);
  return (
    <Screen personal>
      <View className="xy-intro">
        <Text className="xy-title">我能享受哪些信易+</Text>
        <Text className="xy-lead">逐条说明每项条件是否满足、为什么。不满足也不影响您办理任何基本公共服务。</Text>
      </View>
      {verified ? (
        <LoadView state={state} onRetry={() => void reload()}>
          {(data) => <List data={data} />}
        </LoadView>
      ) : (
        <LoginNeeded what="查看我能享受的信易+" />
      )}
    </Screen>
  );
}
