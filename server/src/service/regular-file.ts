/**
 * Reading a file that may be anything: only a regular file is read. A FIFO, a
 * device or a socket where a draft, a .gitignore, a pack, a target table or a
 * cache entry is expected would block the read or never end, so it is opened
 * without blocking, checked on its descriptor (no race between a check and the
 * read) and refused. Reading stops at `maxBytes`.
 */
import * as fs from "fs";

export class FileReadError extends Error {
  constructor(
    message: string,
    readonly code: "ENOTREG" | "EFBIG",
  ) {
    super(message);
  }
}

export function readRegularFile(file: string, maxBytes = Number.MAX_SAFE_INTEGER): Buffer {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    if (!st.isFile()) throw new FileReadError("not a regular file", "ENOTREG");
    if (st.size > maxBytes) throw new FileReadError(`larger than ${formatBytes(maxBytes)}`, "EFBIG");
    return readAtMost(fd, maxBytes, st.size);
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads a descriptor to its end, refusing past `maxBytes` (standard input has no size to check first). */
export function readAtMost(fd: number, maxBytes: number, sizeHint = 0): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  let buf = Buffer.allocUnsafe(Math.min(Math.max(sizeHint + 1, 64 * 1024), maxBytes + 1, 64 * 1024 * 1024));
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      // A non-blocking pipe with nothing yet: wait for it (standard input from a slow producer).
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if ((e as NodeJS.ErrnoException).code === "EOF") break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) throw new FileReadError(`larger than ${formatBytes(maxBytes)}`, "EFBIG");
    chunks.push(Buffer.from(buf.subarray(0, n)));
    if (n === buf.length) buf = Buffer.allocUnsafe(Math.min(buf.length * 2, 64 * 1024 * 1024));
  }
  return Buffer.concat(chunks, total);
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / (1024 * 1024))} MB` : `${n} bytes`;
}

/** The text of a regular file, or undefined when it is missing, not a regular file or too large. */
export function readRegularText(file: string, maxBytes?: number): string | undefined {
  try {
    return readRegularFile(file, maxBytes).toString("utf8");
  } catch {
    return undefined;
  }
}
