import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { Objection } from '@xinyong/api-client';
import { LoadView } from '../../components/load-view';
import { LoginNeeded } from '../../components/login-needed';
import { Confirmation } from '../../components/review';
import { Screen } from '../../components/screen';
import { Tag } from '../../components/tag';
import { usePersonal } from '../../hooks/use-personal';
import { api } from '../../services/api';
import { dateText, dateTimeText, withDateText } from '../../services/labels';

const OPEN = new Set(['submitted', 'accepted']);

function Detail({ o, fresh }: { o: Objection; fresh: boolean }) {
  return (
    <View>
      {fresh ? (
        <Confirmation
          title="异议已提交"
          lines={[
            { label: '受理编号', value: o.id },
            { label: '提交时间', value: dateTimeText(o.createdAt) },
          ]}
          next={[
            `${o.department}会在 ${dateText(o.acceptBy)} 前决定是否受理。`,
            `受理后核实，最晚 ${dateText(o.decideBy)} 前答复您${o.deadlineEstimated ? '（节假日安排未公布，按周末推算，可能顺延）' : ''}。`,
            '核实期间，这条记录在公示时会标注“异议处理中”。',
            '在“我的信用”→“我的异议”里可以随时查看进度。',
          ]}
        />
      ) : null}
      <View className="xy-card">
        <View className="xy-tags">
          <Tag tone={OPEN.has(o.status) ? 'warn' : 'plain'}>{o.statusLabel}</Tag>
        </View>
        <Text className="xy-card__title">{o.recordTitle}</Text>
        <Text className="xy-block">负责核实：{o.department}</Text>
        <Text className="xy-block">受理期限：{dateText(o.acceptBy)} 前</Text>
        <Text className="xy-block xy-strong">答复期限：{dateText(o.decideBy)} 前</Text>
        <Text className="xy-block xy-muted">
          期限依据：{o.deadlineSource}
          {o.deadlineEstimated ? '。节假日安排未公布，按周末推算，可能顺延。' : ''}
        </Text>
        {OPEN.has(o.status) ? <Text className="xy-block">核实期间，这条记录在公示时会标注“异议处理中”。</Text> : null}
        {o.decisionReason ? <Text className="xy-block xy-strong">处理结果说明：{o.decisionReason}</Text> : null}
      </View>
      <View className="xy-card">
        <Text className="xy-card__title">您提出的理由</Text>
        <Text className="xy-block">{o.reason}</Text>
        <Text className="xy-block xy-muted">证明材料：{o.attachments.length ? `${o.attachments.length} 份` : '没有'}</Text>
        <Text className="xy-block xy-muted">{`受理编号：${o.id}`}</Text>
      </View>
      <View className="xy-card">
        <Text className="xy-card__title">办理经过</Text>
        <View role="list">
          {o.history.map((h) => (
            <View key={`${h.status}-${h.at}`} className="xy-kv" role="listitem">
              <Text className="xy-kv__k">{dateTimeText(h.at)}</Text>
              <Text className="xy-kv__v xy-strong">{h.label}</Text>
              {h.note ? <Text className="xy-kv__v">{withDateText(h.note)}</Text> : null}
            </View>
          ))}
        </View>
      </View>
    </View>
  );
}

export default function ObjectionPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const { state, reload, verified } = usePersonal(() => api.objections.get(id), [id]);
  return (
    <Screen personal>
      <View className="xy-intro">
        <Text className="xy-title">异议详情</Text>
      </View>
      {verified ? (
        <LoadView state={state} onRetry={() => void reload()}>
          {(o) => <Detail o={o} fresh={params.new === '1'} />}
        </LoadView>
      ) : (
        <LoginNeeded what="查看异议" />
      )}
    </Screen>
  );
}
