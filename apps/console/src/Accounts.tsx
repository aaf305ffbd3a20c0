import { STAFF_ACCOUNT_ACTIONS, type StaffAccountActionResult, type StaffAccountList } from '@xinyong/api-client/browser';
import { Alert, Button, Modal, message, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, errorMessage } from './api';
import { TotpEnrolment } from './TotpEnrolment';

type Account = StaffAccountList['items'][number];
type Action = keyof typeof STAFF_ACCOUNT_ACTIONS;

const CONFIRM: Record<Action, string> = {
  unlock: '解除后，这个账号可以立即从任何电脑再试登录。',
  disable: '停用后，这个账号立即退出，不能再登录，直到重新启用。',
  enable: '启用后，这个账号可以用原来的密码和动态口令登录。',
  enrol_totp: '将生成新的动态口令密钥，旧的立即失效。新密钥只显示一次，请让账号本人在场。',
};

export function Accounts() {
  const [list, setList] = useState<StaffAccountList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState<{ account: Account; action: Action } | null>(null);
  const [busy, setBusy] = useState(false);
  const [enrolled, setEnrolled] = useState<{ username: string; totp: NonNullable<StaffAccountActionResult['totp']> } | null>(null);
  const load = useCallback(() => {
    api.staff.accounts().then(setList, (e) => setError(errorMessage(e)));
  }, []);
  useEffect(load, [load]);

  const run = async () => {
    if (!asking) return;
    setBusy(true);
    try {
      const result = await api.staff.accountAction(asking.account.username, asking.action);
      message.success(result.done);
      if (result.totp) setEnrolled({ username: result.username, totp: result.totp });
      setAsking(null);
      load();
    } catch (e) {
      setError(errorMessage(e));
      setAsking(null);
    } finally {
      setBusy(false);
    }
  };

  const ask = (account: Account, action: Action) => setAsking({ account, action });
  return (
    <section aria-labelledby="accounts-title">
      <Typography.Title level={1} id="accounts-title">
        工作人员账号
      </Typography.Title>
      <Typography.Paragraph>
        生产环境中，没有绑定动态口令的账号不能登录。每次解锁、停用、启用和绑定口令都会记录操作人。
      </Typography.Paragraph>
      {error && <Alert type="error" title={error} showIcon className="xy-gap" />}
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
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, a) => (
              <Space size={0} wrap>
                {a.locked && (
                  <Button type="link" onClick={() => ask(a, 'unlock')} aria-label={`解除锁定 ${a.username}`}>
                    解除锁定
                  </Button>
                )}
                <Button
                  type="link"
                  onClick={() => ask(a, a.disabled ? 'enable' : 'disable')}
                  aria-label={`${a.disabled ? '启用' : '停用'} ${a.username}`}
                >
                  {a.disabled ? '启用' : '停用'}
                </Button>
                <Button
                  type="link"
                  onClick={() => ask(a, 'enrol_totp')}
                  aria-label={`${a.secondFactor ? '重置' : '绑定'}口令 ${a.username}`}
                >
                  {a.secondFactor ? '重置口令' : '绑定口令'}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={asking !== null}
        title={asking ? `${STAFF_ACCOUNT_ACTIONS[asking.action]}：${asking.account.username}` : ''}
        okText="确认"
        cancelText="取消"
        confirmLoading={busy}
        onOk={run}
        onCancel={() => setAsking(null)}
      >
        {asking && <Typography.Paragraph>{CONFIRM[asking.action]}</Typography.Paragraph>}
      </Modal>
      {enrolled && <TotpEnrolment username={enrolled.username} totp={enrolled.totp} onClose={() => setEnrolled(null)} />}
    </section>
  );
}
