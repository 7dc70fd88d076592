"use strict";
// Just enough PNG for app icons, with zlib from Node's standard library: write 8-bit RGBA images, read the header
// (size, colour type, transparency) and decode 8-bit non-interlaced images to RGBA to look at their pixels.
const zlib = require("node:zlib");
const { crc32 } = require("./crc32");

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const colorTypes = { 0: "greyscale", 2: "truecolour", 3: "indexed", 4: "greyscale with alpha", 6: "truecolour with alpha" };
const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG of width × height 8-bit RGBA pixels (rgba: width*height*4 bytes, rows top to bottom). */
function encodeRgba(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  const idat = zlib.deflateSync(rows, { level: 9 });
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", idat), chunk("IEND", Buffer.alloc(0))]);
}

/** The chunks of a PNG; throws on a bad signature or checksum. */
function readChunks(buffer) {
  if (buffer.length < 8 || !buffer.subarray(0, 8).equals(signature)) throw new Error("not a PNG file (bad signature)");
  const chunks = [];
  for (let offset = 8; offset + 12 <= buffer.length; ) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString("ascii", offset + 4, offset + 8);
    const data = buffer.subarray(offset + 8, offset + 8 + length);
    if (crc32(buffer.subarray(offset + 4, offset + 8 + length)) !== buffer.readUInt32BE(offset + 8 + length)) {
      throw new Error(`PNG chunk ${type} has a bad checksum`);
    }
    chunks.push({ type, data });
    offset += 12 + length;
    if (type === "IEND") break;
  }
  if (chunks[0]?.type !== "IHDR") throw new Error("PNG does not start with IHDR");
  return chunks;
}

/** Size and format from the header: { width, height, bitDepth, colorType, colorTypeName, interlaced, hasAlphaChannel }. */
function readInfo(buffer) {
  const chunks = readChunks(buffer);
  const ihdr = chunks[0].data;
  const colorType = ihdr[9];
  return {
    width: ihdr.readUInt32BE(0),
    height: ihdr.readUInt32BE(4),
    bitDepth: ihdr[8],
    colorType,
    colorTypeName: colorTypes[colorType] ?? `unknown (${colorType})`,
    interlaced: ihdr[12] === 1,
    hasAlphaChannel: colorType === 4 || colorType === 6 || chunks.some((c) => c.type === "tRNS"),
  };
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes the per-row filters of 8-bit scanlines (bpp bytes per pixel). */
function unfilter(raw, width, height, bpp) {
  const stride = width * bpp;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= bpp ? out[y * stride + x - bpp] : 0;
      const up = y > 0 ? out[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= bpp ? out[(y - 1) * stride + x - bpp] : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`PNG row ${y} has unknown filter ${filter}`);
      out[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  return out;
}

/** Decodes an 8-bit, non-interlaced PNG to { width, height, rgba }. */
function decodeRgba(buffer) {
  const info = readInfo(buffer);
  if (info.bitDepth !== 8 || info.interlaced || !(info.colorType in channels)) {
    throw new Error(`cannot read the pixels of a ${info.bitDepth}-bit ${info.colorTypeName}${info.interlaced ? " interlaced" : ""} PNG`);
  }
  const chunks = readChunks(buffer);
  const bpp = channels[info.colorType];
  const pixels = unfilter(zlib.inflateSync(Buffer.concat(chunks.filter((c) => c.type === "IDAT").map((c) => c.data))), info.width, info.height, bpp);
  const palette = chunks.find((c) => c.type === "PLTE")?.data;
  const paletteAlpha = chunks.find((c) => c.type === "tRNS")?.data;
  const rgba = Buffer.alloc(info.width * info.height * 4);
  for (let i = 0; i < info.width * info.height; i++) {
    const p = pixels.subarray(i * bpp, (i + 1) * bpp);
    const [r, g, b, a] =
      info.colorType === 6 ? p
      : info.colorType === 2 ? [p[0], p[1], p[2], 255]
      : info.colorType === 4 ? [p[0], p[0], p[0], p[1]]
      : info.colorType === 0 ? [p[0], p[0], p[0], 255]
      : [palette[p[0] * 3], palette[p[0] * 3 + 1], palette[p[0] * 3 + 2], paletteAlpha?.[p[0]] ?? 255];
    rgba.set([r, g, b, a], i * 4);
  }
  return { width: info.width, height: info.height, rgba };
}

module.exports = { encodeRgba, readInfo, decodeRgba };
