/**
 * A small, strict XML tree for OOXML parts: elements with namespaces, text,
 * and comments/processing instructions kept as they were. No DTD (refused
 * before parsing), no entities but the five predefined ones and character
 * references, so nothing is ever expanded or fetched.
 *
 * Why not @xmldom/xmldom: on a 100-page report's 788 KB document.xml it took
 * 180–350 ms of CPU where this parser takes about 15 ms (see README, Word),
 * and `lectern check` on a 100-page .docx has a 1 s budget. The tests check
 * every package Lectern writes with @xmldom/xmldom, independently.
 */

export const XML_NS = "http://www.w3.org/XML/1998/namespace";

export class XNode {
  parentNode: XElement | null = null;
  nextSibling: XNode | null = null;
  previousSibling: XNode | null = null;
  constructor(readonly nodeType: 1 | 3 | 7 | 8) {}
  get textContent(): string {
    return "";
  }
}

export class XText extends XNode {
  constructor(public data: string) {
    super(3);
  }
  override get textContent(): string {
    return this.data;
  }
}

/** A comment, processing instruction or CDATA-free raw markup, serialised as read. */
export class XRaw extends XNode {
  constructor(readonly raw: string) {
    super(8);
  }
}

export interface XAttr {
  /** As written: w:val, xmlns:w, Id. */
  name: string;
  value: string;
  /** The namespace of a prefixed attribute, resolved when it was parsed (null: none). */
  ns?: string | null;
}

export class XElement extends XNode {
  firstChild: XNode | null = null;
  lastChild: XNode | null = null;
  attributes: XAttr[] = [];
  constructor(
    readonly tagName: string,
    readonly namespaceURI: string | null,
  ) {
    super(1);
  }
  get localName(): string {
    const i = this.tagName.indexOf(":");
    return i < 0 ? this.tagName : this.tagName.slice(i + 1);
  }
  get prefix(): string {
    const i = this.tagName.indexOf(":");
    return i < 0 ? "" : this.tagName.slice(0, i);
  }
  override get textContent(): string {
    let s = "";
    for (let c = this.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 || c.nodeType === 1) s += c.textContent;
    return s;
  }
  getAttribute(name: string): string | null {
    for (const a of this.attributes) if (a.name === name) return a.value;
    return null;
  }
  /** An attribute by namespace and local name, resolving its prefix in scope. */
  getAttributeNS(ns: string | null, local: string): string | null {
    for (const a of this.attributes) {
      const i = a.name.indexOf(":");
      if (i < 0) {
        if (!ns && a.name === local) return a.value;
        continue;
      }
      if (a.name.slice(i + 1) !== local) continue;
      const prefix = a.name.slice(0, i);
      if (prefix === "xmlns") continue;
      if ((a.ns !== undefined ? a.ns : lookupNamespace(this, prefix)) === ns) return a.value;
    }
    return null;
  }
  setAttribute(name: string, value: string): void {
    const a = this.attributes.find((x) => x.name === name);
    if (a) a.value = value;
    else this.attributes.push({ name, value });
  }
  appendChild<T extends XNode>(child: T): T {
    return this.insertBefore(child, null);
  }
  insertBefore<T extends XNode>(child: T, ref: XNode | null): T {
    if (child.parentNode) child.parentNode.removeChild(child);
    child.parentNode = this;
    const prev = ref ? ref.previousSibling : this.lastChild;
    child.previousSibling = prev;
    child.nextSibling = ref;
    if (prev) prev.nextSibling = child;
    else this.firstChild = child;
    if (ref) ref.previousSibling = child;
    else this.lastChild = child;
    return child;
  }
  removeChild<T extends XNode>(child: T): T {
    if (child.previousSibling) child.previousSibling.nextSibling = child.nextSibling;
    else this.firstChild = child.nextSibling;
    if (child.nextSibling) child.nextSibling.previousSibling = child.previousSibling;
    else this.lastChild = child.previousSibling;
    child.parentNode = child.nextSibling = child.previousSibling = null;
    return child;
  }
  replaceChild(child: XNode, old: XNode): void {
    this.insertBefore(child, old);
    this.removeChild(old);
  }
  cloneNode(deep: boolean): XElement {
    const e = new XElement(this.tagName, this.namespaceURI);
    e.attributes = this.attributes.map((a) => ({ ...a }));
    if (deep) for (let c = this.firstChild; c; c = c.nextSibling) e.appendChild(c instanceof XElement ? c.cloneNode(true) : c instanceof XText ? new XText(c.data) : new XRaw((c as XRaw).raw));
    return e;
  }
  /** Every descendant element with this namespace and local name ("*" for any). */
  getElementsByTagNameNS(ns: string, local: string): XElement[] {
    const out: XElement[] = [];
    const walk = (e: XElement) => {
      for (let c = e.firstChild; c; c = c.nextSibling) {
        if (!(c instanceof XElement)) continue;
        if ((ns === "*" || c.namespaceURI === ns) && (local === "*" || c.localName === local)) out.push(c);
        walk(c);
      }
    };
    walk(this);
    return out;
  }
}

function lookupNamespace(e: XElement | null, prefix: string): string | null {
  if (prefix === "xml") return XML_NS;
  const key = prefix ? "xmlns:" + prefix : "xmlns";
  for (let n = e; n; n = n.parentNode) {
    const v = n.getAttribute(key);
    if (v !== null) return v || null;
  }
  return null;
}

export class XDocument {
  /** The XML declaration and anything before the root, as read. */
  prolog = "";
  documentElement: XElement | null = null;
  createElementNS(ns: string | null, qualifiedName: string): XElement {
    return new XElement(qualifiedName, ns);
  }
  createTextNode(data: string): XText {
    return new XText(data);
  }
}

export class XmlError extends Error {}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][\w.-]*);|&/g, (m, name: string | undefined) => {
    if (!name) throw new XmlError("a bare & in text");
    if (name[0] === "#") {
      const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!(code > 0 && code <= 0x10ffff)) throw new XmlError(`bad character reference ${m}`);
      return String.fromCodePoint(code);
    }
    const v = ENTITIES[name];
    if (v === undefined) throw new XmlError(`undeclared entity ${m}`);
    return v;
  });
}

const NAME = /^[A-Za-z_][\w.:-]*$/;

/**
 * What one part may hold. A 1,000-page report's document.xml has a few hundred
 * thousand elements nested a few dozen deep; more is refused with one line
 * before it costs memory, and nothing downstream recurses deeper than this.
 */
export const XML_LIMITS = { maxElements: 1_000_000, maxDepth: 512 };

/** Thrown when a part is within the zip limits but holds more than a document does. */
export class XmlLimitError extends Error {}
const ATTR = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

/** Parses one XML part. Throws XmlError on anything not well-formed. */
export function parseXmlTree(text: string, limits = XML_LIMITS): XDocument {
  const doc = new XDocument();
  const stack: XElement[] = [];
  // Namespaces in scope, one stack of URIs per prefix ("" the default), and per open element
  // the prefixes it declared: a lookup is one map access, whatever the nesting.
  const scopes = new Map<string, (string | null)[]>();
  const declared: (string[] | undefined)[] = [];
  const lookup = (prefix: string): string | null => {
    if (prefix === "xml") return XML_NS;
    const s = scopes.get(prefix);
    return s && s.length ? s[s.length - 1] : null;
  };
  const closeScope = () => {
    for (const prefix of declared.pop() ?? []) scopes.get(prefix)!.pop();
  };
  let elements = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  const append = (node: XNode) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.appendChild(node);
    else if (node.nodeType === 3 && !/^\s*$/.test((node as XText).data)) throw new XmlError("text outside the root element");
  };
  while (i < n) {
    const lt = text.indexOf("<", i);
    if (lt < 0) {
      if (stack.length || text.slice(i).trim()) throw new XmlError("unexpected end of the part");
      break;
    }
    if (lt > i) {
      const raw = text.slice(i, lt);
      if (stack.length) append(new XText(decodeEntities(raw)));
      else if (doc.documentElement || raw.trim()) {
        if (raw.trim()) throw new XmlError("text outside the root element");
      } else doc.prolog += raw;
    }
    const c = text.charCodeAt(lt + 1);
    if (c === 0x21 /* ! */) {
      if (text.startsWith("<!--", lt)) {
        const end = text.indexOf("-->", lt + 4);
        if (end < 0) throw new XmlError("unterminated comment");
        const raw = text.slice(lt, end + 3);
        if (stack.length) append(new XRaw(raw));
        else if (!doc.documentElement) doc.prolog += raw;
        i = end + 3;
        continue;
      }
      if (text.startsWith("<![CDATA[", lt)) {
        const end = text.indexOf("]]>", lt + 9);
        if (end < 0 || !stack.length) throw new XmlError("bad CDATA section");
        append(new XText(text.slice(lt + 9, end)));
        i = end + 3;
        continue;
      }
      throw new XmlError("a DTD or declaration, which OOXML never has");
    }
    if (c === 0x3f /* ? */) {
      const end = text.indexOf("?>", lt + 2);
      if (end < 0) throw new XmlError("unterminated processing instruction");
      const raw = text.slice(lt, end + 2);
      if (stack.length) append(new XRaw(raw));
      else if (!doc.documentElement) doc.prolog += raw;
      i = end + 2;
      continue;
    }
    const gt = findTagEnd(text, lt + 1);
    if (gt < 0) throw new XmlError("unterminated tag");
    if (c === 0x2f /* / */) {
      const name = text.slice(lt + 2, gt).trim();
      const open = stack.pop();
      if (!open || open.tagName !== name) throw new XmlError(`</${name}> closes ${open ? `<${open.tagName}>` : "nothing"}`);
      closeScope();
      i = gt + 1;
      continue;
    }
    const selfClosing = text.charCodeAt(gt - 1) === 0x2f;
    const body = text.slice(lt + 1, selfClosing ? gt - 1 : gt);
    const sp = body.search(/\s/);
    const tagName = sp < 0 ? body : body.slice(0, sp);
    if (!NAME.test(tagName)) throw new XmlError(`bad element name <${tagName}>`);
    if (!stack.length && doc.documentElement) throw new XmlError("a second root element");
    if (++elements > limits.maxElements) throw new XmlLimitError(`over ${limits.maxElements.toLocaleString("en")} elements`);
    if (stack.length >= limits.maxDepth) throw new XmlLimitError(`elements nested over ${limits.maxDepth} deep`);
    const attrs: XAttr[] = [];
    const seen = new Set<string>();
    if (sp >= 0) {
      let k = sp;
      while (k < body.length) {
        while (k < body.length && /\s/.test(body[k])) k++;
        if (k >= body.length) break;
        ATTR.lastIndex = k;
        const m = ATTR.exec(body);
        if (!m) throw new XmlError(`bad attribute in <${tagName}>`);
        const value = m[2] ?? m[3];
        if (value.includes("<")) throw new XmlError(`< in an attribute of <${tagName}>`);
        if (seen.has(m[1])) throw new XmlError(`attribute ${m[1]} twice in <${tagName}>`);
        seen.add(m[1]);
        attrs.push({ name: m[1], value: decodeEntities(value) });
        k = ATTR.lastIndex;
      }
    }
    const e = new XElement(tagName, null);
    e.attributes = attrs;
    // The namespace is resolved with this element's own declarations in scope.
    const parent = stack[stack.length - 1] ?? null;
    if (parent) parent.appendChild(e);
    else doc.documentElement = e;
    // This element's own declarations are in scope for its name and attributes.
    let mine: string[] | undefined;
    for (const a of attrs) {
      const prefix = a.name === "xmlns" ? "" : a.name.startsWith("xmlns:") ? a.name.slice(6) : undefined;
      if (prefix === undefined) continue;
      let s = scopes.get(prefix);
      if (!s) scopes.set(prefix, (s = []));
      s.push(a.value || null);
      (mine ??= []).push(prefix);
    }
    declared.push(mine);
    for (const a of attrs) {
      const i = a.name.indexOf(":");
      if (i > 0 && a.name.slice(0, i) !== "xmlns") a.ns = lookup(a.name.slice(0, i));
    }
    const colon = tagName.indexOf(":");
    (e as { namespaceURI: string | null }).namespaceURI = lookup(colon < 0 ? "" : tagName.slice(0, colon));
    if (colon >= 0 && e.namespaceURI === null) throw new XmlError(`undeclared prefix in <${tagName}>`);
    if (!selfClosing) stack.push(e);
    else closeScope();
    i = gt + 1;
  }
  if (stack.length) throw new XmlError(`<${stack[stack.length - 1].tagName}> is never closed`);
  if (!doc.documentElement) throw new XmlError("no root element");
  return doc;
}

/** The > that ends a tag starting at `from`, skipping quoted attribute values. */
function findTagEnd(text: string, from: number): number {
  let quote = 0;
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return k;
    else if (c === 0x3c) return -1;
  }
  return -1;
}

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");

export function serializeTree(doc: XDocument): string {
  const out: string[] = [doc.prolog];
  const walk = (node: XNode | null) => {
    if (!node) return;
    if (node instanceof XText) out.push(escapeText(node.data));
    else if (node instanceof XRaw) out.push(node.raw);
    else if (node instanceof XElement) {
      let open = "<" + node.tagName;
      for (const a of node.attributes) open += ` ${a.name}="${escapeAttr(a.value)}"`;
      if (!node.firstChild) {
        out.push(open + "/>");
        return;
      }
      out.push(open + ">");
      for (let c: XNode | null = node.firstChild; c; c = c.nextSibling) walk(c);
      out.push(`</${node.tagName}>`);
    }
  };
  walk(doc.documentElement!);
  return out.join("");
}
