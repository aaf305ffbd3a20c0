import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MyRecord, MyRecords } from '@xinyong/api-client';
import { feeTexts } from '@xinyong/api-client/texts';
import { ActionButton } from '../../components/action-button';
import { LoadView } from '../../components/load-view';
import { LoginNeeded } from '../../components/login-needed';
import { Screen } from '../../components/screen';
import { Tag, type TagTone } from '../../components/tag';
import { usePersonal } from '../../hooks/use-personal';
import { api } from '../../services/api';
import { dateText, OBJECTION_STATUS_LABELS, REPAIR_STATUS_LABELS, withDateText } from '../../services/labels';
import './index.scss';

const STATUS_TONES: Record<MyRecord['status'], TagTone> = {
  公示中: 'bad',
  异议处理中: 'warn',
  公示期满: 'plain',
  已修复: 'ok',
  不公示: 'plain',
};
const ACTION_LABELS = { object: '提出异议', repair: '申请信用修复' } as const;

function Record({ r }: { r: MyRecord }) {
  const go = (url: string) => void Taro.navigateTo({ url });
  return (
    <View className="xy-card" data-record={r.id}>
      <View className="xy-tags">
        <Tag tone={STATUS_TONES[r.status]}>{r.status}</Tag>
        <Tag tone="plain">{r.kindLabel}</Tag>
        <Tag tone="plain">{`${r.infoClass}失信信息`}</Tag>
      </View>
      <Text className="xy-card__title">{r.title}</Text>
      <Text className="xy-block">{withDateText(r.statusReason)}</Text>
      <Text className="xy-block xy-strong">{r.publiclyShown ? `正在对外公示，公示到 ${dateText(r.displayEnd)}` : '现在不对外公示'}</Text>
      <View className="xy-kv">
        <Text className="xy-kv__k">决定书文号</Text>
        <Text className="xy-kv__v">{r.decisionNo}</Text>
      </View>
      <View className="xy-kv">
        <Text className="xy-kv__k">作出决定的部门</Text>
        <Text className="xy-kv__v">{`${r.authority}，${dateText(r.decisionDate)}`}</Text>
      </View>
      <View className="xy-kv">
        <Text className="xy-kv__k">依据</Text>
        <Text className="xy-kv__v">{r.legalBasis}</Text>
      </View>
      {r.correction ? (
        <Text className="xy-block xy-ok">{`已于 ${dateText(r.correction.on)} 经异议核实更正了${r.correction.fields.join('、')}，上面显示的是更正后的内容。`}</Text>
      ) : null}
      {r.repairedOn && !r.statusReason.includes('修复') ? (
        <Text className="xy-block xy-ok">已于 {dateText(r.repairedOn)} 修复，不再公示，也不再作为惩戒依据。</Text>
      ) : null}
      {r.objection ? (
        <View className="xy-actions">
          <ActionButton
            kind="secondary"
            onClick={() => go(`/pkg-my/objection/index?id=${encodeURIComponent(r.objection?.id ?? '')}`)}
            ariaLabel={`查看异议（${OBJECTION_STATUS_LABELS[r.objection.status] ?? r.objection.status}）：${r.title}`}
          >
            {`查看异议（${OBJECTION_STATUS_LABELS[r.objection.status] ?? r.objection.status}）`}
          </ActionButton>
        </View>
      ) : null}
      {r.repair ? (
        <View className="xy-actions">
          <ActionButton
            kind="secondary"
            onClick={() => go(`/pkg-my/repair-detail/index?id=${encodeURIComponent(r.repair?.id ?? '')}`)}
            ariaLabel={`查看修复申请（${REPAIR_STATUS_LABELS[r.repair.status] ?? r.repair.status}）：${r.title}`}
          >
            {`查看修复申请（${REPAIR_STATUS_LABELS[r.repair.status] ?? r.repair.status}）`}
          </ActionButton>
        </View>
      ) : null}
      {/* Once repaired, nothing is left to do: the reasons why not would only be noise. */}
      {r.nextActions
        .filter((a) => a.available || r.status !== '已修复')
        .map((a) => (
          <View key={a.action} className="xy-records__action">
            {a.available ? (
              <ActionButton
                onClick={() =>
                  go(`/pkg-my/${a.action === 'object' ? 'objection-new' : 'repair'}/index?recordId=${encodeURIComponent(r.id)}`)
                }
                ariaLabel={`${ACTION_LABELS[a.action]}：${r.title}`}
              >
                {ACTION_LABELS[a.action]}
              </ActionButton>
            ) : (
              <Text className="xy-block xy-muted">
                {`暂不能${ACTION_LABELS[a.action]}：${withDateText(a.reason)}${a.from && !a.reason.includes(a.from) ? `（${dateText(a.from)}起可以申请）` : ''}`}
              </Text>
            )}
            {a.available && a.reason ? <Text className="xy-block xy-muted">{withDateText(a.reason)}</Text> : null}
          </View>
        ))}
    </View>
  );
}

function Records({ data }: { data: MyRecords }) {
  return (
    <View>
      <Text className="xy-muted xy-block xy-intro">
        {data.subject.label} · 信息截至 {dateText(data.asOf)}
      </Text>
      {data.items.length === 0 ? (
        <View className="xy-card xy-state">
          <Text>没有信用记录。</Text>
        </View>
      ) : (
        data.items.map((r) => <Record key={r.id} r={r} />)
      )}
    </View>
  );
}

export default function MyRecordsPage() {
  const { state, reload, verified } = usePersonal(() => api.me.records());
  return (
    <Screen personal>
      <View className="xy-intro">
        <Text className="xy-title">我的信用记录</Text>
        <Text className="xy-lead">包括不公开的记录。记录有误可以提出异议；改正后可以申请信用修复，{feeTexts().repair.short}。</Text>
      </View>
      {verified ? (
        <LoadView state={state} onRetry={() => void reload()}>
          {(data) => <Records data={data} />}
        </LoadView>
      ) : (
        <LoginNeeded what="查看信用记录" />
      )}
    </Screen>
  );
}
