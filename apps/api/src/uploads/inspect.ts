import type { ATTACHMENT_LIMITS } from '@xinyong/contract';
import sharp from 'sharp';
import { AppError, uploadCheckFailed, uploadsBusy } from '../errors';
import { CheckNotDone, type PdfVerdict, type UploadChecks } from './check-pool';

export type MediaType = (typeof ATTACHMENT_LIMITS.mediaTypes)[number];

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_END = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]); // IEND and its CRC
const JPEG_END = Buffer.from([0xff, 0xd9]);

/** The type is decided by the file's first bytes, not by its name or the declared type, which anyone can change. */
export function sniffMediaType(bytes: Buffer): MediaType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  if (bytes.length >= 5 && bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

/** An image that decodes must also end where the image ends: bytes after it are a second file riding along. */
function endsWithImage(bytes: Buffer, type: MediaType): boolean {
  const end = type === 'image/png' ? PNG_END : JPEG_END;
  return trimZeros(bytes).subarray(-end.length).equals(end);
}

/** Some cameras pad a file with zero bytes; padding is not content. */
function trimZeros(bytes: Buffer): Buffer {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  return bytes.subarray(0, end);
}

const refuse = (code: string, message: string): never => {
  throw new AppError(415, code, message);
};
const disguised = () =>
  refuse('DISGUISED_FILE', '这个文件里还夹带了网页、脚本或压缩包等其他内容，不能上传。请重新拍照、截图或导出后上传。');
const unreadablePdf = () => refuse('UNREADABLE_PDF', '这个 PDF 打不开（文件损坏或不完整），请重新导出或扫描后上传。');

async function decodeImage(bytes: Buffer): Promise<void> {
  // sharp decodes in libuv's thread pool and stats() hands back a few numbers, not the pixels: the event loop keeps
  // serving, and no 40 MB raw buffer lands on the JavaScript heap.
  try {
    const stats = await sharp(bytes, { failOn: 'error', limitInputPixels: 50_000_000, sequentialRead: true }).stats();
    if (stats.channels.length < 1) throw new Error('no pixels');
  } catch {
    refuse('UNREADABLE_IMAGE', '这张图片打不开（文件损坏或不完整），请重新拍照或导出后上传。');
  }
}

function refusePdf(verdict: PdfVerdict): void {
  if (verdict.ok) return;
  if (verdict.reason === 'encrypted') refuse('ENCRYPTED_PDF', '这个 PDF 设了密码，审核人员打不开。请去掉密码后再上传。');
  if (verdict.reason === 'active')
    refuse('ACTIVE_CONTENT', '这个 PDF 里带有脚本、附件或自动动作，不能上传。请用“打印为 PDF”或扫描后重新生成文件。');
  if (verdict.reason === 'empty') refuse('UNREADABLE_PDF', '这个 PDF 没有任何页面，请检查后重新上传。');
  unreadablePdf();
}

/** A check the pool could not finish, said as a person can act on it; a PDF that breaks its parser is unreadable. */
function notDone(error: unknown, type: MediaType): never {
  if (!(error instanceof CheckNotDone)) throw error;
  if (error.reason === 'busy') throw uploadsBusy();
  if (type === 'application/pdf' && (error.reason === 'timeout' || error.reason === 'crash')) unreadablePdf();
  throw uploadCheckFailed();
}

export interface InspectedUpload {
  mediaType: MediaType;
  sha256: Buffer;
}

/**
 * What an upload really is, decided by decoding it: a JPEG or PNG must decode to pixels, a PDF must parse into
 * pages and carry no active content, and nothing may also read as a web page, a script or an archive. The
 * byte-level checks run in the pool's workers while sharp decodes an image in libuv's threads.
 */
export async function inspectUpload(bytes: Buffer, checks: UploadChecks): Promise<InspectedUpload> {
  const type = sniffMediaType(bytes);
  if (!type)
    return refuse('UNSUPPORTED_FILE_TYPE', '只能上传 JPG、PNG 图片或 PDF 文件。这个文件的内容不是这几种格式（改文件名不能改变格式）。');
  const decoded = type === 'application/pdf' ? Promise.resolve() : decodeImage(bytes);
  // Settled here, so a refusal by the byte checks never leaves the decode's rejection unhandled.
  const decodeOutcome = decoded.then(
    () => null,
    (error: unknown) => error,
  );
  const found = await checks.check(bytes, type).catch((error: unknown) => notDone(error, type));
  if (found.disguise) disguised();
  if (found.pdf) refusePdf(found.pdf);
  const decodeError = await decodeOutcome;
  if (decodeError) throw decodeError;
  if (type !== 'application/pdf' && !endsWithImage(bytes, type)) disguised();
  return { mediaType: type, sha256: found.sha256 };
}
