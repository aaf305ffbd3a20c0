import type { ApplicationList, CreditQueryRegister } from '@xinyong/api-client/browser';
import { Alert, Button, Input, Select, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, errorMessage } from './api';
import { writtenTime } from './dates';

type Entry = CreditQueryRegister['items'][number];
interface Filter {
  department?: string;
  purposeId?: string;
  code?: string;
  from?: string;
  to?: string;
  page: number;
}

/** The credit office's register of every department query (查询使用登记簿). */
export function QueryRegister() {
  const [list, setList] = useState<ApplicationList | null>(null);
  const [answer, setAnswer] = useState<CreditQueryRegister | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState<Filter>({ page: 1 });
  const [filter, setFilter] = useState<Filter>({ page: 1 });

  useEffect(() => {
    api.staff.applicationList().then(setList, (e) => setError(errorMessage(e)));
  }, []);
  const load = useCallback((f: Filter) => {
    setError(null);
    api.staff.queryRegister(f).then(setAnswer, (e) => setError(errorMessage(e)));
  }, []);
  useEffect(() => load(filter), [filter, load]);

  const set = (patch: Partial<Filter>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <section aria-labelledby="register-title">
      <Typography.Title level={1} id="register-title">
        查询使用登记
      </Typography.Title>
      <Typography.Paragraph>
        各部门每一次查询主体信用信息的登记：谁、哪个部门、什么用途、哪个事项、看到了什么。登记不能修改或删除。
      </Typography.Paragraph>
      <Space wrap className="xy-gap" align="end">
        <Select
          aria-label="部门"
          allowClear
          placeholder="全部部门"
          style={{ minWidth: 240 }}
          value={draft.department}
          onChange={(v?: string) => set({ department: v })}
          options={(answer?.departments ?? []).map((d) => ({ value: d, label: d }))}
        />
        <Select
          aria-label="用途"
          allowClear
          placeholder="全部用途"
          style={{ minWidth: 220 }}
          value={draft.purposeId}
          onChange={(v?: string) => set({ purposeId: v })}
          options={(list?.items ?? []).map((i) => ({ value: i.id, label: `${i.matter}${i.example ? '（示例）' : ''}` }))}
        />
        <Input
          aria-label="统一社会信用代码"
          placeholder="统一社会信用代码"
          style={{ width: 220 }}
          value={draft.code}
          onChange={(e) => set({ code: e.target.value || undefined })}
        />
        <label className="xy-date">
          从 <input type="date" value={draft.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
        </label>
        <label className="xy-date">
          到 <input type="date" value={draft.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
        </label>
        <Button type="primary" onClick={() => setFilter({ ...draft, page: 1 })}>
          筛选
        </Button>
      </Space>
      {error && <Alert type="error" title={error} showIcon className="xy-gap" />}
      <Table<Entry>
        rowKey="queryNo"
        loading={!answer && !error}
        dataSource={answer?.items ?? []}
        locale={{ emptyText: '没有符合条件的登记' }}
        pagination={{
          current: filter.page,
          pageSize: 50,
          total: answer?.total ?? 0,
          hideOnSinglePage: true,
          onChange: (page) => setFilter((f) => ({ ...f, page })),
        }}
        columns={[
          { title: '登记编号', dataIndex: 'queryNo' },
          { title: '时间', dataIndex: 'at', render: (t: string) => writtenTime(t) },
          { title: '查询人', dataIndex: 'staff' },
          { title: '部门', dataIndex: 'department' },
          { title: '用途', dataIndex: 'purpose' },
          { title: '事项编号', dataIndex: 'referenceNo' },
          { title: '被查询主体', key: 'entity', render: (_: unknown, e) => `${e.entityName}（${e.entityCode}）` },
          { title: '看到的信息', dataIndex: 'seen', render: (s: string[]) => s.join('、') },
        ]}
      />
      {answer && <Typography.Paragraph type="secondary">共 {answer.total} 条。</Typography.Paragraph>}
    </section>
  );
}
