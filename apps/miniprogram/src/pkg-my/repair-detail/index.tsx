import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { RepairApplication } from '@xinyong/api-client';
import { feeTexts } from '@xinyong/api-client/texts';
import { ActionButton } from '../../components/action-button';
import { LoadView } from '../../components/load-view';
import { LoginNeeded } from '../../components/login-needed';
import { Confirmation } from '../../components/review';
import { Screen } from '../../components/screen';
import { Steps } from '../../components/steps';
import { Tag } from '../../components/tag';
import { usePersonal } from '../../hooks/use-personal';
import { api } from '../../services/api';
import { dateText, withDateText } from '../../services/labels';
import './index.scss';

function Detail({ r, fresh }: { r: RepairApplication; fresh: boolean }) {
  return (
    <View>
      {fresh ? (
        <Confirmation
          title="信用修复申请已提交"
          lines={[
            { label: '受理编号', value: r.id },
            { label: '查询码', value: r.queryCode },
            { label: '证明材料', value: `${r.attachments.length} 份` },
          ]}
          next={[
            `${r.department}审核，最晚 ${dateText(r.decideBy)} 前办结${r.deadlineEstimated ? '（节假日安排未公布，按周末推算，可能顺延）' : ''}。`,
            '同意修复后，这条记录不再公示，也不再作为惩戒依据；不同意的会写明原因。',
            '凭查询码，在首页“查询信用修复进度”里不用登录就能看进度。请抄下或截图保存。',
            `${r.feeText}。`,
          ]}
        />
      ) : null}
      <View className="xy-card">
        <View className="xy-tags">
          <Tag tone={r.status === 'approved' ? 'ok' : r.status === 'rejected' ? 'bad' : 'info'}>{r.statusLabel}</Tag>
          <Tag tone="ok">{feeTexts().repair.short}</Tag>
        </View>
        <Text className="xy-card__title">{r.recordTitle}</Text>
        <Text className="xy-block">办理部门：{r.department}</Text>
        <Text className="xy-block">提交日期：{dateText(r.submittedOn)}</Text>
        <Text className="xy-block xy-strong">{`办结期限：${dateText(r.decideBy)} 前`}</Text>
        <Text className="xy-block xy-muted">{`${r.deadlineText}。`}</Text>
        {r.deadlineEstimated ? <Text className="xy-block xy-muted">节假日安排未公布，按周末推算，可能顺延。</Text> : null}
        <Text className="xy-block">{`费用：${r.feeText}。`}</Text>
        <Text className="xy-block xy-muted">{`受理编号：${r.id} · 证明材料 ${r.attachments.length} 份`}</Text>
      </View>
      <View className="xy-card">
        <Text className="xy-card__title">办理进度</Text>
        <Steps steps={r.steps} />
        {r.decisionReason ? <Text className="xy-block xy-strong">办理结果说明：{r.decisionReason}</Text> : null}
        <Text className="xy-block">下一步：{withDateText(r.nextStep)}</Text>
      </View>
      <View className="xy-card">
        <Text className="xy-card__title">查询码</Text>
        <Text className="xy-block xy-repair-detail__code" userSelect>
          {r.queryCode}
        </Text>
        <Text className="xy-block xy-muted">凭查询码，在首页“查询信用修复进度”里不用登录就能看进度。请不要告诉不相关的人。</Text>
        <View className="xy-actions">
          <ActionButton kind="secondary" onClick={() => void Taro.setClipboardData({ data: r.queryCode })}>
            复制查询码
          </ActionButton>
        </View>
      </View>
    </View>
  );
}

export default function RepairDetailPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const { state, reload, verified } = usePersonal(() => api.repairs.get(id), [id]);
  return (
    <Screen personal>
      <View className="xy-intro">
        <Text className="xy-title">信用修复进度</Text>
      </View>
      {verified ? (
        <LoadView state={state} onRetry={() => void reload()}>
          {(r) => <Detail r={r} fresh={params.new === '1'} />}
        </LoadView>
      ) : (
        <LoginNeeded what="查看修复进度" />
      )}
    </Screen>
  );
}
