/** The OPC package of a .docx: its main document part and the parts it relates to. */
import type { Document } from "./xml";
import { WordError, refuseNonDocx } from "./errors";
import { parseXml } from "./xml";
import { openZip, readEntry, ZIP_LIMITS, type ZipArchive } from "./zip";

export const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const REL_TYPE = {
  officeDocument: /\/officeDocument$/,
  styles: /\/styles$/,
  numbering: /\/numbering$/,
  footnotes: /\/footnotes$/,
  endnotes: /\/endnotes$/,
  comments: /\/comments$/,
};

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export interface WordPackage {
  zip: ZipArchive;
  /** e.g. word/document.xml */
  mainPath: string;
  main: Document;
  /** The main part's relationships part path (word/_rels/document.xml.rels) and its entries. */
  relsPath: string;
  rels: Relationship[];
  /** A related part of the main document, parsed, by relationship type. */
  related(type: RegExp): { path: string; doc: Document } | undefined;
}

export function dirOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i + 1);
}

/** Resolves a relationship target against the folder of its source part. */
export function resolveTarget(base: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : base + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

export function relsPathOf(part: string): string {
  return `${dirOf(part)}_rels/${part.slice(dirOf(part).length)}.rels`;
}

export function readRels(zip: ZipArchive, relsPath: string): Relationship[] {
  const bytes = readEntry(zip, relsPath);
  if (!bytes) return [];
  const doc = parseXml(bytes, relsPath);
  const out: Relationship[] = [];
  for (const r of doc.documentElement!.getElementsByTagNameNS(REL_NS, "Relationship")) {
    out.push({ id: r.getAttribute("Id") ?? "", type: r.getAttribute("Type") ?? "", target: r.getAttribute("Target") ?? "", external: r.getAttribute("TargetMode") === "External" });
  }
  return out;
}

export function openWordPackage(bytes: Uint8Array, name: string, limits = ZIP_LIMITS): WordPackage {
  refuseNonDocx(bytes, name);
  const zip = openZip(bytes, limits);
  const root = readRels(zip, "_rels/.rels").find((r) => REL_TYPE.officeDocument.test(r.type) && !r.external);
  const mainPath = root ? resolveTarget("", root.target) : "word/document.xml";
  const mainBytes = readEntry(zip, mainPath, limits);
  if (!mainBytes) throw new WordError("not a Word document (no word/document.xml): open it in Word or WPS and 另存为 .docx");
  const main = parseXml(mainBytes, mainPath);
  const relsPath = relsPathOf(mainPath);
  const rels = readRels(zip, relsPath);
  const cache = new Map<string, { path: string; doc: Document } | undefined>();
  return {
    zip,
    mainPath,
    main,
    relsPath,
    rels,
    related(type) {
      const key = type.source;
      if (cache.has(key)) return cache.get(key);
      const rel = rels.find((r) => type.test(r.type) && !r.external);
      const path = rel && resolveTarget(dirOf(mainPath), rel.target);
      const bytes = path ? readEntry(zip, path, limits) : undefined;
      const found = path && bytes ? { path, doc: parseXml(bytes, path) } : undefined;
      cache.set(key, found);
      return found;
    },
  };
}
