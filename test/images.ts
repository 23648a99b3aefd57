import { crc32, deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';

/**
 * Real image files built in the test, with the metadata a phone writes: EXIF with a GPS
 * position (Phnom Penh), XMP, comments. The GPS block is returned too, so a test can
 * look for its bytes in what it gets back.
 */

/** Pixels in a pattern, so a decoder that mixes them up would notice. */
export function pixels(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    data.set([(i * 37) & 0xff, (i * 11) & 0xff, (i * 3) & 0xff, 0xff], i * 4);
  }
  return data;
}

/** A big-endian TIFF/EXIF block: IFD0 with Orientation and a GPS IFD (N 11°33'42", E 104°55'4"). */
export function exifWithGps(orientation: number): { tiff: Buffer; gps: Buffer } {
  const ifd0 = Buffer.alloc(2 + 2 * 12 + 4);
  ifd0.writeUInt16BE(2, 0);
  entry(ifd0, 2, 0x0112, 3, 1, orientation << 16);
  const gpsOffset = 8 + ifd0.length;
  entry(ifd0, 14, 0x8825, 4, 1, gpsOffset);
  const gpsEntries = 4;
  const gpsIfdLength = 2 + gpsEntries * 12 + 4;
  const rationals = gpsOffset + gpsIfdLength;
  const gps = Buffer.alloc(gpsIfdLength + 48);
  gps.writeUInt16BE(gpsEntries, 0);
  entry(gps, 2, 0x0001, 2, 2, 0x4e000000); // GPSLatitudeRef "N"
  entry(gps, 14, 0x0002, 5, 3, rationals); // GPSLatitude
  entry(gps, 26, 0x0003, 2, 2, 0x45000000); // GPSLongitudeRef "E"
  entry(gps, 38, 0x0004, 5, 3, rationals + 24); // GPSLongitude
  [11, 1, 33, 1, 4200, 100, 104, 1, 55, 1, 400, 100].forEach((value, i) =>
    gps.writeUInt32BE(value, gpsIfdLength + i * 4),
  );
  const header = Buffer.from([0x4d, 0x4d, 0, 42, 0, 0, 0, 8]);
  return { tiff: Buffer.concat([header, ifd0, gps]), gps };
}

function entry(ifd: Buffer, at: number, tag: number, type: number, count: number, value: number) {
  ifd.writeUInt16BE(tag, at);
  ifd.writeUInt16BE(type, at + 2);
  ifd.writeUInt32BE(count, at + 4);
  ifd.writeUInt32BE(value >>> 0, at + 8);
}

function jpegSegment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16BE(0xff00 + marker, 0);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

export const XMP_WITH_LOCATION =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><exif:GPSLatitude>11,33.7N</exif:GPSLatitude></x:xmpmeta>';

/**
 * A JPEG encoded by jpeg-js, then given what a phone adds: EXIF (orientation 6 and GPS),
 * XMP, a comment, and a second picture with its own EXIF appended after the end marker.
 */
export function jpegWithGps(width = 16, height = 8) {
  const encoded = jpeg.encode({ data: pixels(width, height), width, height }, 90).data;
  const { tiff, gps } = exifWithGps(6);
  const exif = jpegSegment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]));
  const xmp = jpegSegment(
    0xe1,
    Buffer.from(`http://ns.adobe.com/xap/1.0/\0${XMP_WITH_LOCATION}`, 'latin1'),
  );
  const comment = jpegSegment(0xfe, Buffer.from('taken at 11.5617N 104.9178E', 'latin1'));
  const trailer = Buffer.concat([Buffer.from([0xff, 0xd8]), exif, Buffer.from([0xff, 0xd9])]);
  const file = Buffer.concat([
    encoded.subarray(0, 2),
    exif,
    xmp,
    comment,
    encoded.subarray(2),
    trailer,
  ]);
  return { file, gps, encoded };
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGBA PNG with eXIf (GPS), iTXt (XMP), tEXt and tIME chunks, and data after IEND. */
export function pngWithGps(width = 4, height = 3) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const rgba = pixels(width, height);
  const raw = Buffer.concat(
    Array.from({ length: height }, (_, y) =>
      Buffer.concat([Buffer.from([0]), rgba.subarray(y * width * 4, (y + 1) * width * 4)]),
    ),
  );
  const { tiff, gps } = exifWithGps(1);
  const idat = pngChunk('IDAT', deflateSync(raw));
  const file = Buffer.concat([
    Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
    pngChunk('IHDR', ihdr),
    pngChunk('sRGB', Buffer.from([0])),
    pngChunk('eXIf', tiff),
    pngChunk('iTXt', Buffer.from(`XML:com.adobe.xmp\0\0\0\0\0${XMP_WITH_LOCATION}`, 'latin1')),
    pngChunk('tEXt', Buffer.from('Comment\0taken at 11.5617N 104.9178E', 'latin1')),
    pngChunk('tIME', Buffer.from([0x07, 0xea, 11, 24, 10, 0, 0])),
    idat,
    pngChunk('IEND', Buffer.alloc(0)),
    Buffer.from('trailing junk 11.5617N', 'latin1'),
  ]);
  return { file, gps, raw, idat };
}

function riffChunk(fourcc: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(fourcc, 0, 'latin1');
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat([head, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
}

/** A WebP container (VP8X with EXIF and XMP flags, ICCP, VP8L, EXIF, XMP). */
export function webpWithGps() {
  const vp8x = Buffer.alloc(10);
  vp8x[0] = 0x20 | 0x08 | 0x04; // ICC, EXIF, XMP
  const { tiff, gps } = exifWithGps(1);
  const image = riffChunk(
    'VP8L',
    Buffer.from([0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07]),
  );
  const body = Buffer.concat([
    Buffer.from('WEBP', 'latin1'),
    riffChunk('VP8X', vp8x),
    riffChunk('ICCP', Buffer.from('fake icc profile', 'latin1')),
    image,
    riffChunk('EXIF', tiff),
    riffChunk('XMP ', Buffer.from(XMP_WITH_LOCATION, 'latin1')),
  ]);
  const head = Buffer.alloc(8);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(body.length, 4);
  return { file: Buffer.concat([head, body]), gps, image };
}
