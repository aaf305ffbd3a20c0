import type { StaffAccountList } from '@xinyong/api-client/browser';
import { Alert, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, errorMessage } from './api';

type Account = StaffAccountList['items'][number];

export function Accounts() {
  const [list, setList] = useState<StaffAccountList | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.staff.accounts().then(setList, (e) => setError(errorMessage(e)));
  }, []);
  return (
    <section aria-labelledby="accounts-title">
      <Typography.Title level={1} id="accounts-title">
        工作人员账号
      </Typography.Title>
      <Typography.Paragraph>生产环境中，没有绑定动态口令的账号不能登录。</Typography.Paragraph>
      {error && <Alert type="error" title={error} showIcon />}
      <Table<Account>
        rowKey="username"
        loading={!list && !error}
        dataSource={list?.items ?? []}
        pagination={false}
        columns={[
          { title: '用户名', dataIndex: 'username' },
          { title: '姓名', dataIndex: 'displayName' },
          { title: '部门', dataIndex: 'department' },
          { title: '角色', dataIndex: 'roleLabels', render: (r: string[]) => r.join('、') },
          {
            title: '动态口令',
            dataIndex: 'secondFactor',
            render: (b: boolean) => (b ? '已绑定' : <Tag className="xy-tag-warn">未绑定</Tag>),
          },
          {
            title: '状态',
            key: 'state',
            render: (_: unknown, a) => (a.disabled ? <Tag>已停用</Tag> : a.locked ? <Tag className="xy-tag-danger">暂时锁定</Tag> : '正常'),
          },
        ]}
      />
    </section>
  );
}
