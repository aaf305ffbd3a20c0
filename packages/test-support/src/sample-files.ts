// The bytes alone, importable without the browser harness (API tests run without DOM types).

/** A 1×1 PNG, as small as a photo can be: the API checks an upload by its content, not its name. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** What the sample PDF's page shows: a dark band and a line of text, so a rendering of it can be seen and checked. */
const PDF_PAGE_CONTENT = '0.15 0.15 0.15 rg 60 700 475 60 re f\nBT /F1 28 Tf 60 640 Td (Receipt 2026-05-20) Tj ET';

/**
 * A one-page PDF, as small as a scan can be, with something on its page: the API parses an uploaded PDF and refuses
 * one without pages, and the console shows its page as a picture.
 */
export const PDF = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj',
    '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj',
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj',
    `4 0 obj<</Length ${PDF_PAGE_CONTENT.length}>>stream`,
    PDF_PAGE_CONTENT,
    'endstream endobj',
    '5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj',
    'trailer<</Root 1 0 R>>',
    '%%EOF',
    '',
  ].join('\n'),
);
