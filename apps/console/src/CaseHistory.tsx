import type { StaffCase } from '@xinyong/api-client/browser';
import { Card, Typography } from 'antd';
import { writtenTime } from './dates';

/** Every step of the case, oldest first: when, who (the applicant masked, or the reviewer and department), what. */
export function CaseHistory({ history }: { history: StaffCase['history'] }) {
  return (
    <Card title={<h2 className="xy-card-title">办理经过（{history.length} 步）</h2>}>
      {history.length === 0 ? (
        <Typography.Text>还没有办理记录。</Typography.Text>
      ) : (
        <ol className="xy-history">
          {history.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a case's events never reorder
            <li key={i}>
              <Typography.Text strong>{e.statusLabel}</Typography.Text>
              <span className="xy-history-meta">
                {writtenTime(e.at)} · {e.who}
              </span>
              <Typography.Paragraph className="xy-history-note">{e.note}</Typography.Paragraph>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
