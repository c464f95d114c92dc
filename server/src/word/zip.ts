/**
 * The zip container of a .docx, read and written with limits.
 *
 * fflate inflates and deflates; this file walks the container itself so that
 * (a) a zip bomb is refused from the central directory's declared sizes before
 * anything is inflated, and inflation stops at the limit even when those sizes
 * lie, and (b) a rewritten package copies every untouched entry's compressed
 * bytes as they were.
 */
import { Inflate, deflateSync } from "fflate";
import { WordError } from "./errors";

export const ZIP_LIMITS = {
  /** Word writes a few dozen entries; thousands is an attack or not a document. */
  maxEntries: 5000,
  /** Sum of declared uncompressed sizes of all entries. */
  maxTotalSize: 512 * 1024 * 1024,
  /** Any one part we inflate (document.xml of a 1000-page report is ~30 MB). */
  maxPartSize: 128 * 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the compressed data in the archive. */
  dataOffset: number;
  /** The central-directory record's time, date, attributes and comment, kept on rewrite. */
  time: number;
  date: number;
  externalAttrs: number;
  versionMadeBy: number;
}

export interface ZipArchive {
  bytes: Uint8Array;
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
const damaged = (why: string) => new WordError(`damaged .docx (${why}): open it in Word or WPS and 另存为 .docx`);

export function openZip(bytes: Uint8Array, limits = ZIP_LIMITS): ZipArchive {
  // The end-of-central-directory record is in the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged("no zip directory");
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new WordError("zip64 package (over 4 GB or 65535 entries): not a Word document Lectern reads");
  if (count > limits.maxEntries) throw new WordError(`refused: ${count} zip entries (limit ${limits.maxEntries}); a Word document has a few dozen`);
  if (cdOffset + cdSize > eocd) throw damaged("zip directory out of bounds");
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  const decoder = new TextDecoder("utf-8");
  let total = 0;
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw damaged("bad zip directory record");
    const flags = u16(bytes, p + 8);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const local = u32(bytes, p + 42);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (flags & 1) throw new WordError("encrypted zip entries: remove the password in Word or WPS and 另存为 .docx");
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw damaged(`bad local header for ${name}`);
    const entry: ZipEntry = {
      name,
      versionMadeBy: u16(bytes, p + 4),
      flags,
      method: u16(bytes, p + 10),
      time: u16(bytes, p + 12),
      date: u16(bytes, p + 14),
      crc: u32(bytes, p + 16),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      externalAttrs: u32(bytes, p + 38),
      dataOffset: local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28),
    };
    if (entry.dataOffset + entry.compressedSize > bytes.length) throw damaged(`${name} is cut short`);
    total += entry.size;
    if (total > limits.maxTotalSize) throw new WordError(`refused: the package unpacks to over ${limits.maxTotalSize / 1048576} MB (a zip bomb or not a draft)`);
    entries.push(entry);
    if (!byName.has(name)) byName.set(name, entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { bytes, entries, byName };
}

/** Inflates one entry, stopping at the limit whatever the directory declared. */
export function readEntry(zip: ZipArchive, name: string, limits = ZIP_LIMITS): Uint8Array | undefined {
  const e = zip.byName.get(name);
  if (!e) return undefined;
  const raw = zip.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
  const max = Math.min(limits.maxPartSize, Math.max(e.size, 0));
  if (e.method === 0) {
    if (raw.length > limits.maxPartSize) throw new WordError(`refused: ${name} is over ${limits.maxPartSize / 1048576} MB`);
    return raw;
  }
  if (e.method !== 8) throw damaged(`${name} uses zip method ${e.method}`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > max) over = true;
    else chunks.push(chunk);
  });
  const STEP = 16384;
  try {
    for (let i = 0; i < raw.length && !over; i += STEP) inflater.push(raw.subarray(i, Math.min(raw.length, i + STEP)), i + STEP >= raw.length);
  } catch (err) {
    throw damaged(`${name}: ${(err as Error).message}`);
  }
  if (over) throw new WordError(`refused: ${name} inflates past its declared size (a zip bomb)`);
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Writes the archive again with some entries replaced or added. Every other
 * entry keeps its compressed bytes, CRC and dates exactly; order is kept, new
 * entries go last.
 */
export function rewriteZip(zip: ZipArchive, replace: Map<string, Uint8Array>): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const now = dosTime(new Date());
  const write = (e: Omit<ZipEntry, "dataOffset">, data: Uint8Array) => {
    const name = encoder.encode(e.name);
    const flags = (e.flags & ~0x8) | 0x800; // sizes in the header, no data descriptor; UTF-8 names
    // The local header and the central directory record share these fields, from "version needed" on.
    const common = (v: DataView, at: number) => {
      v.setUint16(at, 20, true);
      v.setUint16(at + 2, flags, true);
      v.setUint16(at + 4, e.method, true);
      v.setUint16(at + 6, e.time, true);
      v.setUint16(at + 8, e.date, true);
      v.setUint32(at + 10, e.crc, true);
      v.setUint32(at + 14, e.compressedSize, true);
      v.setUint32(at + 18, e.size, true);
      v.setUint16(at + 22, name.length, true);
    };
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    common(lv, 4);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, e.versionMadeBy, true);
    common(cv, 6);
    cv.setUint32(38, e.externalAttrs, true);
    cv.setUint32(42, offset, true);
    cd.set(name, 46);
    parts.push(local, data);
    central.push(cd);
    offset += local.length + data.length;
  };
  const fresh = (name: string, content: Uint8Array, old?: ZipEntry) => {
    const packed = deflateSync(content, { level: 6 });
    write({ name, method: 8, flags: 0, crc: crc32(content), compressedSize: packed.length, size: content.length, time: now.time, date: now.date, externalAttrs: old?.externalAttrs ?? 0, versionMadeBy: old?.versionMadeBy ?? 20 }, packed);
  };
  const done = new Set<string>();
  for (const e of zip.entries) {
    if (done.has(e.name)) continue;
    done.add(e.name);
    const content = replace.get(e.name);
    if (content) fresh(e.name, content, e);
    else write(e, zip.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize));
  }
  for (const [name, content] of replace) if (!done.has(name)) fresh(name, content);
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, central.length, true);
  ev.setUint16(10, central.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of all) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}
