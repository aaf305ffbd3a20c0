import {
  type DecisionOption,
  decisionOptions,
  newIdempotencyKey,
  OBJECTION_STATUSES,
  REPAIR_STATUSES,
  type StaffCase,
  type StaffEvidence,
} from '@xinyong/api-client/browser';
import { Alert, App as AntApp, Button, Card, Descriptions, Form, Input, Modal, Radio, Select, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { CaseKind } from './App';
import { api, errorMessage } from './api';
import { CaseHistory } from './CaseHistory';
import { writtenDate } from './dates';
import { Evidence } from './Evidence';
import { REASON_TEMPLATES } from './templates';

const PURPOSE = { objection: '审核异议申请', repair: '审核信用修复申请' } as const;

export function CasePage({ kind, id, onBack }: { kind: CaseKind; id: string; onBack: () => void }) {
  const [theCase, setCase] = useState<StaffCase | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    setError(null);
    api.staff.getCase(kind, id, PURPOSE[kind]).then(setCase, (e) => setError(errorMessage(e)));
  }, [kind, id]);
  useEffect(load, [load]);

  return (
    <section aria-labelledby="case-title">
      <Button onClick={onBack} className="xy-gap">
        返回待办
      </Button>
      <Typography.Title level={1} id="case-title">
        {kind === 'objection' ? '异议' : '信用修复申请'} {id}
      </Typography.Title>
      {error && <Alert type="error" title={error} showIcon />}
      {theCase && (
        <Space orientation="vertical" size="large" className="xy-wide">
          <Card title={<h2 className="xy-card-title">信用记录</h2>}>
            <Descriptions column={2} bordered size="small">
              <Descriptions.Item label="记录">{theCase.record.title}</Descriptions.Item>
              <Descriptions.Item label="决定书文号">{theCase.record.decisionNo}</Descriptions.Item>
              <Descriptions.Item label="作出决定的机关">{theCase.record.authority}</Descriptions.Item>
              <Descriptions.Item label="决定日期">{writtenDate(theCase.record.decisionDate)}</Descriptions.Item>
              <Descriptions.Item label="信息类别">{theCase.record.infoClass}</Descriptions.Item>
              <Descriptions.Item label="当事人">{theCase.subjectNameMasked}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={<h2 className="xy-card-title">申请</h2>}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label="当前状态">{statusWords(theCase)}</Descriptions.Item>
              <Descriptions.Item label="办理期限">{writtenDate(theCase.dueBy)}</Descriptions.Item>
              {theCase.reason !== null && <Descriptions.Item label="申请人的理由">{theCase.reason}</Descriptions.Item>}
            </Descriptions>
          </Card>
          <Card title={<h2 className="xy-card-title">材料（{theCase.attachments.length} 份）</h2>}>
            {theCase.attachments.length === 0 ? (
              <Typography.Text>申请人没有提交材料。</Typography.Text>
            ) : (
              <Space orientation="vertical" className="xy-wide">
                {theCase.attachments.map((a, i) => (
                  <Evidence
                    key={a.id}
                    index={i + 1}
                    attachment={a}
                    load={(): Promise<StaffEvidence> =>
                      api.staff.evidence(kind, id, a.id, kind === 'objection' ? '核实异议材料' : '核实修复证明材料')
                    }
                  />
                ))}
              </Space>
            )}
          </Card>
          <CaseHistory history={theCase.history} />
          <DecisionForm key={theCase.status} kind={kind} theCase={theCase} onDecided={load} />
        </Space>
      )}
    </section>
  );
}

const statusWords = (c: StaffCase) =>
  (c.kind === 'objection' ? (OBJECTION_STATUSES as Record<string, string>) : (REPAIR_STATUSES as Record<string, string>))[c.status] ??
  c.status;

interface DecisionFields {
  outcome: string;
  reason: string;
  content?: string;
}

/** One form, one idempotency key: sent twice (a double click, a retry after a lost answer), it decides once. */
function DecisionForm({ kind, theCase, onDecided }: { kind: CaseKind; theCase: StaffCase; onDecided: () => void }) {
  const options = decisionOptions(kind, theCase.status);
  const [key] = useState(newIdempotencyKey);
  const [form] = Form.useForm<DecisionFields>();
  const [confirming, setConfirming] = useState<{ option: DecisionOption; fields: DecisionFields } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const outcome = Form.useWatch('outcome', form);
  const { message } = AntApp.useApp();

  if (options.length === 0)
    return (
      <Card title={<h2 className="xy-card-title">决定</h2>}>
        <Typography.Text>这个案件已经办结，申请人和公众看到的已随决定改变。</Typography.Text>
      </Card>
    );

  const decide = async () => {
    if (!confirming) return;
    setBusy(true);
    setError(null);
    const { option, fields } = confirming;
    try {
      if (kind === 'objection') {
        await api.staff.decideObjection(
          theCase.id,
          {
            outcome: option.outcome as 'accepted',
            reason: fields.reason.trim(),
            ...(option.outcome === 'corrected' ? { correction: { content: (fields.content ?? '').trim() } } : {}),
          },
          key,
        );
      } else {
        await api.staff.decideRepair(theCase.id, { outcome: option.outcome as 'approved', reason: fields.reason.trim() }, key);
      }
      setConfirming(null);
      message.success(`已作出决定：${option.label}`);
      onDecided();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={<h2 className="xy-card-title">作出决定</h2>}>
      <Form<DecisionFields>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(fields) => {
          const option = options.find((o) => o.outcome === fields.outcome);
          if (option) setConfirming({ option, fields });
        }}
      >
        <Form.Item label="决定" name="outcome" rules={[{ required: true, message: '请选择决定' }]}>
          <Radio.Group>
            <Space orientation="vertical">
              {options.map((o) => (
                <Radio key={o.outcome} value={o.outcome}>
                  {o.label}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        {outcome && (
          <Alert
            className="xy-gap"
            type="warning"
            showIcon
            title="这个决定的效果"
            description={options.find((o) => o.outcome === outcome)?.effectText}
          />
        )}
        {outcome === 'corrected' && (
          <Form.Item
            label="更正后的内容"
            name="content"
            rules={[{ required: true, min: 2, message: '请写明更正后的处罚内容（至少 2 个字）' }]}
          >
            <Input />
          </Form.Item>
        )}
        {outcome && (REASON_TEMPLATES[outcome]?.length ?? 0) > 0 && (
          <Form.Item label="常用理由">
            <Select
              aria-label="常用理由"
              placeholder="选择后填入下面的理由，可以再修改"
              options={(REASON_TEMPLATES[outcome] ?? []).map((t) => ({ value: t, label: t }))}
              onChange={(t: string) => form.setFieldValue('reason', t)}
            />
          </Form.Item>
        )}
        <Form.Item
          label="理由（申请人会看到）"
          name="reason"
          rules={[{ required: true, whitespace: true, min: 4, message: '请写明理由，至少 4 个字' }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        {error && <Alert type="error" title={error} showIcon className="xy-gap" />}
        <Button type="primary" htmlType="submit">
          下一步：确认决定
        </Button>
      </Form>
      <Modal
        open={confirming !== null}
        title="确认作出决定"
        okText="确认作出决定"
        cancelText="返回修改"
        confirmLoading={busy}
        onOk={decide}
        onCancel={() => setConfirming(null)}
      >
        {confirming && (
          <>
            <Typography.Paragraph>
              决定：<strong>{confirming.option.label}</strong>
            </Typography.Paragraph>
            <Typography.Paragraph>理由：{confirming.fields.reason}</Typography.Paragraph>
            <Alert type="warning" showIcon title="确认后立即生效" description={confirming.option.effectText} />
            <Typography.Paragraph type="secondary" className="xy-source">
              依据：{confirming.option.source.reference}
            </Typography.Paragraph>
            {error && <Alert type="error" title={error} showIcon />}
          </>
        )}
      </Modal>
    </Card>
  );
}
