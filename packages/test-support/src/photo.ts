import sharp from 'sharp';

/**
 * A real PNG that does not compress: noise from a seeded generator, stored uncompressed, so its size is about
 * side² × 3 bytes (the default 1296 gives 5.0 MB, just under the API's 5 MiB limit) and the API's decoding check
 * sees a genuine image.
 */
export async function photo(seed: number, side = 1296): Promise<Buffer> {
  const pixels = Buffer.alloc(side * side * 3);
  let x = seed * 2654435761;
  for (let i = 0; i + 4 <= pixels.length; i += 4) {
    x = (x * 1103515245 + 12345) >>> 0;
    pixels.writeUInt32LE(x, i);
  }
  return sharp(pixels, { raw: { width: side, height: side, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
}
