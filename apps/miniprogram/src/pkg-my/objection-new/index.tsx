import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ActionButton } from '../../components/action-button';
import { TextAreaField } from '../../components/field';
import { ErrorBox, LoadView } from '../../components/load-view';
import { LoginNeeded } from '../../components/login-needed';
import { Photos } from '../../components/photos';
import { Screen } from '../../components/screen';
import { useDraft } from '../../hooks/use-draft';
import { usePersonal } from '../../hooks/use-personal';
import { api } from '../../services/api';
import { draft } from '../../services/draft';
import { errorMessage } from '../../services/errors';
import { dateText } from '../../services/labels';
import type { Picked } from '../../services/upload';

const MIN_REASON = 10;

export default function NewObjectionPage() {
  const { params } = useRouter();
  const recordId = params.recordId ?? '';
  const { state, reload, verified } = usePersonal(async () => {
    const records = await api.me.records();
    return records.items.find((r) => r.id === recordId) ?? null;
  }, [recordId]);
  const [reason, setReason] = useState('');
  const [photos, setPhotos] = useState<Picked[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<{ message: string; error: unknown } | null>(null);
  const [touched, setTouched] = useState(false);
  useDraft(recordId ? { form: 'objection', recordId } : null);

  const tooShort = reason.trim().length < MIN_REASON;

  const submit = async () => {
    setTouched(true);
    if (tooShort || submitting) return;
    setSubmitting(true);
    setError(null);
    try {
      const created = await api.objections.create({ recordId, reason: reason.trim(), attachmentIds: photos.map((p) => p.attachment.id) });
      draft.set(null);
      setReason('');
      setPhotos([]);
      await Taro.redirectTo({ url: `/pkg-my/objection/index?id=${encodeURIComponent(created.id)}` });
    } catch (e) {
      setError({ message: errorMessage(e), error: e });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Screen personal>
      <View className="xy-intro">
        <Text className="xy-title">提出异议</Text>
        <Text className="xy-lead">认为这条记录有错或不完整，请说明哪里不对、应该是什么。提出异议不收费。</Text>
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
                <View className="xy-card">
                  <TextAreaField
                    label="哪里不对？"
                    hint={`至少 ${MIN_REASON} 个字。例如：罚款已于某日缴清，记录写成未缴。`}
                    value={reason}
                    onChange={setReason}
                    disabled={submitting}
                    error={touched && tooShort ? `请至少写 ${MIN_REASON} 个字，说明哪里不对。` : null}
                  />
                  <Photos label="证明材料（可选）" max={3} value={photos} onChange={setPhotos} disabled={submitting} />
                  <Text className="xy-block xy-muted xy-objection__note">
                    提交后，负责的部门会在规定的工作日内受理和核实；核实期间，这条记录公示时会标注“异议处理中”。
                  </Text>
                  <View className="xy-actions">
                    <ActionButton busy={submitting} onClick={() => void submit()}>
                      {submitting ? '正在提交' : '提交异议'}
                    </ActionButton>
                  </View>
                </View>
                {error ? <ErrorBox message={error.message} error={error.error} /> : null}
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
