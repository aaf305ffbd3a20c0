import QRCode from 'qrcode';

/** A QR code as a square of modules, drawn by the renderer as vector squares (sharp at any zoom, a few hundred bytes). */
export interface QrMatrix {
  size: number;
  dark(row: number, column: number): boolean;
}

/** Error correction M (15 %): survives a fold or a smudge on a printed page and keeps the code small. */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (row, column) => modules.get(row, column) === 1 };
}
