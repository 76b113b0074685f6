import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { MAX_ICON_PIXELS, type Pixels } from './picture.js';

/** An embedded picture larger than this (bytes, before decoding) is a photo, a map or a logo: not read. */
export const MAX_ICON_BYTES = 64 * 1024;

/**
 * The pixels of a small PNG or JPEG embedded as a data: URI (as mammoth
 * hands Word's pictures on), or null for anything else, anything large, or
 * anything that does not decode. Only the header is trusted for size: a
 * picture declaring more pixels than an icon has is not decoded.
 */
export function decodeDataUri(src: string | undefined): Pixels | null {
  const m = /^data:image\/(png|jpeg|jpg);base64,([A-Za-z0-9+/=\s]+)$/i.exec(src ?? '');
  if (!m || (m[2].length * 3) / 4 > MAX_ICON_BYTES) return null;
  const bytes = Buffer.from(m[2], 'base64');
  try {
    if (m[1].toLowerCase() === 'png') {
      // Width and height stand at bytes 16–23 of the IHDR chunk.
      if (bytes.length < 24 || bytes.readUInt32BE(16) * bytes.readUInt32BE(20) > MAX_ICON_PIXELS) return null;
      const png = PNG.sync.read(bytes);
      return { width: png.width, height: png.height, data: png.data, channels: 4 };
    }
    const img = jpeg.decode(bytes, { useTArray: true, maxResolutionInMP: MAX_ICON_PIXELS / 1e6, maxMemoryUsageInMB: 16 });
    return { width: img.width, height: img.height, data: img.data, channels: 4 };
  } catch {
    return null;
  }
}
