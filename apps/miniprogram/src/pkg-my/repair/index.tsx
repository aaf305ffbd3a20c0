import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { CommitmentText, MyRecord, RepairEligibility } from '@xinyong/api-client';
import { useState } from 'react';
import { ActionButton } from '../../components/action-button';
import { ErrorBox, LoadView } from '../../components/load-view';
import { LoginNeeded } from '../../components/login-needed';
import { Photos } from '../../components/photos';
import { Screen } from '../../components/screen';
import { Tag } from '../../components/tag';
import { useDraft } from '../../hooks/use-draft';
import { usePersonal } from '../../hooks/use-personal';
import { toggle } from '../../services/a11y';
import { api } from '../../services/api';
import { draft } from '../../services/draft';
import { errorMessage } from '../../services/errors';
import { dateText } from '../../services/labels';
import type { Picked } from '../../services/upload';
import './index.scss';

interface Loaded {
  record: MyRecord | null;
  eligibility: RepairEligibility;
  commitment: CommitmentText;
}

function Eligibility({ e }: { e: RepairEligibility }) {
  return (
    <View className="xy-card">
      <View className="xy-tags">
        <Tag tone={e.eligible ? 'ok' : 'warn'}>{e.eligible ? '现在可以申请' : '现在还不能申请'}</Tag>
        <Tag tone="ok">免费</Tag>
      </View>
      {!e.eligible && e.from ? <Text className="xy-card__title">{`${dateText(e.from)} 起可以申请`}</Text> : null}
      <Text className="xy-block xy-strong">{e.eligible ? '为什么可以：' : '为什么还不能：'}</Text>
      {e.reasons.map((r) => (
        <Text key={r} className="xy-block">
          · {r}
        </Text>
      ))}
      <View className="xy-kv">
        <Text className="xy-kv__k">信息类别 · 最短公示期</Text>
        <Text className="xy-kv__v">
          {e.infoClass} · {e.minimumPeriod}
        </Text>
      </View>
      <View className="xy-kv">
        <Text className="xy-kv__k">需要的材料</Text>
        {e.materials.map((m) => (
          <Text key={m} className="xy-kv__v">
            · {m}
          </Text>
        ))}
      </View>
      <View className="xy-kv">
        <Text className="xy-kv__k">办理时限 · 费用</Text>
        <Text className="xy-kv__v">{`材料齐全后 ${e.deadlineWorkingDays} 个工作日内办结 · 免费，不收任何费用`}</Text>
      </View>
    </View>
  );
}

function Apply({ recordId, commitment }: { recordId: string; commitment: CommitmentText }) {
  const [proof, setProof] = useState<Picked[]>([]);
  const [agreed, setAgreed] = useState(false);
  const [commitmentId, setCommitmentId] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<{ message: string; error: unknown } | null>(null);
  const [touched, setTouched] = useState(false);
  const ready = proof.length > 0 && agreed;

  const submit = async () => {
    setTouched(true);
    if (!ready || submitting) return;
    setSubmitting(true);
    setError(null);
    try {
      // The commitment is signed once; if the application then fails, a retry reuses it.
      let signed = commitmentId;
      if (!signed) {
        signed = (await api.commitments.sign({ version: commitment.version, matter: '信用修复', agreed: true })).id;
        setCommitmentId(signed);
      }
      const proofAttachmentId = proof[0]?.attachment.id ?? '';
      const created = await api.repairs.create({ recordId, proofAttachmentId, commitmentId: signed });
      draft.set(null);
      await Taro.redirectTo({ url: `/pkg-my/repair-detail/index?id=${encodeURIComponent(created.id)}` });
    } catch (e) {
      setError({ message: errorMessage(e), error: e });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <View>
      <View className="xy-card">
        <Text className="xy-card__title">第 1 步：上传履行义务的证明</Text>
        <Text className="xy-block">例如罚款缴纳凭证、整改完成的证明。拍照清楚即可。</Text>
        <Photos label="证明材料" max={1} value={proof} onChange={setProof} disabled={submitting} />
        {touched && proof.length === 0 ? (
          <View className="xy-error xy-block" role="alert">
            <Text>请先上传证明材料。</Text>
          </View>
        ) : null}
      </View>
      <View className="xy-card">
        <Text className="xy-card__title">第 2 步：签署信用承诺</Text>
        <Text className="xy-block xy-strong">{commitment.title}</Text>
        <Text className="xy-block xy-repair__commitment">{commitment.body}</Text>
        <Text className="xy-block xy-muted">{`版本 ${commitment.version}，${dateText(commitment.effectiveFrom)} 起施行`}</Text>
        <View
          className={`xy-repair__agree ${agreed ? 'xy-repair__agree--on' : ''}`}
          {...toggle(() => setAgreed(!agreed), undefined, agreed, 'checkbox')}
        >
          <Text className="xy-repair__box" aria-hidden="true">
            {agreed ? '✓' : ''}
          </Text>
          <Text>我已阅读并承诺以上内容</Text>
        </View>
        {touched && !agreed ? (
          <View className="xy-error xy-block" role="alert">
            <Text>请阅读并勾选信用承诺。</Text>
          </View>
        ) : null}
        {commitmentId ? <Text className="xy-block xy-ok">承诺已签署。</Text> : null}
      </View>
      <View className="xy-card">
        <Text className="xy-card__title">第 3 步：提交</Text>
        <Text className="xy-block">提交后会得到一个查询码，凭它可以随时查看进度。</Text>
        <View className="xy-actions">
          <ActionButton busy={submitting} onClick={() => void submit()}>
            {submitting ? '正在提交' : '提交修复申请'}
          </ActionButton>
        </View>
      </View>
      {error ? <ErrorBox message={error.message} error={error.error} /> : null}
    </View>
  );
}

export default function RepairPage() {
  const { params } = useRouter();
  const recordId = params.recordId ?? '';
  useDraft(recordId ? { form: 'repair', recordId } : null);
  const { state, reload, verified } = usePersonal<Loaded>(async () => {
    const [records, eligibility, commitment] = await Promise.all([
      api.me.records(),
      api.repairs.eligibility(recordId),
      api.commitments.current(),
    ]);
    return { record: records.items.find((r) => r.id === recordId) ?? null, eligibility, commitment };
  }, [recordId]);

  return (
    <Screen personal>
      <View className="xy-intro">
        <Text className="xy-title">申请信用修复</Text>
        <Text className="xy-lead">改正了、履行了义务，就可以申请。修复后这条记录不再公示，也不再作为惩戒依据。</Text>
      </View>
      {!verified ? (
        <LoginNeeded what="申请信用修复" />
      ) : (
        <LoadView state={state} onRetry={() => void reload()}>
          {({ record, eligibility, commitment }) => (
            <View>
              {record ? (
                <View className="xy-card">
                  <Text className="xy-kv__k">申请修复这条记录</Text>
                  <Text className="xy-card__title">{record.title}</Text>
                  <Text className="xy-block xy-muted">
                    {record.decisionNo} · {record.authority}
                  </Text>
                </View>
              ) : null}
              <Eligibility e={eligibility} />
              {eligibility.eligible ? <Apply recordId={recordId} commitment={commitment} /> : null}
              <View className="xy-notice">
                <Text>信用修复由作出决定的部门免费办理。任何要求付费“删除记录”“加急修复”的，都不可信，请不要付钱。</Text>
              </View>
            </View>
          )}
        </LoadView>
      )}
    </Screen>
  );
}
