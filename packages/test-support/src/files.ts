import type { PickedFile } from './miniprogram';

import { PDF, PNG } from './sample-files';

export { PDF, PNG };

/** A photo from the phone's album, under the name a person would see. */
export const photo = (name: string): PickedFile => ({ name, mimeType: 'image/png', buffer: PNG });

/** A scanned document saved as PDF. */
export const pdfFile = (name: string): PickedFile => ({ name, mimeType: 'application/pdf', buffer: PDF });
