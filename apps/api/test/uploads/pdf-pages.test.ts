import { PDF } from '@xinyong/test-support/files';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PDF_PAGES, PdfRenderError, renderPdfPages } from '../../src/uploads/pdf-pages';

describe('a case PDF shown as pictures of its pages', () => {
  it('renders each page of a real PDF to a PNG no larger than the limit', async () => {
    const pages = await renderPdfPages(PDF);
    expect(pages).toHaveLength(1);
    const page = pages[0] as Buffer;
    expect(page.subarray(1, 4).toString('latin1')).toBe('PNG');
    const meta = await sharp(page).metadata();
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBe(PDF_PAGES.scaleTo);
    // Not a blank page: the sample's text leaves dark pixels.
    const { channels } = await sharp(page).stats();
    expect(Math.min(...channels.slice(0, 3).map((c) => c.min))).toBeLessThan(128);
  });

  it('fails with its own error for a file that is not a PDF or a missing renderer', async () => {
    await expect(renderPdfPages(Buffer.from('not a pdf'))).rejects.toBeInstanceOf(PdfRenderError);
    await expect(renderPdfPages(PDF, { binary: '/nonexistent/pdftoppm' })).rejects.toBeInstanceOf(PdfRenderError);
  });
});
