import type { PickedFile } from './miniprogram';

/** A 1×1 PNG, as small as a photo can be: the API checks an upload by its content, not its name. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** A minimal PDF: its %PDF- header is what the API checks. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** A photo from the phone's album, under the name a person would see. */
export const photo = (name: string): PickedFile => ({ name, mimeType: 'image/png', buffer: PNG });

/** A scanned document saved as PDF. */
export const pdfFile = (name: string): PickedFile => ({ name, mimeType: 'application/pdf', buffer: PDF });
