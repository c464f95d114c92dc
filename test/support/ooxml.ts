/**
 * Structural checks of an OOXML package (a .docx) that Lectern writes: every
 * part has a content type, every relationship points at a part that exists,
 * every r:id a part uses is one of its relationships, every style a paragraph
 * or run names is defined. Returns the problems; [] means well-formed.
 */
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";

export interface DocxPackage {
  files: Record<string, Uint8Array>;
  text(name: string): string;
}

export function openDocx(bytes: Uint8Array): DocxPackage {
  const files = unzipSync(bytes);
  return {
    files,
    text(name) {
      const f = files[name];
      if (!f) throw new Error(`${name} is not in the package`);
      return strFromU8(f);
    },
  };
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

export function packageProblems(pkg: DocxPackage): string[] {
  const problems: string[] = [];
  const parts = Object.keys(pkg.files).filter((n) => !n.endsWith("/"));
  const types = pkg.text("[Content_Types].xml");
  const defaults = new Set([...types.matchAll(/<Default\b[^>]*>/g)].map((m) => attr(m[0], "Extension")?.toLowerCase()));
  const overrides = new Set([...types.matchAll(/<Override\b[^>]*>/g)].map((m) => attr(m[0], "PartName")));
  for (const part of parts) {
    if (part === "[Content_Types].xml") continue;
    if (!overrides.has("/" + part) && !defaults.has(part.slice(part.lastIndexOf(".") + 1).toLowerCase())) problems.push(`${part} has no content type`);
  }
  for (const o of overrides) if (o && !pkg.files[o.slice(1)]) problems.push(`content type for missing part ${o}`);
  if (!pkg.files["_rels/.rels"]) problems.push("no _rels/.rels");

  for (const rels of parts.filter((p) => p.endsWith(".rels"))) {
    // word/_rels/document.xml.rels belongs to word/document.xml; targets are relative to word/.
    const source = rels.replace(/_rels\/([^/]+)\.rels$/, "$1");
    const base = rels === "_rels/.rels" ? "" : path.posix.dirname(source);
    const ids = new Set<string>();
    for (const m of pkg.text(rels).matchAll(/<Relationship\b[^>]*>/g)) {
      const id = attr(m[0], "Id");
      const target = attr(m[0], "Target");
      if (!id || !target) {
        problems.push(`${rels}: a relationship without Id or Target`);
        continue;
      }
      if (ids.has(id)) problems.push(`${rels}: duplicate Id ${id}`);
      ids.add(id);
      if (attr(m[0], "TargetMode") === "External") continue;
      const resolved = target.startsWith("/") ? target.slice(1) : path.posix.normalize(path.posix.join(base, target));
      if (!pkg.files[resolved]) problems.push(`${rels}: ${id} points at missing ${resolved}`);
    }
    if (rels !== "_rels/.rels" && pkg.files[source]) {
      for (const m of pkg.text(source).matchAll(/\br:(?:id|embed|link)="([^"]+)"/g)) if (!ids.has(m[1])) problems.push(`${source} uses ${m[1]}, which ${rels} does not define`);
    }
  }

  if (pkg.files["word/styles.xml"]) {
    const styles = pkg.text("word/styles.xml");
    const defined = new Set([...styles.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"/g)].map((m) => m[1]));
    for (const part of parts.filter((p) => /^word\/[^/]+\.xml$/.test(p))) {
      for (const m of pkg.text(part).matchAll(/<w:(?:pStyle|rStyle|basedOn)\b[^>]*w:val="([^"]+)"/g)) if (!defined.has(m[1])) problems.push(`${part} names style ${m[1]}, which styles.xml does not define`);
    }
  }
  return [...new Set(problems)];
}
