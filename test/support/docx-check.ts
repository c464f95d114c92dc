/**
 * A structural check of a .docx package, independent of Lectern's reader:
 * every part well-formed XML and typed in [Content_Types].xml, every
 * internal relationship resolving to a part, and comments matched between
 * document.xml (range start, range end, reference) and comments.xml.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const REVISIONS = ["ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tblGridChange", "trPrChange", "tcPrChange", "tblPrExChange", "numberingChange", "cellIns", "cellDel", "cellMerge"];

export function unzipDocx(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

function parse(xml: string, name: string, problems: string[]) {
  try {
    return new DOMParser({ onError: (level: string, msg: string) => { if (level !== "warning") throw new Error(msg); } }).parseFromString(xml, "text/xml");
  } catch (e) {
    problems.push(`${name}: not well-formed: ${(e as Error).message.split("\n")[0]}`);
    return undefined;
  }
}

export function packageProblems(bytes: Uint8Array): string[] {
  const problems: string[] = [];
  const files = unzipDocx(bytes);
  const names = Object.keys(files);
  const typesXml = files["[Content_Types].xml"];
  if (!typesXml) return ["no [Content_Types].xml"];
  const types = parse(strFromU8(typesXml), "[Content_Types].xml", problems);
  const defaults = new Set<string>();
  const overrides = new Set<string>();
  if (types) {
    const d = types.getElementsByTagName("Default");
    for (let i = 0; i < d.length; i++) defaults.add(d.item(i)!.getAttribute("Extension")!.toLowerCase());
    const o = types.getElementsByTagName("Override");
    for (let i = 0; i < o.length; i++) overrides.add(o.item(i)!.getAttribute("PartName")!.toLowerCase());
  }
  for (const n of names) {
    if (n.endsWith("/") || n === "[Content_Types].xml") continue;
    const ext = n.slice(n.lastIndexOf(".") + 1).toLowerCase();
    if (!overrides.has("/" + n.toLowerCase()) && !defaults.has(ext)) problems.push(`${n}: no content type`);
    if (/\.(xml|rels)$/i.test(n)) parse(strFromU8(files[n]), n, problems);
  }
  for (const o of overrides) if (!names.some((n) => "/" + n.toLowerCase() === o)) problems.push(`content type override for missing part ${o}`);
  for (const n of names.filter((x) => x.endsWith(".rels"))) {
    const rels = parse(strFromU8(files[n]), n, problems);
    if (!rels) continue;
    const source = n.replace(/_rels\/([^/]*)\.rels$/, "$1");
    const base = source.includes("/") ? source.slice(0, source.lastIndexOf("/") + 1) : "";
    const list = rels.getElementsByTagName("Relationship");
    const ids = new Set<string>();
    for (let i = 0; i < list.length; i++) {
      const r = list.item(i)!;
      const id = r.getAttribute("Id")!;
      if (ids.has(id)) problems.push(`${n}: duplicate relationship id ${id}`);
      ids.add(id);
      if (r.getAttribute("TargetMode") === "External") continue;
      const target = resolve(n === "_rels/.rels" ? "" : base, r.getAttribute("Target")!);
      if (!files[target]) problems.push(`${n}: ${id} points to missing part ${target}`);
    }
  }
  const doc = files["word/document.xml"] && parse(strFromU8(files["word/document.xml"]), "word/document.xml", problems);
  if (doc) {
    const ids = (name: string) => {
      const l = doc.getElementsByTagNameNS(W, name);
      const out: string[] = [];
      for (let i = 0; i < l.length; i++) out.push((l.item(i) as Element).getAttributeNS(W, "id")!);
      return out.sort();
    };
    const starts = ids("commentRangeStart");
    const ends = ids("commentRangeEnd");
    const refs = ids("commentReference");
    if (starts.join() !== ends.join()) problems.push(`comment range starts ${starts} and ends ${ends} differ`);
    if (new Set(refs).size !== refs.length) problems.push("a comment is referenced twice");
    const commentsXml = files["word/comments.xml"];
    const comments = commentsXml ? parse(strFromU8(commentsXml), "word/comments.xml", problems) : undefined;
    const cids: string[] = [];
    if (comments) {
      const l = comments.getElementsByTagNameNS(W, "comment");
      for (let i = 0; i < l.length; i++) cids.push((l.item(i) as Element).getAttributeNS(W, "id")!);
    }
    if (new Set(cids).size !== cids.length) problems.push("duplicate comment ids in comments.xml");
    for (const r of refs) if (!cids.includes(r)) problems.push(`comment reference ${r} has no comment`);
    for (const c of cids) if (!refs.includes(c)) problems.push(`comment ${c} is never referenced`);
    // Every revision (insertions, deletions, moves, property changes) has an id of its own.
    const revisions = REVISIONS.flatMap((name) => ids(name));
    const seen = new Set<string>();
    for (const id of revisions) {
      if (seen.has(id)) problems.push(`duplicate revision id ${id}`);
      seen.add(id);
    }
  }
  return problems;
}

function resolve(base: string, target: string): string {
  const out: string[] = [];
  for (const p of (target.startsWith("/") ? target.slice(1) : base + target).split("/")) {
    if (p === "..") out.pop();
    else if (p && p !== ".") out.push(p);
  }
  return out.join("/");
}
