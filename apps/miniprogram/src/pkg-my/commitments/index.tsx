import { Text, View } from '@tarojs/components';
import type { CommitmentText, SignedCommitment } from '@xinyong/api-client';
import { useState } from 'react';
import { ActionButton } from '../../components/action-button';
import { AgreeBox } from '../../components/agree';
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

/** What a commitment signed here is for: a closed list, so nothing free-typed reaches a business's public profile. */
const MATTER = '信易+ 申请';

function SignForm({ text, onSigned }: { text: CommitmentText; onSigned: (c: SignedCommitment) => void }) {
  const { draft, update, submit, submitting, error } = useForm('commitment', null);
  const [touched, setTouched] = useState(false);
  const send = () =>
    submit(async () => {
      // One key from the first tap to success: a lost answer and a second tap sign one commitment (the API keeps
      // the key on the row, too).
      const signed = await api.commitments.sign(
        { version: text.version, matter: MATTER, agreed: true },
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
            { label: '用于', value: MATTER },
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
      <AgreeBox
        agreed={draft.agreed}
        onChange={(agreed) => update({ agreed })}
        error={touched && !draft.agreed ? '请阅读并勾选信用承诺。' : null}
      />
      <StepButtons
        nextLabel="下一步：核对信息"
        onNext={() => {
          setTouched(true);
          if (draft.agreed) update({ reviewing: true });
        }}
      />
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
                  <View key={s.id} className="xy-card">
                    <Text className="xy-card__title">{s.matter}</Text>
                    <Text className="xy-block xy-muted">{`签署于 ${dateText(s.signedOn)}，承诺书版本 ${s.version}，编号 ${s.id}`}</Text>
                  </View>
                ))
              )}
              <Text className="xy-section-title">现行承诺书</Text>
              {signing ? (
                <SignForm
                  text={data.current}
                  onSigned={(c) => {
                    setSigned(c);
                    setSigning(false);
                    void reload();
                  }}
                />
              ) : (
                <View className="xy-card">
                  <Text className="xy-card__title">{data.current.title}</Text>
                  <Text className="xy-block">{data.current.body}</Text>
                  <Text className="xy-block xy-muted">{`版本 ${data.current.version}，${dateText(data.current.effectiveFrom)} 起施行`}</Text>
                  <View className="xy-actions">
                    <ActionButton onClick={() => setSigning(true)}>为信易+ 申请签署承诺</ActionButton>
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
