import type { StaffAccountActionResult } from '@xinyong/api-client/browser';
import { Alert, Modal, Typography } from 'antd';

type Enrolment = NonNullable<StaffAccountActionResult['totp']>;

/** The QR of an otpauth URI, drawn from the server's matrix as SVG squares (no image source for the CSP to allow). */
function QrCode({ qr, label }: { qr: Enrolment['qr']; label: string }) {
  const quiet = 4;
  const size = qr.size + quiet * 2;
  // One path of unit squares: a module's place is its identity, so no list keys are needed.
  const d = qr.rows
    .flatMap((row, r) => Array.from(row).flatMap((bit, c) => (bit === '1' ? [`M${c + quiet} ${r + quiet}h1v1h-1z`] : [])))
    .join('');
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} width={224} height={224} className="xy-qr">
      <rect width={size} height={size} fill="#fff" />
      <path fill="#000" d={d} />
    </svg>
  );
}

/** A new second factor, shown once: the account's owner adds it to an authenticator app now. */
export function TotpEnrolment({ username, totp, onClose }: { username: string; totp: Enrolment; onClose: () => void }) {
  return (
    <Modal
      open
      title={`${username} 的新动态口令`}
      okText="已加入验证器，关闭"
      cancelButtonProps={{ hidden: true }}
      onOk={onClose}
      onCancel={onClose}
    >
      <Alert
        type="warning"
        showIcon
        className="xy-gap"
        title="只显示这一次"
        description="请账号本人现在用验证器应用扫描二维码或输入密钥。关闭后无法再查看，旧的动态口令已失效。"
      />
      <QrCode qr={totp.qr} label={`${username} 的动态口令二维码`} />
      <Typography.Paragraph>
        密钥：
        <Typography.Text code copyable>
          {totp.secret}
        </Typography.Text>
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" className="xy-break">
        地址：{totp.uri}
      </Typography.Paragraph>
    </Modal>
  );
}
