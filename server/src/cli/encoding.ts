/**
 * The encodings drafts come in: UTF-8 (with or without a BOM), UTF-16 with a
 * BOM (Windows Notepad's "Unicode"), and GB18030, the superset of GBK that
 * Chinese Windows saves by default. Detection: a BOM first, then strict UTF-8,
 * then GB18030 only when it decodes without errors and reads as Chinese text.
 */
import * as iconv from "iconv-lite";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/** How reports name an encoding. */
export const ENCODING_NAMES: Record<Encoding, string> = { "utf-8": "UTF-8", "utf-16le": "UTF-16 LE", "utf-16be": "UTF-16 BE", gb18030: "GB18030" };

export interface Decoded {
  /** Without the BOM: positions count what an editor shows. */
  text: string;
  encoding: Encoding;
  bom: boolean;
}

/** Why bytes are not a draft, in the words reports use. */
export class DecodeError extends Error {}

function strict(encoding: Encoding, bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM: a BOM is detected (and stripped) by the caller, never silently.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Text decoded from GB18030 is taken for Chinese when most of its non-ASCII
 * characters are CJK ideographs or Chinese punctuation. Bytes in another
 * 8-bit encoding (Latin-1, Shift-JIS, Big5 pairs) that happen to decode mostly
 * land in rare symbols and the extension blocks, and fail this.
 */
export function looksChinese(text: string): boolean {
  let other = 0;
  let chinese = 0;
  let ideographs = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    // CJK Unified Ideographs, Extension A, and the supplementary ideograph planes.
    const ideograph = (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x20000 && c <= 0x3134f);
    if (ideograph) ideographs++;
    // CJK punctuation (、。《》「」), full-width forms (，：（）), general punctuation (“”—…),
    // the middle dot, Roman numerals (Ⅻ) and circled numbers (①) that numbered lists use.
    const symbol = (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x206f) || c === 0xb7 || (c >= 0x2150 && c <= 0x218f) || (c >= 0x2460 && c <= 0x24ff);
    if (ideograph || symbol) chinese++;
    else other++;
  }
  return ideographs > 0 && chinese >= 0.8 * (chinese + other);
}

/**
 * Chinese text saved as GBK/GB18030 is almost all GB2312: both bytes of a pair
 * in A1–FE. A Latin-1 accent before an ASCII letter (é + t in "prête") also
 * makes a valid pair, but one whose second byte is ASCII (40–7E): the rare
 * GBK extension area. Most pairs there means the bytes are not Chinese.
 */
export function mostlyGb2312(b: Uint8Array): boolean {
  let pairs = 0;
  let gb2312 = 0;
  for (let i = 0; i < b.length; i++) {
    const lead = b[i];
    if (lead < 0x81 || lead === 0xff) continue;
    const trail = b[i + 1];
    if (trail >= 0x30 && trail <= 0x39) {
      i += 3; // a four-byte GB18030 sequence
      continue;
    }
    pairs++;
    if (lead >= 0xa1 && trail >= 0xa1) gb2312++;
    i++;
  }
  return pairs > 0 && gb2312 >= 0.8 * pairs;
}

/** Decodes a draft's bytes, or says why they are not one. */
export function decodeDraft(bytes: Uint8Array): Decoded {
  const b = bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    const text = strict("utf-8", b.subarray(3));
    if (text === undefined) throw new DecodeError("not valid UTF-8 after its UTF-8 BOM, skipped");
    return { text, encoding: "utf-8", bom: true };
  }
  for (const [encoding, lead] of [["utf-16le", [0xff, 0xfe]], ["utf-16be", [0xfe, 0xff]]] as const) {
    if (b[0] !== lead[0] || b[1] !== lead[1]) continue;
    const text = strict(encoding, b.subarray(2));
    if (text === undefined) throw new DecodeError(`not valid ${ENCODING_NAMES[encoding]} after its BOM, skipped`);
    return { text, encoding, bom: true };
  }
  // A NUL anywhere (not only in the first 8 KB) means binary: text never holds one.
  if (b.includes(0)) throw new DecodeError("binary file (contains NUL bytes; UTF-16 needs a BOM), skipped");
  const utf8 = strict("utf-8", b);
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8", bom: false };
  const gb = strict("gb18030", b);
  if (gb !== undefined && looksChinese(gb) && mostlyGb2312(b)) return { text: gb, encoding: "gb18030", bom: false };
  throw new DecodeError("not valid UTF-8, UTF-16 with a BOM, or GB18030 Chinese text (save it as UTF-8), skipped");
}

/**
 * Encodes text back as it was read (same encoding, same BOM). GB18030 is
 * checked by decoding the bytes again: text that would not come back
 * character for character is refused rather than written.
 */
export function encodeDraft(text: string, encoding: Encoding, bom: boolean): Buffer {
  const body = bom ? "\uFEFF" + text : text;
  if (encoding === "utf-8" || encoding === "utf-16le") {
    const out = Buffer.from(body, encoding === "utf-8" ? "utf8" : "utf16le");
    if (strict(encoding, out) !== body) throw new DecodeError(`the fixed text cannot be written as ${ENCODING_NAMES[encoding]} (it holds a lone surrogate)`);
    return out;
  }
  if (encoding === "utf-16be") return encodeDraft(text, "utf-16le", bom).swap16();
  const out = iconv.encode(body, "gb18030");
  if (strict("gb18030", out) !== body) throw new DecodeError("the fixed text cannot be written back in GB18030 (a character has no GB18030 form)");
  return out;
}
