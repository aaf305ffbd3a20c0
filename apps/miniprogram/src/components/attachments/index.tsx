import { Image, Text, View } from '@tarojs/components';
import { ATTACHMENT_LIMITS } from '@xinyong/api-client';
import { useState } from 'react';
import { imageLabel } from '../../services/a11y';
import { errorMessage } from '../../services/errors';
import type { FormDraft, PendingFile } from '../../services/forms';
import type { Store } from '../../services/store';
import { addFiles, pickFiles, removeFile, UploadError, upload } from '../../services/upload';
import { ActionButton } from '../action-button';
import './index.scss';

const h5 = process.env.TARO_ENV === 'h5';
const MB = Math.round(ATTACHMENT_LIMITS.maxBytes / 1024 / 1024);

export interface AttachmentsProps {
  label: string;
  form: Store<FormDraft>;
  files: PendingFile[];
  max?: number;
  disabled?: boolean;
}

export const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

function FileRow({ file, n, form, disabled }: { file: PendingFile; n: number; form: Store<FormDraft>; disabled?: boolean }) {
  const { state } = file;
  const what = `第 ${n} 个文件`;
  return (
    <View className={`xy-file xy-file--${state.status}`} role="listitem">
      {file.kind === 'image' ? (
        <Image className="xy-file__thumb" src={file.path} mode="aspectFill" {...imageLabel(`${what}：照片 ${file.name}`)} />
      ) : (
        <View className="xy-file__thumb xy-file__pdf" aria-hidden="true">
          <Text>PDF</Text>
        </View>
      )}
      <View className="xy-file__body">
        <Text className="xy-file__name">{file.name}</Text>
        <Text className="xy-muted xy-block">{sizeText(file.size)}</Text>
        {state.status === 'uploading' ? (
          <View>
            <Text className="xy-block">{`正在上传 ${state.progress}%`}</Text>
            <View
              className="xy-file__bar"
              role="progressbar"
              aria-label={`${what}上传进度`}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={state.progress}
            >
              <View className="xy-file__bar-done" style={{ width: `${state.progress}%` }} />
            </View>
          </View>
        ) : null}
        {state.status === 'done' ? <Text className="xy-block xy-ok">已上传</Text> : null}
        {state.status === 'failed' ? (
          <View role="alert">
            <Text className="xy-block xy-error">{state.message}</Text>
          </View>
        ) : null}
        <View className="xy-file__actions">
          {state.status === 'failed' && state.retry ? (
            <ActionButton kind="secondary" disabled={disabled} onClick={() => void upload(form, file.key)} ariaLabel={`重试上传${what}`}>
              重试
            </ActionButton>
          ) : null}
          <ActionButton kind="secondary" disabled={disabled} onClick={() => removeFile(form, file.key)} ariaLabel={`删除${what}`}>
            删除
          </ActionButton>
        </View>
      </View>
    </View>
  );
}

/** Photos and PDF files, each uploaded as soon as it is picked, with its progress, a reason and 重试 when it fails. */
export function Attachments({ label, form, files, max = ATTACHMENT_LIMITS.perApplication, disabled }: AttachmentsProps) {
  const [picking, setPicking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const room = max - files.length;

  const add = async (source: 'photo' | 'pdf' | 'any') => {
    setPicking(true);
    setError(null);
    try {
      addFiles(form, await pickFiles(source, room));
    } catch (e) {
      setError(e instanceof UploadError ? e.message : errorMessage(e));
    } finally {
      setPicking(false);
    }
  };

  return (
    <View className="xy-field xy-files">
      <Text className="xy-field__label">{label}</Text>
      <Text className="xy-field__hint">{`拍照或 PDF 都可以，最多 ${max} 个，每个不超过 ${MB} MB。只用于办理这件事。`}</Text>
      {files.length > 0 ? (
        <View className="xy-files__list" role="list" aria-live="polite">
          {files.map((f, i) => (
            <FileRow key={f.key} file={f} n={i + 1} form={form} disabled={disabled} />
          ))}
        </View>
      ) : null}
      {room > 0 ? (
        <View className="xy-actions">
          {h5 ? (
            <ActionButton kind="secondary" busy={picking} disabled={disabled} onClick={() => void add('any')}>
              添加照片或 PDF
            </ActionButton>
          ) : (
            <>
              <ActionButton kind="secondary" busy={picking} disabled={disabled} onClick={() => void add('photo')}>
                拍照或选照片
              </ActionButton>
              <ActionButton kind="secondary" busy={picking} disabled={disabled} onClick={() => void add('pdf')}>
                选微信聊天中的 PDF
              </ActionButton>
            </>
          )}
        </View>
      ) : (
        <Text className="xy-muted xy-block">{`已达到 ${max} 个的上限。`}</Text>
      )}
      {error ? (
        <View className="xy-error xy-block" role="alert">
          <Text>{error}</Text>
        </View>
      ) : null}
    </View>
  );
}
