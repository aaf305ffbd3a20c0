// @ts-check
// The byte-level checks of an upload, in a worker of the pool (check-pool.ts): scanning 5 MB for markup, hashing it
// and parsing a PDF with pdf-lib (plain JavaScript) would each hold every other request on the main thread. Plain
// JavaScript (not TypeScript) so a worker starts the same under tsx, vitest and plain node.
import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFStream } from 'pdf-lib';

/**
 * Keys and names that make a PDF do something by itself: scripts, launches, forms posting out, embedded files.
 * Links (URI) and an /OpenAction that only shows a page stay allowed: receipts carry them.
 */
const ACTIVE = new Set([
  'JS',
  'JavaScript',
  'Launch',
  'AA',
  'SubmitForm',
  'ImportData',
  'EmbeddedFile',
  'EmbeddedFiles',
  'RichMedia',
  'XFA',
  'GoToR',
  'GoToE',
  'Sound',
  'Movie',
]);

/** @param {unknown} value @param {Set<unknown>} seen @returns {string | null} */
function activeIn(value, seen) {
  if (!value || typeof value !== 'object' || seen.has(value)) return null;
  seen.add(value);
  if (value instanceof PDFName) {
    const name = value.decodeText();
    return ACTIVE.has(name) ? name : null;
  }
  const dict = value instanceof PDFStream || value instanceof PDFRawStream ? value.dict : value;
  if (dict instanceof PDFDict) {
    for (const [key, inner] of dict.entries()) {
      const name = key.decodeText();
      if (ACTIVE.has(name)) return name;
      const found = activeIn(inner, seen);
      if (found) return found;
    }
  } else if (dict instanceof PDFArray) {
    for (let i = 0; i < dict.size(); i++) {
      const found = activeIn(dict.get(i), seen);
      if (found) return found;
    }
  }
  return null;
}

/** @param {Uint8Array} bytes @returns {Promise<{ ok: true; pages: number } | { ok: false; reason: 'unreadable' | 'encrypted' | 'empty' | 'active'; detail?: string }>} */
async function inspect(bytes) {
  let doc;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  } catch (error) {
    const name = error instanceof Error ? error.constructor.name : '';
    return { ok: false, reason: name === 'EncryptedPDFError' ? 'encrypted' : 'unreadable' };
  }
  let pages = 0;
  try {
    pages = doc.getPageCount();
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (pages < 1) return { ok: false, reason: 'empty' };
  const seen = new Set();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    const found = activeIn(object, seen);
    if (found) return { ok: false, reason: 'active', detail: found };
  }
  return { ok: true, pages };
}

/**
 * Markup a browser or a script host would run if the file were opened as something else. Compressed image and
 * PDF data contain these byte strings by chance about never; an HTML or SVG page hidden in a file contains them.
 */
const MARKUP = /<(?:script|html|svg|iframe|object|embed|body|!doctype)[\s>/]|<\?php|javascript:/i;
/** A ZIP (JAR, Office file) is read from its end: its end-of-directory record sits in the last 64 KiB. */
const ZIP_END = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/** Why a file that looks like one type also reads as another, or null. @param {Buffer} bytes @param {string} type */
function disguiseIn(bytes, type) {
  // latin1 maps each byte to one character, natively and without copying logic of our own.
  if (MARKUP.test(bytes.toString('latin1'))) return 'markup';
  if (bytes.subarray(Math.max(0, bytes.length - 65_557)).includes(ZIP_END)) return 'zip';
  if (type !== 'application/pdf' && bytes.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  return null;
}

/** One job at a time: the pool sends the next only after this one's answer. */
parentPort?.on('message', async (/** @type {{ id: number; bytes: Uint8Array; type: string }} */ job) => {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  const sha256 = createHash('sha256').update(bytes).digest();
  const disguise = disguiseIn(bytes, job.type);
  const pdf = job.type === 'application/pdf' && !disguise ? await inspect(bytes).catch(() => ({ ok: false, reason: 'unreadable' })) : null;
  parentPort?.postMessage({ id: job.id, sha256, disguise, pdf });
});
