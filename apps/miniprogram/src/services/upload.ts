import Taro from '@tarojs/taro';
import type { Attachment } from '@xinyong/api-client';
import { api } from './api';
import { requirePrivacy } from './privacy';

export interface Picked {
  /** A temporary local path (weapp) or blob URL (h5); never stored. */
  path: string;
  attachment: Attachment;
}

export class UploadError extends Error {}

/** Lets the person pick photos. Cancelling is not an error. */
export async function pickImages(max: number): Promise<string[]> {
  await requirePrivacy();
  try {
    const res = await Taro.chooseImage({ count: max, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
    return res.tempFilePaths.slice(0, max);
  } catch (error) {
    if (String((error as { errMsg?: string })?.errMsg ?? '').includes('cancel')) return [];
    throw new UploadError('没能打开相册或相机，请检查是否允许了相应权限。');
  }
}

/** axios in the mini-program cannot send files, so attachments go through Taro.uploadFile to the client's upload target. */
export async function uploadImage(path: string): Promise<Attachment> {
  const target = api.attachments.uploadTarget();
  let res: Taro.uploadFile.SuccessCallbackResult;
  try {
    res = await Taro.uploadFile({ url: target.url, filePath: path, name: target.name, header: target.header });
  } catch {
    throw new UploadError('照片上传失败，请检查网络后重试。');
  }
  let body: unknown = res.data;
  try {
    body = typeof res.data === 'string' ? JSON.parse(res.data) : res.data;
  } catch {
    // Not JSON: treated as a failure below.
  }
  if (res.statusCode >= 200 && res.statusCode < 300 && body && typeof body === 'object' && 'id' in body) return body as Attachment;
  const message = (body as { error?: { message?: string } } | null)?.error?.message;
  if (res.statusCode === 413) throw new UploadError('照片太大了（最大 5 MB），请换一张或压缩后再试。');
  throw new UploadError(message ?? '照片上传失败，请稍后重试。');
}
