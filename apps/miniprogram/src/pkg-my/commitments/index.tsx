import { Text, View } from '@tarojs/components';
import type { CommitmentMatter, CommitmentText, SignedCommitment } from '@xinyong/api-client';
import { useState } from 'react';
import { ActionButton } from '../../components/action-button';
import { AgreeBox } from '../../components/agree';
import { ChoiceField } from '../../components/choice';
import { TextAreaField } from '../../components/field';
import { StepButtons } from '../../components/form-steps';
import { ErrorBox, LoadView } from '../../components/load-view';
import { LoginNeeded } from '../../components/login-needed';
import { Confirmation, Review } from '../../components/review';
import { Screen } from '../../components/screen';
import { useForm } from '../../hooks/use-form';
import { usePersonal } from '../../hooks/use-personal';
import { api } from '../../services/api';
import { finishForm } from '../../services/forms';
import { dateText } from '../../services/labels';

const NOTE_HINT = '选填，不公开：只有您、单位的经办人和审核人员能看到。';

/**
 * Signing for a matter from the closed list the API gives (nothing typed reaches a business's public profile);
 * the note is optional and stays private.
 */
function SignForm({
  text,
  matters,
  onSigned,
}: {
  text: CommitmentText;
  matters: readonly CommitmentMatter[];
  onSigned: (c: SignedCommitment) => void;
}) {
  const { draft, update, submit, submitting, error } = useForm('commitment', null);
  const [touched, setTouched] = useState(false);
  const matter = matters.find((m) => m.code === draft.choice) ?? null;
  const send = () =>
    submit(async () => {
      if (!matter) return;
      // One key from the first tap to success: a lost answer and a second tap sign one commitment (the API keeps
      // the key on the row, too).
      const signed = await api.commitments.sign(
        { version: text.version, matter: matter.code, ...(draft.text.trim() ? { note: draft.text } : {}), agreed: true },
        { idempotencyKey: draft.submitKey },
      );
      finishForm('commitment', null);
      onSigned(signed);
    });

  if (draft.reviewing) {
    return (
      <View>
        <Review
          lines={[
            { label: '承诺书', value: `${text.title}（版本 ${text.version}）` },
            { label: '承诺事项', value: matter ? `${matter.label}（${matter.kind}）` : '' },
            { label: '补充说明（不公开）', value: draft.text.trim() || '无' },
            { label: '签署日期', value: '今天（以提交时间为准）' },
          ]}
        >
          <StepButtons
            nextLabel={submitting ? '正在签署' : '确认签署'}
            onNext={() => void send()}
            onBack={() => update({ reviewing: false })}
            backLabel="返回修改"
            busy={submitting}
          />
        </Review>
        {error ? <ErrorBox message={error.message} error={error.error} /> : null}
      </View>
    );
  }
  return (
    <View className="xy-card">
      <Text className="xy-card__title">{text.title}</Text>
      <Text className="xy-block xy-commitment-text">{text.body}</Text>
      <Text className="xy-block xy-muted">{`版本 ${text.version}，${dateText(text.effectiveFrom)} 起施行`}</Text>
      <ChoiceField
        label="承诺事项"
        options={matters.map((m) => ({ value: m.code, label: m.label, hint: m.kind }))}
        value={draft.choice}
        onChange={(choice) => update({ choice })}
        error={touched && !matter ? '请选择承诺事项。' : null}
      />
      <TextAreaField label="补充说明" hint={NOTE_HINT} value={draft.text} onChange={(t) => update({ text: t })} maxlength={200} />
      <Text className="xy-block xy-muted">
        以单位身份签署的承诺会公开显示类型、事项、签署日期和签署人（姓名只显示姓，如 李**），补充说明不公开。
      </Text>
      <AgreeBox
        agreed={draft.agreed}
        onChange={(agreed) => update({ agreed })}
        error={touched && !draft.agreed ? '请阅读并勾选信用承诺。' : null}
      />
      <StepButtons
        nextLabel="下一步：核对信息"
        onNext={() => {
          setTouched(true);
          if (draft.agreed && matter) update({ reviewing: true });
        }}
      />
    </View>
  );
}

/** A signed commitment: what it is for, its private note, and withdrawal when the rule allows it (asked twice). */
function SignedCard({ commitment: c, onChanged }: { commitment: SignedCommitment; onChanged: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const withdraw = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.commitments.withdraw(c.id);
      setConfirming(false);
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="xy-card">
      <Text className="xy-card__title">{c.matter}</Text>
      <Text className="xy-block xy-muted">{`${c.kind}，签署于 ${dateText(c.signedOn)}，承诺书版本 ${c.version}，编号 ${c.id}`}</Text>
      {c.note ? <Text className="xy-block">{`补充说明（不公开）：${c.note}`}</Text> : null}
      {c.withdrawnOn ? (
        <Text className="xy-block xy-strong">{`已于 ${dateText(c.withdrawnOn)} 撤回，不再公开显示。`}</Text>
      ) : c.withdrawal.allowed ? (
        confirming ? (
          <View className="xy-notice" role="status">
            <Text className="xy-block">{c.withdrawal.reason}</Text>
            <StepButtons
              nextLabel={busy ? '正在撤回' : '确认撤回'}
              onNext={() => void withdraw()}
              onBack={() => setConfirming(false)}
              backLabel="不撤回"
              busy={busy}
            />
          </View>
        ) : (
          <View className="xy-actions">
            <ActionButton kind="secondary" onClick={() => setConfirming(true)}>
              撤回这份承诺
            </ActionButton>
          </View>
        )
      ) : (
        <Text className="xy-block xy-muted">{c.withdrawal.reason}</Text>
      )}
      {error ? <ErrorBox message={(error as Error).message} error={error} /> : null}
    </View>
  );
}

export default function CommitmentsPage() {
  const { state, reload, verified } = usePersonal(() => api.commitments.list());
  const [signing, setSigning] = useState(false);
  const [signed, setSigned] = useState<SignedCommitment | null>(null);
  return (
    <Screen personal>
      <View className="xy-intro">
        <Text className="xy-title">信用承诺</Text>
        <Text className="xy-lead">承诺材料真实、愿意承担相应责任。申请信用修复时需要签署；不少信易+ 措施也把它作为条件。</Text>
      </View>
      {verified ? (
        <LoadView state={state} onRetry={() => void reload()}>
          {(data) => (
            <View>
              {signed ? (
                <Confirmation
                  title="信用承诺已签署"
                  lines={[
                    { label: '承诺编号', value: signed.id },
                    { label: '签署日期', value: dateText(signed.signedOn) },
                  ]}
                  next={['信易+ 里“签署信用承诺”这一条会显示为满足。', '承诺会保存在这里，随时可以查看。']}
                />
              ) : null}
              <Text className="xy-section-title">已签署（{data.signed.length}）</Text>
              {data.signed.length === 0 ? (
                <View className="xy-card">
                  <Text className="xy-muted">还没有签署过信用承诺。</Text>
                </View>
              ) : (
                data.signed.map((s) => (
                  <SignedCard
                    key={s.id}
                    commitment={s}
                    onChanged={() => {
                      // The note of a fresh signature no longer holds once anything was withdrawn.
                      setSigned(null);
                      void reload();
                    }}
                  />
                ))
              )}
              <Text className="xy-section-title">现行承诺书</Text>
              {signing ? (
                <SignForm
                  text={data.current}
                  matters={data.matters}
                  onSigned={(c) => {
                    setSigned(c);
                    setSigning(false);
                    void reload();
                  }}
                />
              ) : (
                <View className="xy-card">
                  <Text className="xy-card__title">{data.current.title}</Text>
                  <Text className="xy-block xy-commitment-text">{data.current.body}</Text>
                  <Text className="xy-block xy-muted">{`版本 ${data.current.version}，${dateText(data.current.effectiveFrom)} 起施行`}</Text>
                  <View className="xy-actions">
                    <ActionButton onClick={() => setSigning(true)}>签署信用承诺</ActionButton>
                  </View>
                </View>
              )}
            </View>
          )}
        </LoadView>
      ) : (
        <LoginNeeded what="查看信用承诺" />
      )}
    </Screen>
  );
}
