import type { StaffProfile } from '@xinyong/api-client/browser';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { api, errorMessage } from './api';

interface Fields {
  username: string;
  password: string;
  totp?: string;
}

export function Login({ notice, onLoggedIn }: { notice: string | null; onLoggedIn: (me: StaffProfile) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Fields>();

  const submit = async ({ username, password, totp }: Fields) => {
    setBusy(true);
    setError(null);
    try {
      await api.staff.login(username.trim(), password, totp?.trim() || undefined);
      onLoggedIn(await api.staff.me());
    } catch (e) {
      setError(errorMessage(e));
      form.setFieldValue('totp', '');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="xy-login">
      <Card className="xy-login-card">
        <Typography.Title level={1} className="xy-login-title">
          信用山东工作台
        </Typography.Title>
        <Typography.Paragraph type="secondary">供各部门审核人员和信用办工作人员使用。</Typography.Paragraph>
        {notice && !error && <Alert type="info" title={notice} showIcon className="xy-gap" />}
        {error && <Alert type="error" title={error} showIcon className="xy-gap" />}
        <Form<Fields> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            label="动态口令"
            name="totp"
            extra="验证器应用上显示的 6 位数字，每 30 秒更新。"
            rules={[{ pattern: /^\d{6}$/, message: '动态口令是 6 位数字' }]}
          >
            <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block>
            登录
          </Button>
        </Form>
      </Card>
    </main>
  );
}
