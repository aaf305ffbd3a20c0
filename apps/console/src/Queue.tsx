import { type Queue as QueueAnswer, urgencyOf } from '@xinyong/api-client/browser';
import { Alert, Button, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { CaseKind } from './App';
import { api, errorMessage } from './api';
import { writtenDate, writtenTime } from './dates';

type Item = QueueAnswer['items'][number];

const URGENCY = {
  overdue: { className: 'xy-tag-danger', text: '已超期' },
  dueSoon: { className: 'xy-tag-warn', text: '即将到期' },
  onTime: { className: 'xy-tag-calm', text: '期限内' },
} as const;
const rank = { overdue: 0, dueSoon: 1, onTime: 2 } as const;

export function Queue({ kind, onOpen }: { kind: CaseKind; onOpen: (id: string) => void }) {
  const [answer, setAnswer] = useState<QueueAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string>('all');
  const [shownKind, setShownKind] = useState<CaseKind>(kind);
  useEffect(() => setShownKind(kind), [kind]);

  useEffect(() => {
    let live = true;
    setAnswer(null);
    setError(null);
    api.staff.queue(shownKind).then(
      (a) => live && setAnswer(a),
      (e) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [shownKind]);

  const statuses = useMemo(() => [...new Map((answer?.items ?? []).map((i) => [i.status, i.statusLabel])).entries()], [answer]);
  const rows = useMemo(
    () =>
      (answer?.items ?? [])
        .filter((i) => status === 'all' || i.status === status)
        .sort((a, b) => rank[urgencyOf(a)] - rank[urgencyOf(b)] || a.dueBy.localeCompare(b.dueBy)),
    [answer, status],
  );

  return (
    <section aria-labelledby="queue-title">
      <Typography.Title level={1} id="queue-title">
        {shownKind === 'objection' ? '异议待办' : '信用修复待办'}
      </Typography.Title>
      {answer && (
        <Typography.Paragraph>
          {answer.department}：共 {answer.items.length} 件
          {answer.overdue > 0 ? (
            <Typography.Text type="danger" strong>
              ，其中 {answer.overdue} 件已超期
            </Typography.Text>
          ) : null}
          。按紧急程度排列，已超期的在最前。
        </Typography.Paragraph>
      )}
      <Space wrap className="xy-gap">
        <Segmented<CaseKind>
          aria-label="案件类型"
          value={shownKind}
          onChange={(v) => {
            setShownKind(v);
            setStatus('all');
          }}
          options={[
            { value: 'objection', label: '异议' },
            { value: 'repair', label: '信用修复' },
          ]}
        />
        <Select
          aria-label="办理状态"
          value={status}
          onChange={setStatus}
          style={{ minWidth: 180 }}
          options={[{ value: 'all', label: '全部状态' }, ...statuses.map(([value, label]) => ({ value, label }))]}
        />
      </Space>
      {error && <Alert type="error" title={error} showIcon />}
      <Table<Item>
        rowKey="id"
        loading={!answer && !error}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '没有待办案件' }}
        columns={[
          { title: '案件编号', dataIndex: 'id' },
          { title: '信用记录', dataIndex: 'recordTitle', render: (t: string) => t || '（记录已不可见）' },
          { title: '状态', dataIndex: 'statusLabel' },
          { title: '提交时间', dataIndex: 'submittedAt', render: (t: string) => writtenTime(t) },
          {
            title: '办理期限',
            key: 'due',
            render: (_: unknown, item) => {
              const u = URGENCY[urgencyOf(item)];
              return (
                <Space>
                  <span>{writtenDate(item.dueBy)}</span>
                  <Tag className={u.className}>{u.text}</Tag>
                  <span>{item.overdue ? `已超 ${Math.abs(item.workingDaysLeft)} 个工作日` : `剩 ${item.workingDaysLeft} 个工作日`}</span>
                </Space>
              );
            },
          },
          {
            title: '操作',
            key: 'open',
            render: (_: unknown, item) => (
              <Button type="link" onClick={() => onOpen(item.id)} aria-label={`办理 ${item.id}`}>
                办理
              </Button>
            ),
          },
        ]}
      />
    </section>
  );
}
