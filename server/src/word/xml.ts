/**
 * XML parts as hostile input: a part with a DTD (<!DOCTYPE, <!ENTITY) is
 * refused before parsing, so no entity is ever declared, expanded or fetched
 * (no XXE, no billion laughs). Word never writes a DTD. Parsed by dom.ts.
 */
import { parseXmlTree, serializeTree, XElement, XmlLimitError, type XDocument, type XNode } from "./dom";
import { WordError } from "./errors";

export type Document = XDocument;
export type Element = XElement;
export type Node = XNode;

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main";
export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const DTD = /<!DOCTYPE|<!ENTITY/i;

export function decodeXml(bytes: Uint8Array, part: string): string {
  let text: string;
  // Word writes UTF-8; a UTF-16 part starts with a BOM.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes);
  else {
    // Invalid UTF-8 is refused, not read as U+FFFD (and written back into a reviewed copy).
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new WordError(`damaged .docx (${part} is not valid UTF-8): open it in Word or WPS and 另存为 .docx`);
    }
  }
  if (DTD.test(text)) throw new WordError(`refused: ${part} declares a DTD or entities, which Word never writes`);
  return text;
}

export function parseXml(bytes: Uint8Array, part: string): Document {
  return parseXmlText(decodeXml(bytes, part), part);
}

export function parseXmlText(text: string, part: string): Document {
  try {
    return parseXmlTree(text);
  } catch (e) {
    if (e instanceof XmlLimitError) throw new WordError(`document too large (document.tooLarge): ${part} has ${e.message}; Lectern reads drafts, not archives — split it or 另存为 a smaller .docx`);
    throw new WordError(`damaged .docx (${part} is not well-formed XML: ${String((e as Error).message).split("\n")[0]}): open it in Word or WPS and 另存为 .docx`);
  }
}

export function serializeXml(doc: Document): string {
  return serializeTree(doc);
}

export const isW = (n: Node | null | undefined): n is Element => n instanceof XElement && (n.namespaceURI === W_NS || n.namespaceURI === W_STRICT_NS);

/** The w: local name of an element, or "" for anything else. */
export const wName = (n: Node | null | undefined): string => (isW(n) ? n.localName : "");

export function wChildren(e: Element, name?: string): Element[] {
  const out: Element[] = [];
  for (let c = e.firstChild; c; c = c.nextSibling) if (isW(c) && (!name || c.localName === name)) out.push(c);
  return out;
}

export function wChild(e: Element | undefined, name: string): Element | undefined {
  if (!e) return undefined;
  for (let c = e.firstChild; c; c = c.nextSibling) if (isW(c) && c.localName === name) return c;
  return undefined;
}

/** A w: attribute (w:val etc.), in either namespace. */
export function wAttr(e: Element | undefined, name: string): string | undefined {
  if (!e) return undefined;
  // Word always writes the w: prefix; another prefix for the same namespace is looked up.
  const a = e.getAttribute("w:" + name) ?? e.getAttributeNS(W_NS, name) ?? e.getAttributeNS(W_STRICT_NS, name);
  return a === null || a === "" ? undefined : a;
}

/** An on/off property (w:b, w:vanish): present and not false. */
export function wOn(e: Element | undefined): boolean {
  if (!e) return false;
  const v = wAttr(e, "val");
  return v === undefined || !["0", "false", "off"].includes(v);
}

