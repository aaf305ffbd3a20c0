import type { Attachment, StaffEvidence } from '@xinyong/api-client/browser';
import { Alert, Button, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from './api';

const KIND = { 'image/jpeg': '照片', 'image/png': '图片', 'application/pdf': 'PDF 文件' } as const;

const blobOf = (base64: string, type: string) => new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type });

/** A file of the case shown in the page from memory (a blob: address that lives as long as the page), never a file path. */
export function Evidence({ index, attachment, load }: { index: number; attachment: Attachment; load: () => Promise<StaffEvidence> }) {
  const [url, setUrl] = useState<string | null>(null);
  const [pages, setPages] = useState<string[] | null>(null);
  const [pagesFailed, setPagesFailed] = useState(false);
  useEffect(
    () => () => {
      for (const p of pages ?? []) URL.revokeObjectURL(p);
    },
    [pages],
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  const show = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await load();
      setUrl(URL.createObjectURL(blobOf(file.contentBase64, file.mediaType)));
      if (file.pages) {
        setPages(file.pages.pngBase64.map((p) => URL.createObjectURL(blobOf(p, 'image/png'))));
        setPagesFailed(!file.pages.rendered);
      }
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
          <div>
            {pagesFailed && <Alert type="warning" showIcon title="这个 PDF 的页面图片没有生成，请下载原文件查看。" />}
            {pages?.map((p, i) => (
              <img key={p} className="xy-pdf-page" src={p} alt={`${name} 第 ${i + 1} 页`} />
            ))}
            <a href={url} download={`材料${index}.pdf`}>
              下载原文件
            </a>
          </div>
        ) : (
          <img className="xy-image" src={url} alt={name} />
        ))}
    </div>
  );
}
