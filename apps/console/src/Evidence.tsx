import type { Attachment, StaffEvidence } from '@xinyong/api-client/browser';
import { Alert, Button, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from './api';

const KIND = { 'image/jpeg': '照片', 'image/png': '图片', 'application/pdf': 'PDF 文件' } as const;

/** A file of the case shown in the page from memory (a blob: address that lives as long as the page), never a file path. */
export function Evidence({ index, attachment, load }: { index: number; attachment: Attachment; load: () => Promise<StaffEvidence> }) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  const show = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await load();
      const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
      setUrl(URL.createObjectURL(new Blob([bytes], { type: file.mediaType })));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const name = `材料 ${index}（${KIND[attachment.mediaType]}，${Math.max(1, Math.round(attachment.byteSize / 1024))} KB）`;

  return (
    <div className="xy-evidence">
      <Space>
        <Typography.Text strong>{name}</Typography.Text>
        {!url && (
          <Button onClick={show} loading={busy}>
            查看
          </Button>
        )}
      </Space>
      {error && <Alert type="error" title={error} showIcon />}
      {url &&
        (attachment.mediaType === 'application/pdf' ? (
          <iframe className="xy-pdf" src={url} title={name} />
        ) : (
          <img className="xy-image" src={url} alt={name} />
        ))}
    </div>
  );
}
