/**
 * Minimal .docx packages written from raw WordprocessingML, for reader tests
 * that need exact markup (fields, text boxes, deleted paragraph marks, hostile
 * XML). Realistic fixtures come from the `docx` library and LibreOffice.
 */
import { strToU8, zipSync } from "fflate";

export const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';

export interface RawParts {
  numbering?: string;
  styles?: string;
  footnotes?: string;
  /** Other entries, as is. */
  extra?: Record<string, string | Uint8Array>;
  /** Replaces word/document.xml entirely (hostile input). */
  documentXml?: string;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A package whose body is `body` (w:p/w:tbl markup); parts given are related to the document. */
export function rawDocx(body: string, parts: RawParts = {}): Uint8Array {
  const rels: string[] = [];
  const overrides: string[] = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'];
  const files: Record<string, Uint8Array> = {};
  const part = (name: "numbering" | "styles" | "footnotes", root: string) => {
    const xml = parts[name];
    if (!xml) return;
    files[`word/${name}.xml`] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${root} ${W}>${xml}</w:${root}>`);
    rels.push(`<Relationship Id="rId${rels.length + 1}" Type="${REL}/${name}" Target="${name}.xml"/>`);
    overrides.push(`<Override PartName="/word/${name}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${name}+xml"/>`);
  };
  part("numbering", "numbering");
  part("styles", "styles");
  part("footnotes", "footnotes");
  files["[Content_Types].xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`,
  );
  files["_rels/.rels"] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`);
  files["word/_rels/document.xml.rels"] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`);
  files["word/document.xml"] = strToU8(parts.documentXml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`);
  for (const [k, v] of Object.entries(parts.extra ?? {})) files[k] = typeof v === "string" ? strToU8(v) : v;
  return zipSync(files);
}

/** A paragraph of plain runs; `pPr` markup goes inside w:pPr. */
export const p = (text: string, pPr = "") => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${text ? `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>` : ""}</w:p>`;
export const numPr = (numId: number, ilvl = 0) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
export const lvl = (ilvl: number, fmt: string, text: string, start = 1, extra = "") =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
