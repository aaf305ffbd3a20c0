import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { NotFoundError, type RepairProgress } from '@xinyong/api-client';
import { feeTexts } from '@xinyong/api-client/texts';
import { useState } from 'react';
import { ActionButton } from '../../components/action-button';
import { TextField } from '../../components/field';
import { ErrorBox } from '../../components/load-view';
import { Screen } from '../../components/screen';
import { Steps } from '../../components/steps';
import { Tag } from '../../components/tag';
import { api } from '../../services/api';
import { errorMessage } from '../../services/errors';
import { dateText, withDateText } from '../../services/labels';

function ProgressView({ p }: { p: RepairProgress }) {
  return (
    <View className="xy-card">
      <View className="xy-tags">
        <Tag tone={p.status === 'approved' ? 'ok' : p.status === 'rejected' ? 'bad' : 'info'}>{p.statusLabel}</Tag>
        <Tag tone="ok">{feeTexts().repair.short}</Tag>
      </View>
      <Text className="xy-block">提交日期：{dateText(p.submittedOn)}</Text>
      <Text className="xy-block">办结期限：{dateText(p.decideBy)}</Text>
      <Text className="xy-block xy-muted">
        {p.deadlineText}
        {p.deadlineEstimated ? '；节假日安排未公布，按周末推算' : ''}
      </Text>
      {p.decidedOn ? <Text className="xy-block">办结日期：{dateText(p.decidedOn)}</Text> : null}
      <Steps steps={p.steps} />
      {p.rejectionReason ? <Text className="xy-block xy-error">未通过的原因：{p.rejectionReason}</Text> : null}
      <Text className="xy-block xy-strong">下一步：{withDateText(p.nextStep)}</Text>
      <Text className="xy-block xy-muted">{`${p.feeText}。${feeTexts().repair.warning}。`}</Text>
    </View>
  );
}

/** A code that is not found will not be found by trying again: say where the right one is, and the other way in. */
function NotFound({ message }: { message: string }) {
  return (
    <View className="xy-card" role="alert">
      <Text className="xy-card__title">{message}</Text>
      <Text className="xy-block">可以这样找到查询码：</Text>
      <Text className="xy-block">· 提交修复申请后，页面上显示的“查询码”（12 位，不含数字 0、1 和字母 I、O，不会看混）；</Text>
      <Text className="xy-block">· 登录后在“我的信用”→“我的信用修复”里，每个申请都写着它的查询码。</Text>
      <Text className="xy-block xy-muted">还没有申请过？在“我的信用记录”里选择那条记录申请信用修复，{feeTexts().repair.short}。</Text>
      <View className="xy-actions">
        <ActionButton onClick={() => void Taro.navigateTo({ url: '/pkg-my/repairs/index' })}>登录后查看我的修复申请</ActionButton>
        <ActionButton kind="secondary" onClick={() => void Taro.navigateTo({ url: '/pkg-policy/article/index?id=guide-repair' })}>
          看信用修复指南
        </ActionButton>
      </View>
    </View>
  );
}

export default function RepairProgressPage() {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<RepairProgress | null>(null);
  const [error, setError] = useState<{ message: string; error: unknown } | null>(null);

  const look = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      // The API takes the code as people copy it: spaces, hyphens and lower case are fine.
      setResult(await api.repairs.progress({ queryCode: code.trim() }));
    } catch (e) {
      setResult(null);
      setError({ message: errorMessage(e), error: e });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Screen>
      <View className="xy-intro">
        <Text className="xy-title">查询信用修复进度</Text>
        <Text className="xy-lead">输入申请时得到的查询码。这里只显示办理进度，不显示任何个人信息。</Text>
      </View>
      <View className="xy-card">
        <TextField
          label="查询码"
          hint="12 位字母和数字，不区分大小写；中间有空格或短横线也可以"
          value={code}
          onChange={setCode}
          maxlength={32}
          placeholder="例如：A1B2C3D4E5F6"
          confirmType="search"
          onConfirm={() => {
            if (code.trim().length >= 6) void look();
          }}
        />
        <View className="xy-actions">
          <ActionButton busy={busy} disabled={code.trim().length < 6} onClick={() => void look()}>
            查询进度
          </ActionButton>
        </View>
      </View>
      {error && error.error instanceof NotFoundError ? <NotFound message={error.message} /> : null}
      {error && !(error.error instanceof NotFoundError) ? (
        <ErrorBox message={error.message} error={error.error} onRetry={() => void look()} />
      ) : null}
      {result ? <ProgressView p={result} /> : null}
    </Screen>
  );
}
