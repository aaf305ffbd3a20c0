import { Worker } from 'node:worker_threads';
import type { ATTACHMENT_LIMITS } from '@xinyong/contract';
import sharp from 'sharp';
import { AppError } from '../errors';

export type MediaType = (typeof ATTACHMENT_LIMITS.mediaTypes)[number];

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_END = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]); // IEND and its CRC
const JPEG_END = Buffer.from([0xff, 0xd9]);
/** How long a PDF may take to parse in its worker before it is refused as unreadable. */
const PDF_PARSE_MS = 15_000;

/** The type is decided by the file's first bytes, not by its name or the declared type, which anyone can change. */
export function sniffMediaType(bytes: Buffer): MediaType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  if (bytes.length >= 5 && bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

/**
 * Markup a browser or a script host would run if the file were opened as something else. Compressed image and
 * PDF data contain these byte strings by chance about never; an HTML or SVG page hidden in a file contains them.
 */
const MARKUP = /<(?:script|html|svg|iframe|object|embed|body|!doctype)[\s>/]|<\?php|javascript:/i;
/** A ZIP (JAR, Office file) is read from its end: its end-of-directory record sits in the last 64 KiB. */
const ZIP_END = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/** Why a file that looks like one type also reads as another, or null. */
export function polyglotReason(bytes: Buffer, type: MediaType): string | null {
  // latin1 maps each byte to one character, natively and without copying logic of our own.
  if (MARKUP.test(bytes.toString('latin1'))) return 'markup';
  if (bytes.subarray(Math.max(0, bytes.length - 65_557)).includes(ZIP_END)) return 'zip';
  if (type !== 'application/pdf' && bytes.subarray(0, 1024).includes('%PDF-')) return 'pdf';
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

async function decodeImage(bytes: Buffer): Promise<void> {
  // sharp decodes in libuv's thread pool: the event loop keeps serving while a photo is decoded.
  try {
    const { info } = await sharp(bytes, { failOn: 'error', limitInputPixels: 50_000_000, sequentialRead: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.width < 1 || info.height < 1) throw new Error('no pixels');
  } catch {
    refuse('UNREADABLE_IMAGE', '这张图片打不开（文件损坏或不完整），请重新拍照或导出后上传。');
  }
}

type PdfVerdict = { ok: true; pages: number } | { ok: false; reason: 'unreadable' | 'encrypted' | 'empty' | 'active'; detail?: string };

function parsePdf(bytes: Buffer): Promise<PdfVerdict> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./pdf-worker.mjs', import.meta.url), {
      workerData: bytes,
      resourceLimits: { maxOldGenerationSizeMb: 128 },
    });
    const timer = setTimeout(() => void worker.terminate(), PDF_PARSE_MS);
    let verdict: PdfVerdict = { ok: false, reason: 'unreadable' };
    worker.once('message', (message: PdfVerdict) => {
      verdict = message;
    });
    worker.once('error', () => {});
    worker.once('exit', () => {
      clearTimeout(timer);
      resolve(verdict);
    });
  });
}

async function parsePdfOrRefuse(bytes: Buffer): Promise<void> {
  const verdict = await parsePdf(bytes);
  if (verdict.ok) return;
  if (verdict.reason === 'encrypted') refuse('ENCRYPTED_PDF', '这个 PDF 设了密码，审核人员打不开。请去掉密码后再上传。');
  if (verdict.reason === 'active')
    refuse('ACTIVE_CONTENT', '这个 PDF 里带有脚本、附件或自动动作，不能上传。请用“打印为 PDF”或扫描后重新生成文件。');
  if (verdict.reason === 'empty') refuse('UNREADABLE_PDF', '这个 PDF 没有任何页面，请检查后重新上传。');
  refuse('UNREADABLE_PDF', '这个 PDF 打不开（文件损坏或不完整），请重新导出或扫描后上传。');
}

/**
 * What an upload really is, decided by decoding it: a JPEG or PNG must decode to pixels, a PDF must parse into
 * pages and carry no active content, and nothing may also read as a web page, a script or an archive.
 */
export async function inspectUpload(bytes: Buffer): Promise<MediaType> {
  const type = sniffMediaType(bytes);
  if (!type)
    return refuse('UNSUPPORTED_FILE_TYPE', '只能上传 JPG、PNG 图片或 PDF 文件。这个文件的内容不是这几种格式（改文件名不能改变格式）。');
  const disguised = () =>
    refuse('DISGUISED_FILE', '这个文件里还夹带了网页、脚本或压缩包等其他内容，不能上传。请重新拍照、截图或导出后上传。');
  if (polyglotReason(bytes, type)) disguised();
  if (type === 'application/pdf') await parsePdfOrRefuse(bytes);
  else {
    await decodeImage(bytes);
    if (!endsWithImage(bytes, type)) disguised();
  }
  return type;
}
