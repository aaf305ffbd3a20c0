import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { type CommitmentText, type MyRecord, NotFoundError, type RepairEligibility } from '@xinyong/api-client';
import { feeTexts } from '@xinyong/api-client/texts';
import { useEffect, useState } from 'react';
import { AgreeBox } from '../../components/agree';
import { Attachments } from '../../components/attachments';
import { StepButtons, StepHeader } from '../../components/form-steps';
import { ErrorBox, LoadView } from '../../components/load-view';
import { LoginNeeded } from '../../components/login-needed';
import { ResumedNotice, Review } from '../../components/review';
import { Screen } from '../../components/screen';
import { Tag } from '../../components/tag';
import { useForm } from '../../hooks/use-form';
import { usePersonal } from '../../hooks/use-personal';
import { api } from '../../services/api';
import { useElderMode } from '../../services/elder';
import { finishForm, uploadsBlock, uploadsSummary } from '../../services/forms';
import { dateText, withDateText } from '../../services/labels';

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
        <Tag tone="ok">{feeTexts().repair.short}</Tag>
      </View>
      {!e.eligible && e.from ? <Text className="xy-card__title">{`${dateText(e.from)} 起可以申请`}</Text> : null}
      <Text className="xy-block xy-strong">{e.eligible ? '为什么可以：' : '为什么还不能：'}</Text>
      {e.reasons.map((r) => (
        <Text key={r} className="xy-block">
          · {withDateText(r)}
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
        {/* Both sentences come from the rules (@xinyong/domain repairEligibility), with their source. */}
        <Text className="xy-kv__v">{`${e.deadlineText}。`}</Text>
        <Text className="xy-kv__v">{`${e.feeText}。`}</Text>
      </View>
    </View>
  );
}

const STEPS = ['上传履行义务的证明', '签署信用承诺'];

function Apply({ record, commitment }: { record: MyRecord; commitment: CommitmentText }) {
  const elder = useElderMode();
  const { store, draft, update, submit, submitting, error } = useForm('repair', record.id);
  const [touched, setTouched] = useState(false);
  const files = uploadsSummary(draft.files);
  const filesBlock = uploadsBlock(draft.files);
  const noProof = files.attachments.length === 0 && !filesBlock;

  const proofStep = (
    <View>
      <Text className="xy-block">例如罚款缴纳凭证、整改完成的证明。拍照清楚即可，也可以用 PDF 文件；一张不够可以传几张。</Text>
      <Attachments label="证明材料" form={store} files={draft.files} disabled={submitting} />
      {touched && noProof ? (
        <View className="xy-error xy-block" role="alert">
          <Text>请先上传证明材料。</Text>
        </View>
      ) : null}
    </View>
  );
  const commitmentStep = (
    <View>
      <Text className="xy-block xy-strong">{commitment.title}</Text>
      <Text className="xy-block xy-commitment-text">{commitment.body}</Text>
      <Text className="xy-block xy-muted">{`版本 ${commitment.version}，${dateText(commitment.effectiveFrom)} 起施行`}</Text>
      <AgreeBox
        agreed={draft.agreed}
        onChange={(agreed) => update({ agreed })}
        error={touched && !draft.agreed ? '请阅读并勾选信用承诺。' : null}
      />
    </View>
  );

  const send = () =>
    submit(async () => {
      // Each step keeps its key from the first tap: a lost answer and a second tap sign one commitment and file one application.
      let signed = draft.commitmentId;
      if (!signed) {
        signed = (
          await api.commitments.sign(
            { version: commitment.version, matter: 'credit-repair', agreed: true },
            { idempotencyKey: draft.commitmentKey },
          )
        ).id;
        update({ commitmentId: signed });
      }
      const created = await api.repairs.create(
        { recordId: record.id, proofAttachmentIds: files.attachments.map((a) => a.id), commitmentId: signed },
        { idempotencyKey: draft.submitKey },
      );
      finishForm('repair', record.id);
      await Taro.redirectTo({ url: `/pkg-my/repair-detail/index?id=${encodeURIComponent(created.id)}&new=1` });
    });

  const toReview = () => {
    setTouched(true);
    if (!noProof && !filesBlock && draft.agreed) update({ reviewing: true });
  };

  const notice = <ResumedNotice show={draft.resumed} />;
  if (draft.reviewing) {
    return (
      <View>
        {notice}
        <Review
          lines={[
            { label: '申请修复的记录', value: `${record.title}（${record.decisionNo}）` },
            { label: '履行义务的证明', value: draft.files.map((f) => f.name).join('、') },
            { label: '信用承诺', value: `${commitment.title}（版本 ${commitment.version}），已阅读并同意` },
            { label: '办理部门', value: record.authority },
            { label: '费用', value: feeTexts().repair.text },
          ]}
        >
          <StepButtons
            nextLabel={submitting ? '正在提交' : '确认提交修复申请'}
            onNext={() => void send()}
            onBack={() => update({ reviewing: false })}
            backLabel="返回修改"
            blocked={filesBlock}
            busy={submitting}
          />
        </Review>
        {error ? <ErrorBox message={error.message} error={error.error} /> : null}
      </View>
    );
  }

  if (elder) {
    const step = Math.min(draft.step, STEPS.length - 1);
    return (
      <View>
        {notice}
        <StepHeader step={step} total={STEPS.length + 1} title={STEPS[step] ?? ''} />
        <View className="xy-card">
          {step === 0 ? proofStep : commitmentStep}
          <StepButtons
            nextLabel={step === 0 ? '下一步' : '下一步：核对信息'}
            onNext={() => {
              if (step === 0) {
                setTouched(true);
                if (!noProof && !filesBlock) {
                  setTouched(false);
                  update({ step: 1 });
                }
              } else toReview();
            }}
            onBack={step > 0 ? () => update({ step: step - 1 }) : undefined}
            blocked={step === 0 ? filesBlock : null}
          />
        </View>
      </View>
    );
  }

  return (
    <View>
      {notice}
      <View className="xy-card">
        <Text className="xy-card__title">第 1 步：上传履行义务的证明</Text>
        {proofStep}
      </View>
      <View className="xy-card">
        <Text className="xy-card__title">第 2 步：签署信用承诺</Text>
        {commitmentStep}
      </View>
      <View className="xy-card">
        <Text className="xy-card__title">第 3 步：核对并提交</Text>
        <Text className="xy-block">提交前会请您核对一遍。提交后会得到受理编号和查询码，凭查询码可以随时查看进度。</Text>
        <StepButtons nextLabel="下一步：核对信息" onNext={toReview} blocked={filesBlock} />
      </View>
    </View>
  );
}

export default function RepairPage() {
  const { params } = useRouter();
  const recordId = params.recordId ?? '';
  const { state, reload, verified } = usePersonal<Loaded>(async () => {
    const [records, eligibility, commitment] = await Promise.all([
      api.me.records(),
      api.repairs.eligibility(recordId),
      api.commitments.current(),
    ]);
    return { record: records.items.find((r) => r.id === recordId) ?? null, eligibility, commitment };
  }, [recordId]);
  const { draft } = useForm('repair', recordId);
  // A form for a record this person does not have (someone else logged in on this phone) is not theirs to see.
  const missing =
    (state.status === 'ready' && state.data.record === null) || (state.status === 'error' && state.error instanceof NotFoundError);
  useEffect(() => {
    if (missing) finishForm('repair', recordId);
  }, [missing, recordId]);

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
              {draft.reviewing ? null : <Eligibility e={eligibility} />}
              {eligibility.eligible && record ? <Apply record={record} commitment={commitment} /> : null}
              <View className="xy-notice">
                <Text>{`${eligibility.feeText}。${feeTexts().repair.warning}。`}</Text>
              </View>
            </View>
          )}
        </LoadView>
      )}
    </Screen>
  );
}
