import { PDF, PNG } from '@xinyong/test-support/files';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors';
import { uploadCheckPool } from '../../src/uploads/check-pool';
import { inspectUpload as inspectWith } from '../../src/uploads/inspect';

const checks = uploadCheckPool();
afterAll(() => checks.close());
const inspectUpload = async (bytes: Buffer) => (await inspectWith(bytes, checks)).mediaType;

const refusal = (bytes: Buffer) =>
  inspectUpload(bytes).then(
    () => null,
    (error: unknown) =>
      error instanceof AppError ? { status: error.statusCode, code: error.code, message: error.message } : String(error),
  );

const jpeg = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a7' } })
    .jpeg()
    .toBuffer();

/** A one-page PDF whose catalogue carries the given extra entries. */
const pdfWith = (catalogExtra: string, extraObjects = '') =>
  Buffer.from(
    [
      '%PDF-1.4',
      `1 0 obj<</Type/Catalog/Pages 2 0 R${catalogExtra}>>endobj`,
      '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj',
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj',
      extraObjects,
      'trailer<</Root 1 0 R>>',
      '%%EOF',
    ].join('\n'),
  );

describe('an upload is what it decodes to', () => {
  it('takes a real PNG, JPEG and one-page PDF', async () => {
    expect(await inspectUpload(PNG)).toBe('image/png');
    expect(await inspectUpload(await jpeg())).toBe('image/jpeg');
    expect(await inspectUpload(PDF)).toBe('application/pdf');
    // A page that only opens on itself is no active content.
    expect(await inspectUpload(pdfWith('/OpenAction[3 0 R/Fit]'))).toBe('application/pdf');
  });

  it('refuses a PNG signature followed by anything but a picture', async () => {
    const fake = Buffer.concat([PNG.subarray(0, 8), Buffer.alloc(200, 7)]);
    expect(await refusal(fake)).toMatchObject({ status: 415, code: 'UNREADABLE_IMAGE', message: expect.stringContaining('打不开') });
  });

  it('refuses a %PDF- header on something that is not a PDF', async () => {
    const fake = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(300, 32)]);
    expect(await refusal(fake)).toMatchObject({ status: 415, code: 'UNREADABLE_PDF' });
  });

  it('refuses a PDF that runs a script when opened, or carries one deep inside', async () => {
    expect(await refusal(pdfWith('/OpenAction<</S/JavaScript/JS(app.alert(1))>>'))).toMatchObject({ code: 'ACTIVE_CONTENT' });
    expect(await refusal(pdfWith('/Names 4 0 R', '4 0 obj<</EmbeddedFiles 5 0 R>>endobj\n5 0 obj<</Names[]>>endobj'))).toMatchObject({
      code: 'ACTIVE_CONTENT',
    });
    expect(await refusal(pdfWith('/AcroForm<</Fields[]/XFA 4 0 R>>', '4 0 obj<<>>endobj'))).toMatchObject({ code: 'ACTIVE_CONTENT' });
  });

  it('refuses polyglots: a picture that is also a web page, an archive or a PDF', async () => {
    const html = Buffer.from('<html><script>fetch("/api/v1/me/records")</script></html>');
    expect(await refusal(Buffer.concat([PNG, html]))).toMatchObject({ code: 'DISGUISED_FILE' });
    // A ZIP is read from its end-of-directory record; appended to a JPEG it makes a JAR or an archive of it.
    const zipEnd = Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]);
    expect(await refusal(Buffer.concat([await jpeg(), zipEnd]))).toMatchObject({ code: 'DISGUISED_FILE' });
    const withPdf = Buffer.concat([(await jpeg()).subarray(0, 20), Buffer.from('%PDF-1.4'), (await jpeg()).subarray(20)]);
    expect(await refusal(withPdf)).toMatchObject({ code: 'DISGUISED_FILE' });
    expect(await refusal(Buffer.concat([pdfWith(''), Buffer.from('\n<svg onload="alert(1)"></svg>')]))).toMatchObject({
      code: 'DISGUISED_FILE',
    });
  });

  it('refuses data after the end of an image, even if it decodes', async () => {
    expect(await refusal(Buffer.concat([PNG, Buffer.from('trailing payload')]))).toMatchObject({ code: 'DISGUISED_FILE' });
    // Zero padding, as some cameras write, is not content.
    expect(await inspectUpload(Buffer.concat([await jpeg(), Buffer.alloc(64)]))).toBe('image/jpeg');
  });

  it('refuses SVG and HTML outright: they are not among the types taken', async () => {
    expect(await refusal(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toMatchObject({
      code: 'UNSUPPORTED_FILE_TYPE',
    });
  });
});
