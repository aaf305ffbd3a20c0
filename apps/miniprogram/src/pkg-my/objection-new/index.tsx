import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { MyRecord } from '@xinyong/api-client';
import { feeTexts } from '@xinyong/api-client/texts';
import { useEffect, useState } from 'react';
import { Attachments } from '../../components/attachments';
import { TextAreaField } from '../../components/field';
import { StepButtons, StepHeader } from '../../components/form-steps';
import { ErrorBox, LoadView } from '../../components/load-view';
import { LoginNeeded } from '../../components/login-needed';
import { ResumedNotice, Review } from '../../components/review';
import { Screen } from '../../components/screen';
import { useForm } from '../../hooks/use-form';
import { usePersonal } from '../../hooks/use-personal';
import { api } from '../../services/api';
import { useElderMode } from '../../services/elder';
import { finishForm, uploadsBlock, uploadsSummary } from '../../services/forms';
import { dateText } from '../../services/labels';

const MIN_REASON = 10;
const STEPS = ['说明哪里不对', '上传证明材料（可选）'];

function Form({ record }: { record: MyRecord }) {
  const elder = useElderMode();
  const { store, draft, update, submit, submitting, error } = useForm('objection', record.id);
  const [touched, setTouched] = useState(false);
  const reason = draft.text.trim();
  const tooShort = reason.length < MIN_REASON;
  const filesBlock = uploadsBlock(draft.files);
  const reasonField = (
    <TextAreaField
      label="哪里不对？"
      hint={`至少 ${MIN_REASON} 个字。例如：罚款已于某日缴清，记录写成未缴。`}
      value={draft.text}
      onChange={(text) => update({ text })}
      disabled={submitting}
      error={touched && tooShort ? `请至少写 ${MIN_REASON} 个字，说明哪里不对。` : null}
    />
  );
  const files = <Attachments label="证明材料（可选）" form={store} files={draft.files} disabled={submitting} />;

  const send = () =>
    submit(async () => {
      const attachmentIds = uploadsSummary(draft.files).attachments.map((a) => a.id);
      // The same key from the first tap until success: a lost answer and a second tap file one objection.
      const created = await api.objections.create({ recordId: record.id, reason, attachmentIds }, { idempotencyKey: draft.submitKey });
      finishForm('objection', record.id);
      await Taro.redirectTo({ url: `/pkg-my/objection/index?id=${encodeURIComponent(created.id)}&new=1` });
    });

  const notice = <ResumedNotice show={draft.resumed} />;
  if (draft.reviewing) {
    const sent = uploadsSummary(draft.files);
    return (
      <View>
        {notice}
        <Review
          lines={[
            { label: '对哪条记录', value: `${record.title}（${record.decisionNo}）` },
            { label: '哪里不对', value: reason },
            {
              label: '证明材料',
              value: draft.files.length ? draft.files.map((f) => f.name).join('、') : '没有',
            },
            { label: '交给谁核实', value: record.authority },
          ]}
        >
          <Text className="xy-block xy-muted">{`共 ${sent.attachments.length} 个文件。${feeTexts().objection.text}。`}</Text>
          <StepButtons
            nextLabel={submitting ? '正在提交' : '确认提交'}
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
          {step === 0 ? reasonField : files}
          <StepButtons
            nextLabel={step === 0 ? '下一步' : '下一步：核对信息'}
            onNext={() => {
              setTouched(true);
              if (tooShort) update({ step: 0 });
              else update(step === 0 ? { step: 1 } : { reviewing: true });
            }}
            onBack={step > 0 ? () => update({ step: step - 1 }) : undefined}
            blocked={step === 0 ? null : filesBlock}
          />
        </View>
      </View>
    );
  }

  return (
    <View>
      {notice}
      <View className="xy-card">
        {reasonField}
        {files}
        <Text className="xy-block xy-muted xy-objection__note">
          提交后，负责的部门会按规定的期限受理和核实；核实期间，这条记录公示时会标注“异议处理中”。
        </Text>
        <StepButtons
          nextLabel="下一步：核对信息"
          onNext={() => {
            setTouched(true);
            if (!tooShort) update({ reviewing: true });
          }}
          blocked={filesBlock}
        />
      </View>
    </View>
  );
}

export default function NewObjectionPage() {
  const { params } = useRouter();
  const recordId = params.recordId ?? '';
  const { state, reload, verified } = usePersonal(async () => {
    const records = await api.me.records();
    return records.items.find((r) => r.id === recordId) ?? null;
  }, [recordId]);
  const missing = state.status === 'ready' && state.data === null;
  // A form for a record this person does not have (someone else logged in on this phone) is not theirs to see.
  useEffect(() => {
    if (missing) finishForm('objection', recordId);
  }, [missing, recordId]);

  return (
    <Screen personal>
      <View className="xy-intro">
        <Text className="xy-title">提出异议</Text>
        <Text className="xy-lead">认为这条记录有错或不完整，请说明哪里不对、应该是什么。{feeTexts().objection.text}。</Text>
      </View>
      {!verified ? (
        <LoginNeeded what="提出异议" />
      ) : (
        <LoadView state={state} onRetry={() => void reload()}>
          {(record) =>
            record ? (
              <View>
                <View className="xy-card">
                  <Text className="xy-kv__k">对这条记录提出异议</Text>
                  <Text className="xy-card__title">{record.title}</Text>
                  <Text className="xy-block xy-muted">
                    {record.decisionNo} · {record.authority} · {dateText(record.decisionDate)}
                  </Text>
                </View>
                <Form record={record} />
              </View>
            ) : (
              <View className="xy-card xy-state">
                <Text>没有找到这条记录，它可能已经不在您的记录中。</Text>
              </View>
            )
          }
        </LoadView>
      )}
    </Screen>
  );
}
