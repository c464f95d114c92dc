/** Why a file cannot be read as a Word document, in one line that says what to do. */
export class WordError extends Error {}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// "EncryptedPackage" in UTF-16LE: the stream an encrypted .docx keeps inside its OLE container.
const ENCRYPTED_PACKAGE = Uint8Array.from([..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]));

function includes(hay: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** A Word 97–2003 or WPS binary document (an OLE compound file, not encrypted): LibreOffice can convert it. */
export function isLegacyBinary(bytes: Uint8Array): boolean {
  return OLE_MAGIC.every((b, i) => bytes[i] === b) && !includes(bytes, ENCRYPTED_PACKAGE);
}

/**
 * Refuses what is not a .docx zip package before any parsing: Word 97–2003
 * .doc, WPS .wps and encrypted documents are all OLE compound files.
 */
export function refuseNonDocx(bytes: Uint8Array, name: string): void {
  const lower = name.toLowerCase();
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    if (includes(bytes, ENCRYPTED_PACKAGE)) throw new WordError("password-protected (encrypted) Word document: remove the password in Word or WPS, then 另存为 .docx");
    if (lower.endsWith(".wps")) throw new WordError("WPS document (.wps): open it in WPS and 另存为 .docx");
    throw new WordError("Word 97–2003 document (.doc): open it in Word or WPS and 另存为 .docx");
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    if (lower.endsWith(".wps")) throw new WordError("not a document Lectern reads (.wps): open it in WPS and 另存为 .docx");
    throw new WordError("not a .docx (no zip package inside): open it in Word or WPS and 另存为 .docx");
  }
}
