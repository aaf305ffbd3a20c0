import {
  type ApplicationList,
  type CreditQueryResult,
  checkMatterReference,
  REGISTRATION_STATUS_LABELS,
  validateCreditCode,
} from '@xinyong/api-client/browser';
import { Alert, Button, Card, Descriptions, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, errorMessage } from './api';
import { writtenDate, writtenTime } from './dates';

interface QueryFields {
  code: string;
  purposeId: string;
  referenceNo: string;
}

/** 查询使用登记: a department looks a business up for a matter it is handling; the query is registered and the business sees it. */
export function CreditQuery() {
  const [list, setList] = useState<ApplicationList | null>(null);
  const [result, setResult] = useState<CreditQueryResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<QueryFields>();
  useEffect(() => {
    api.staff.applicationList().then(setList, (e) => setError(errorMessage(e)));
  }, []);

  const submit = async (fields: QueryFields) => {
    setBusy(true);
    setError(null);
    try {
      setResult(await api.staff.queryCredit({ code: fields.code.trim(), purposeId: fields.purposeId, referenceNo: fields.referenceNo }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="query-title">
      <Typography.Title level={1} id="query-title">
        信用信息查询
      </Typography.Title>
      <Typography.Paragraph>
        办理行政事项时，按应用清单查询主体的信用信息（应查尽查）。每次查询都会登记查询人、部门、用途和事项编号，并记入该主体的查询记录。
      </Typography.Paragraph>
      {list && (
        <Typography.Paragraph type="secondary">清单依据：{list.source.title}。标“示例”的条目不是正式发布的清单原文。</Typography.Paragraph>
      )}
      <Card className="xy-gap">
        <Form<QueryFields> form={form} layout="vertical" requiredMark={false} onFinish={submit}>
          <Form.Item
            label="统一社会信用代码"
            name="code"
            rules={[
              {
                validator: async (_, value: string | undefined) => {
                  const checked = validateCreditCode((value ?? '').trim());
                  if (!checked.ok) throw new Error(value?.trim() ? checked.message : '请输入 18 位统一社会信用代码');
                },
              },
            ]}
          >
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
          <Form.Item label="查询用途（应用清单）" name="purposeId" rules={[{ required: true, message: '请从应用清单中选择用途' }]}>
            <Select
              aria-label="查询用途（应用清单）"
              loading={!list}
              options={(list?.items ?? []).map((i) => ({ value: i.id, label: `${i.matter}${i.example ? '（示例）' : ''}` }))}
            />
          </Form.Item>
          <Form.Item
            label="办理事项编号（文号或案件编号）"
            name="referenceNo"
            rules={[
              {
                validator: async (_, value: string | undefined) => {
                  const checked = checkMatterReference(value);
                  if (!checked.ok) throw new Error(checked.message);
                },
              },
            ]}
          >
            <Input maxLength={40} placeholder="如 济城管许〔2026〕12号" autoComplete="off" />
          </Form.Item>
          {error && <Alert type="error" title={error} showIcon className="xy-gap" />}
          <Button type="primary" htmlType="submit" loading={busy}>
            查询并登记
          </Button>
        </Form>
      </Card>
      {result && <QueryAnswer result={result} />}
    </section>
  );
}

function QueryAnswer({ result }: { result: CreditQueryResult }) {
  const p = result.profile;
  return (
    <Card title={<h2 className="xy-card-title">{p.name}</h2>} aria-live="polite">
      <Alert
        className="xy-gap"
        type="success"
        showIcon
        title={`已登记：${result.queryNo}`}
        description={`${writtenTime(result.registeredAt)} · ${result.purpose} · 事项编号 ${result.referenceNo}。本次看到：${result.seen.join('、')}。`}
      />
      {p.example && <Tag className="xy-tag-warn">示例主体</Tag>}
      <Descriptions column={2} size="small" className="xy-gap">
        <Descriptions.Item label="统一社会信用代码">{p.code}</Descriptions.Item>
        <Descriptions.Item label="主体类型">{p.typeLabel}</Descriptions.Item>
        <Descriptions.Item label="登记状态">{REGISTRATION_STATUS_LABELS[p.registrationStatus]}</Descriptions.Item>
        <Descriptions.Item label="法定代表人">{p.legalRepName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="信息截至">{writtenDate(p.asOf)}</Descriptions.Item>
      </Descriptions>
      <h3 className="xy-card-title">行政处罚（{p.penalties.length}）</h3>
      <Table
        rowKey="decisionNo"
        size="small"
        pagination={false}
        dataSource={p.penalties}
        locale={{ emptyText: '无' }}
        columns={[
          { title: '决定书文号', dataIndex: 'decisionNo' },
          { title: '处罚内容', dataIndex: 'content' },
          { title: '决定机关', dataIndex: 'authority' },
          { title: '决定日期', dataIndex: 'decisionDate', render: (d: string) => writtenDate(d) },
        ]}
      />
      <h3 className="xy-card-title xy-section">失信名单（{p.dishonestyEntries.length}）</h3>
      <Table
        rowKey="decisionNo"
        size="small"
        pagination={false}
        dataSource={p.dishonestyEntries}
        locale={{ emptyText: '无' }}
        columns={[
          { title: '名单', dataIndex: 'listType' },
          { title: '认定机关', dataIndex: 'authority' },
          { title: '列入日期', dataIndex: 'listedFrom', render: (d: string) => writtenDate(d) },
        ]}
      />
      <h3 className="xy-card-title xy-section">行政许可（{p.licences.length}）</h3>
      <Table
        rowKey={(l) => `${l.decisionNo}-${l.licenceNo ?? ''}`}
        size="small"
        pagination={{ pageSize: 5, hideOnSinglePage: true }}
        dataSource={p.licences}
        locale={{ emptyText: '无' }}
        columns={[
          { title: '许可名称', dataIndex: 'licenceName' },
          { title: '许可机关', dataIndex: 'authority' },
          { title: '决定日期', dataIndex: 'decisionDate', render: (d: string) => writtenDate(d) },
        ]}
      />
      <Typography.Paragraph className="xy-section">
        守信激励名单 {p.redListEntries.length} 条；信用承诺 {p.commitments.length} 份。
      </Typography.Paragraph>
    </Card>
  );
}
