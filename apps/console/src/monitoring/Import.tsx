import type { ImportResult } from '@xinyong/api-client/browser';
import { Alert, Button, Descriptions, Space, Table, Typography } from 'antd';
import { useRef, useState } from 'react';
import { api, errorMessage } from '../api';

type Row = ImportResult['problems'][number];

/** The file's bytes as base64, for the JSON body (the same bytes the command line reads). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const MAX_BYTES = 2 * 1024 * 1024;

/** 数据导入: upload a 双公示 CSV, read the row report (nothing written yet), then commit it. */
export function Import() {
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // One key per form: a commit sent twice (double click, retry after a lost answer) imports once.
  const formKey = useRef<string>(crypto.randomUUID());
  const input = useRef<HTMLInputElement>(null);

  const choose = async (chosen: File | undefined) => {
    setPreview(null);
    setDone(null);
    setError(null);
    setFile(null);
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) {
      setError('文件超过 2 MB。请拆成几个文件上传，或交给技术人员用命令行导入。');
      return;
    }
    formKey.current = crypto.randomUUID();
    setFile({ name: chosen.name, content: await base64Of(chosen) });
  };
  const run = async (commit: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      if (commit) setDone(await api.monitoring.commitImport(file.name, file.content, formKey.current));
      else setPreview(await api.monitoring.previewImport(file.name, file.content));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const startOver = () => {
    setFile(null);
    setPreview(null);
    setDone(null);
    if (input.current) input.current.value = '';
    input.current?.focus();
  };
  const shown = done ?? preview;

  return (
    <section aria-labelledby="import-title">
      <Typography.Title level={1} id="import-title">
        双公示数据导入
      </Typography.Title>
      <Typography.Paragraph>
        上传部门报送的 CSV 文件（UTF-8，表头为国家发展改革委双公示字段代码，XK_* 为行政许可，CF_* 为行政处罚，不超过 2
        MB）。先检查，看过逐行报告后再确认导入；检查时不会写入任何数据。
      </Typography.Paragraph>
      <Space className="xy-gap" wrap>
        <label htmlFor="import-file">选择文件</label>
        <input
          id="import-file"
          ref={input}
          type="file"
          accept=".csv,text/csv"
          disabled={busy || !!done}
          onChange={(e) => void choose(e.target.files?.[0])}
        />
        <Button type="primary" disabled={!file || busy || !!done} loading={busy && !preview} onClick={() => void run(false)}>
          检查文件
        </Button>
      </Space>
      {error && <Alert className="xy-gap" type="error" title={error} showIcon />}
      {shown && (
        <>
          {done ? (
            <Alert
              className="xy-gap"
              type="success"
              showIcon
              title={
                done.repeated
                  ? `这个文件以前已经导入过：${done.unchanged} 行已在库中，没有重复写入。`
                  : `已导入 ${done.imported} 行，${done.unchanged} 行已在库中未变，拒收 ${done.rejected} 行。拒收的行已记入监测。`
              }
            />
          ) : (
            <Alert
              className="xy-gap"
              type={preview && preview.rejected > 0 ? 'warning' : 'info'}
              showIcon
              title={`检查完成（还没有导入）：可以导入 ${shown.imported} 行，已在库中 ${shown.unchanged} 行，拒收 ${shown.rejected} 行。`}
            />
          )}
          <Descriptions
            className="xy-gap"
            bordered
            size="small"
            column={2}
            items={[
              { key: 'file', label: '文件', children: shown.file },
              { key: 'kind', label: '类别', children: shown.kindLabel },
              { key: 'rows', label: '读取行数', children: shown.rowsRead },
              { key: 'rejected', label: '拒收行数', children: shown.rejected },
            ]}
          />
          <Typography.Title level={2} className="xy-h2">
            拒收的行
          </Typography.Title>
          <ReportTable rows={shown.problems} empty="没有拒收的行。" />
          <Typography.Title level={2} className="xy-h2">
            提示（会导入，请核对）
          </Typography.Title>
          <ReportTable rows={shown.warnings} empty="没有提示。" />
          <Space className="xy-gap">
            {!done && (
              <Button type="primary" disabled={busy || shown.imported === 0} loading={busy} onClick={() => void run(true)}>
                确认导入 {shown.imported} 行
              </Button>
            )}
            <Button onClick={startOver}>{done ? '导入另一个文件' : '重新选择文件'}</Button>
          </Space>
        </>
      )}
    </section>
  );
}

function ReportTable({ rows, empty }: { rows: Row[]; empty: string }) {
  return (
    <Table<Row>
      className="xy-gap"
      rowKey={(r) => `${r.line}:${r.field}:${r.reason}`}
      dataSource={rows}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: empty }}
      size="small"
      columns={[
        { title: '行号', dataIndex: 'line', width: 80 },
        { title: '字段', dataIndex: 'field', width: 180 },
        { title: '原因', dataIndex: 'reason' },
      ]}
    />
  );
}
