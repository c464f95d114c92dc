/** Small hostile Word packages, generated (never committed binaries): cost that grows with nesting, references and repetition. */
import { strToU8, unzipSync, zipSync } from "fflate";
import { lvl, numPr, p, rawDocx, W } from "./docx-raw";

/** Footnote k refers to footnote k+1 twice, `depth` deep; the body refers to footnote 1. */
export function footnoteChainDocx(depth: number, refsPerNote = 2): Uint8Array {
  const ref = (id: number) => `<w:r><w:footnoteReference w:id="${id}"/></w:r>`;
  const notes: string[] = [];
  for (let k = 1; k <= depth; k++) notes.push(`<w:footnote w:id="${k}"><w:p><w:r><w:t>注${k}</w:t></w:r>${k < depth ? ref(k + 1).repeat(refsPerNote) : ""}</w:p></w:footnote>`);
  return rawDocx(`<w:p><w:r><w:t>一、正文</w:t></w:r>${ref(1)}</w:p>`, { footnotes: notes.join("") });
}

/** One list level whose lvlText is `textChars` long, used by `paragraphs` paragraphs. */
export function longLabelDocx(textChars: number, paragraphs: number): Uint8Array {
  const numbering = `<w:abstractNum w:abstractNumId="1">${lvl(0, "decimal", "%1".padEnd(textChars, "、"))}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`;
  return rawDocx(p("正文", numPr(1)).repeat(paragraphs), { numbering });
}

/** A list in `format` starting at `start`, used by `paragraphs` paragraphs. */
export function hugeCounterDocx(format: string, start: number, paragraphs: number): Uint8Array {
  const numbering = `<w:abstractNum w:abstractNumId="1">${lvl(0, format, "%1.", start)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`;
  return rawDocx(p("加强组织领导", numPr(1)).repeat(paragraphs), { numbering });
}

/** A document.xml that is `body` repeated `times` times inside w:body. */
export function repeatedBodyDocx(unit: string, times: number): Uint8Array {
  return rawDocx("", { documentXml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${unit.repeat(times)}</w:body></w:document>` });
}

/** `depth` nested elements (w:sdt/w:sdtContent pairs) around one paragraph. */
export function nestedDocx(depth: number): Uint8Array {
  const open = "<w:customXml>".repeat(depth);
  const close = "</w:customXml>".repeat(depth);
  return repeatedBodyDocx(`${open}${p("一、正文")}${close}`, 1);
}

/** Tables nested `depth` deep, each cell holding the next table. */
export function nestedTablesDocx(depth: number, perLevel = 0): Uint8Array {
  const open = `<w:tbl><w:tr><w:tc>${p("表中正文。").repeat(perLevel)}`.repeat(depth);
  const close = `${p("")}</w:tc></w:tr></w:tbl>`.repeat(depth);
  return rawDocx(`${p("一、正文")}${open}${p("表中文字约52万人左右")}${close}`);
}

/** One element with `count` attributes. */
export function manyAttributesDocx(count: number): Uint8Array {
  const attrs: string[] = [];
  for (let i = 0; i < count; i++) attrs.push(`a${i}="${i}"`);
  return repeatedBodyDocx(`<w:p ${attrs.join(" ")}><w:r><w:t>一、正文</w:t></w:r></w:p>`, 1);
}

/** A package whose [Content_Types].xml is `types` (review rewrites it). */
export function withContentTypes(types: string): Uint8Array {
  const files = unzip(rawDocx(p("这次会议约52万人左右参加。")));
  files["[Content_Types].xml"] = strToU8(types);
  return zipSync(files);
}

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}
