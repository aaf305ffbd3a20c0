import type { StaffProfile } from '@xinyong/api-client/browser';
import { Button, Layout, Menu, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Accounts } from './Accounts';
import { api } from './api';
import { CasePage } from './CasePage';
import { CreditQuery } from './CreditQuery';
import { Login } from './Login';
import { Import } from './monitoring/Import';
import { Monitoring } from './monitoring/Monitoring';
import { Quarterly } from './monitoring/Quarterly';
import { QueryRegister } from './QueryRegister';
import { Queue } from './Queue';

export type CaseKind = 'objection' | 'repair';
export type View =
  | { page: 'queue'; kind: CaseKind }
  | { page: 'case'; kind: CaseKind; id: string }
  | { page: 'accounts' }
  | { page: 'monitoring' | 'quarterly' | 'import' }
  | { page: 'creditQuery' }
  | { page: 'queryRegister' }
  | { page: 'home' };

const firstView = (profile: StaffProfile): View =>
  profile.roles.includes('reviewer')
    ? { page: 'queue', kind: 'objection' }
    : profile.roles.includes('credit_office')
      ? { page: 'accounts' }
      : { page: 'home' };

export function App() {
  const [profile, setProfile] = useState<StaffProfile | null>(null);
  const [view, setView] = useState<View>({ page: 'home' });
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    const ended = () => {
      setProfile(null);
      setNotice('登录已超时或已在别处退出，请重新登录。');
    };
    window.addEventListener('xy-session-ended', ended);
    return () => window.removeEventListener('xy-session-ended', ended);
  }, []);

  useEffect(() => {
    document.title = profile ? `${titleOf(view)} - 信用山东工作台` : '登录 - 信用山东工作台';
    // A new screen: the keyboard (and a screen reader) starts at its heading, not where the last screen's button was.
    const heading = profile ? document.querySelector<HTMLElement>('.xy-content h1') : null;
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [profile, view]);

  if (!profile)
    return (
      <Login
        notice={notice}
        onLoggedIn={(me) => {
          setNotice(null);
          setProfile(me);
          setView(firstView(me));
        }}
      />
    );

  const reviewer = profile.roles.includes('reviewer');
  const creditOffice = profile.roles.includes('credit_office');
  const items = [
    ...(reviewer
      ? [
          { key: 'queue:objection', label: '异议待办' },
          { key: 'queue:repair', label: '信用修复待办' },
        ]
      : []),
    ...(reviewer ? [{ key: 'creditQuery', label: '信用信息查询' }] : []),
    ...(creditOffice || profile.roles.includes('auditor') ? [{ key: 'queryRegister', label: '查询使用登记' }] : []),
    ...(creditOffice ? [{ key: 'accounts', label: '工作人员账号' }] : []),
    ...MONITORING_ITEMS.filter((i) => creditOffice || (i.key !== 'import' && profile.roles.includes('auditor'))),
  ];
  const selected = view.page === 'queue' || view.page === 'case' ? `queue:${view.kind}` : view.page;

  return (
    <Layout className="xy-shell">
      <Layout.Header className="xy-header">
        <Typography.Text className="xy-brand">信用山东工作台</Typography.Text>
        <Space size="middle">
          <span className="xy-who">
            {profile.displayName} · {profile.department} · {profile.roleLabels.join('、')}
          </span>
          <Button
            onClick={async () => {
              await api.staff.logout().catch(() => undefined);
              setProfile(null);
              setNotice('您已退出登录。');
            }}
          >
            退出登录
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={200} theme="light" className="xy-sider">
          <nav aria-label="功能">
            <Menu
              mode="inline"
              selectedKeys={[selected]}
              items={items}
              onClick={({ key }) =>
                setView(key.startsWith('queue:') ? { page: 'queue', kind: key.split(':')[1] as CaseKind } : ({ page: key } as View))
              }
            />
          </nav>
        </Layout.Sider>
        <Layout.Content className="xy-content">
          {view.page === 'queue' && <Queue kind={view.kind} onOpen={(id) => setView({ page: 'case', kind: view.kind, id })} />}
          {view.page === 'case' && <CasePage kind={view.kind} id={view.id} onBack={() => setView({ page: 'queue', kind: view.kind })} />}
          {view.page === 'accounts' && <Accounts />}
          {view.page === 'monitoring' && <Monitoring />}
          {view.page === 'quarterly' && <Quarterly />}
          {view.page === 'import' && <Import />}
          {view.page === 'creditQuery' && <CreditQuery />}
          {view.page === 'queryRegister' && <QueryRegister />}
          {view.page === 'home' && (
            <section>
              <Typography.Title level={1}>工作台</Typography.Title>
              <Typography.Paragraph>
                您的账号是只读审计账号，可以查看双公示监测和季度评价；案件办理由部门审核员负责，数据导入由信用办管理员负责。
              </Typography.Paragraph>
            </section>
          )}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

const MONITORING_ITEMS = [
  { key: 'monitoring', label: '双公示监测' },
  { key: 'quarterly', label: '季度评价' },
  { key: 'import', label: '数据导入' },
] as const;

const titleOf = (view: View): string =>
  MONITORING_ITEMS.find((i) => i.key === view.page)?.label ??
  (view.page === 'queue'
    ? view.kind === 'objection'
      ? '异议待办'
      : '信用修复待办'
    : view.page === 'case'
      ? '办理案件'
      : view.page === 'accounts'
        ? '工作人员账号'
        : view.page === 'creditQuery'
          ? '信用信息查询'
          : view.page === 'queryRegister'
            ? '查询使用登记'
            : '工作台');
