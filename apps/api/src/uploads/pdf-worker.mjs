// @ts-check
// Parses one PDF off the main thread: pdf-lib is plain JavaScript, and a 5 MB file would otherwise hold every
// other request while it parses. Plain JavaScript (not TypeScript) so a worker starts the same under tsx,
// vitest and plain node.
import { parentPort, workerData } from 'node:worker_threads';
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

inspect(workerData).then(
  (verdict) => parentPort?.postMessage(verdict),
  () => parentPort?.postMessage({ ok: false, reason: 'unreadable' }),
);
