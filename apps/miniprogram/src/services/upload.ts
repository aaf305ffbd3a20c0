import Taro from '@tarojs/taro';
import { ATTACHMENT_LIMITS } from '@xinyong/api-client';
import { pickBrowserFiles } from '../platform/h5';
import { api } from './api';
import { type FormDraft, onFileReleased, type PendingFile } from './forms';
import { requirePrivacy } from './privacy';
import type { Store } from './store';
import { localProblem, runUpload, UploadError } from './upload-task';

export { UploadError } from './upload-task';

const h5 = process.env.TARO_ENV === 'h5';
/** A 5 MB file over a slow mobile connection takes well under this; a stalled one is stopped and offered again. */
export const UPLOAD_TIMEOUT_MS = 90_000;
const LIMITS = { maxBytes: ATTACHMENT_LIMITS.maxBytes, timeoutMs: UPLOAD_TIMEOUT_MS };
const SESSION_OVER = new Set(['SESSION_EXPIRED', 'SESSION_ENDED', 'INVALID_TOKEN', 'UNAUTHORIZED']);

let keys = 0;

export interface LocalFile {
  name: string;
  path: string;
  size: number;
  kind: 'image' | 'pdf' | 'other';
}

const kindOf = (name: string, type = ''): LocalFile['kind'] => {
  if (/^image\/(jpeg|png)$/.test(type) || /\.(jpe?g|png)$/i.test(name)) return 'image';
  if (type === 'application/pdf' || /\.pdf$/i.test(name)) return 'pdf';
  if (!type && !/\.\w+$/.test(name)) return 'image'; // WeChat's camera files carry no type; the server checks the content.
  return 'other';
};

const cancelled = (error: unknown) => /cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? ''));

/**
 * Lets the person pick photos or PDF files, up to max. weapp: chooseMedia for photos (camera or album) and
 * chooseMessageFile for PDF files from a chat; h5: one file input that takes both. Cancelling is not an error.
 */
export async function pickFiles(source: 'photo' | 'pdf' | 'any', max: number): Promise<LocalFile[]> {
  await requirePrivacy();
  try {
    if (h5) {
      const picked = await pickBrowserFiles('image/jpeg,image/png,application/pdf,.pdf,.jpg,.jpeg,.png', max > 1);
      return picked.slice(0, max).map((f) => ({ name: f.name, path: URL.createObjectURL(f), size: f.size, kind: kindOf(f.name, f.type) }));
    }
    if (source === 'pdf') {
      const res = await Taro.chooseMessageFile({ count: max, type: 'file', extension: ['pdf'] });
      return res.tempFiles.slice(0, max).map((f) => ({ name: f.name, path: f.path, size: f.size, kind: kindOf(f.name) }));
    }
    const res = await Taro.chooseMedia({ count: max, mediaType: ['image'], sourceType: ['album', 'camera'], sizeType: ['compressed'] });
    return res.tempFiles.slice(0, max).map((f, n) => ({
      name: `照片${n + 1}.${/\.png$/i.test(f.tempFilePath) ? 'png' : 'jpg'}`,
      path: f.tempFilePath,
      size: f.size,
      kind: 'image',
    }));
  } catch (error) {
    if (cancelled(error)) return [];
    throw new UploadError(source === 'pdf' ? '没能打开微信聊天中的文件，请稍后再试。' : '没能打开相册或相机，请检查是否允许了相应权限。');
  }
}

/** Adds picked files to a form and uploads each at once; a file the server would refuse fails before sending. */
export function addFiles(store: Store<FormDraft>, picked: LocalFile[]) {
  const added: PendingFile[] = picked.map((f) => {
    const problem = localProblem(f, ATTACHMENT_LIMITS.maxBytes);
    return {
      key: `f${++keys}`,
      name: f.name,
      path: f.path,
      size: f.size,
      kind: f.kind === 'pdf' ? 'pdf' : 'image',
      state: problem ? { status: 'failed', message: problem, retry: false } : { status: 'uploading', progress: 0 },
    };
  });
  store.set((d) => ({ ...d, files: [...d.files, ...added] }));
  for (const f of added) if (f.state.status === 'uploading') void upload(store, f.key);
}

/** Uploads (again) one file of the form; the form shows its progress, then 已上传 or the reason and 重试. */
export async function upload(store: Store<FormDraft>, key: string): Promise<void> {
  const patch = (state: PendingFile['state']) =>
    store.set((d) => ({ ...d, files: d.files.map((f) => (f.key === key ? { ...f, state } : f)) }));
  const file = store.get().files.find((f) => f.key === key);
  if (!file) return;
  patch({ status: 'uploading', progress: 0 });
  const target = api.attachments.uploadTarget();
  try {
    const attachment = await runUpload(
      () =>
        Taro.uploadFile({
          url: target.url,
          filePath: file.path,
          name: target.name,
          header: target.header,
          fileName: file.name,
          timeout: UPLOAD_TIMEOUT_MS,
        } as Taro.uploadFile.Option),
      LIMITS,
      (progress) => patch({ status: 'uploading', progress }),
    );
    if (store.get().files.some((f) => f.key === key)) patch({ status: 'done', attachment });
  } catch (error) {
    const e = error instanceof UploadError ? error : new UploadError('上传没有成功，请稍后点“重试”。');
    const final = e.code === 'FILE_TOO_LARGE' || e.code === 'UNSUPPORTED_FILE_TYPE' || e.code === 'EMPTY_FILE';
    patch({ status: 'failed', message: e.message, retry: !final });
    // Uploads bypass the client (Taro.uploadFile), so it has not heard that the session is over: a logout with the
    // same token gets the same answer, and the client then ends the session as for any other request.
    if (e.code && SESSION_OVER.has(e.code) && api.auth.loggedIn) void api.auth.logout().catch(() => undefined);
  }
}

export function removeFile(store: Store<FormDraft>, key: string) {
  const file = store.get().files.find((f) => f.key === key);
  store.set((d) => ({ ...d, files: d.files.filter((f) => f.key !== key) }));
  if (file) releaseFile(file);
}

function releaseFile(file: PendingFile) {
  if (h5 && file.path.startsWith('blob:')) URL.revokeObjectURL(file.path);
}
onFileReleased(releaseFile);
