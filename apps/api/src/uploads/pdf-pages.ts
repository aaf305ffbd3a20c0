import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A PDF of a case shown to its reviewer as pictures of its pages, rendered here with poppler's pdftoppm (Debian
 * poppler-utils): the console then shows plain images under its strict CSP, and no PDF viewer, plugin or script
 * of the browser ever runs the file. The file was already decoded and checked for active content at upload.
 */
export const PDF_PAGES = {
  /** Pages shown in the page; a longer file says how many more there are. */
  maxPages: 10,
  /** Longest side of a page picture in pixels: readable on a 1280 px screen, a few hundred KB at most. */
  scaleTo: 1400,
  /** A file that takes longer than this to render is not shown (a bad file must not hold a process). */
  timeoutMs: 15_000,
} as const;

export class PdfRenderError extends Error {
  override name = 'PdfRenderError';
}

export async function renderPdfPages(bytes: Buffer, options: { binary?: string } = {}): Promise<Buffer[]> {
  const dir = await mkdtemp(join(tmpdir(), 'xinyong-pdf-'));
  try {
    const input = join(dir, 'in.pdf');
    await writeFile(input, bytes);
    await new Promise<void>((resolve, reject) => {
      execFile(
        options.binary ?? 'pdftoppm',
        ['-png', '-f', '1', '-l', String(PDF_PAGES.maxPages), '-scale-to', String(PDF_PAGES.scaleTo), input, join(dir, 'page')],
        { timeout: PDF_PAGES.timeoutMs, maxBuffer: 1024 * 1024 },
        (error) => (error ? reject(new PdfRenderError(`pdftoppm: ${error.message}`)) : resolve()),
      );
    });
    // pdftoppm numbers pages with as many digits as the last page needs: page-1.png, or page-01.png … page-10.png.
    const files = (await readdir(dir)).filter((f) => /^page-\d+\.png$/.test(f)).sort((a, b) => pageNo(a) - pageNo(b));
    if (files.length === 0) throw new PdfRenderError('pdftoppm rendered no page');
    return Promise.all(files.map((f) => readFile(join(dir, f))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const pageNo = (file: string) => Number(/(\d+)\.png$/.exec(file)?.[1] ?? 0);
