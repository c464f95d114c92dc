/**
 * Export of a draft to Word (.docx) in the GB/T 9704 layout. Shared by the CLI
 * (`lectern export`) and the language server (lectern/exportDocx); it reads the
 * core's model and settings and knows nothing of either caller.
 */
import { parseDocument, type Settings } from "../core";
import { draftBlocks } from "./blocks";
import { buildDocument, packDocx } from "./docx";
import { layoutFrom, TEXT_BLOCK_MM, type Layout } from "./layout";
import { GLYPH_SCALE } from "./styles";

/** Title characters that fit on a line of the text block (2号 at the glyph scale: 20). */
function titleChars(layout: Layout): number {
  return Math.floor(((TEXT_BLOCK_MM.width / 25.4) * 72) / ((layout.fonts.title.size * GLYPH_SCALE) / 100));
}

export { draftBlocks, type Block, type BlockKind, type Run } from "./blocks";
export { layoutFrom, pointsOf, PAGE_MM, TEXT_BLOCK_MM, type Layout, type FontRole } from "./layout";

/**
 * Characters XML 1.0 cannot hold (C0 controls but tab and line breaks, U+FFFE,
 * U+FFFF, lone surrogates): a document.xml with one is invalid, and Word and
 * LibreOffice refuse it. They are left out of the export, and counted here so
 * the caller can say which and how many.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function charactersXmlCannotHold(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.matchAll(NOT_XML)) {
    const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    out.set(code, (out.get(code) ?? 0) + 1);
  }
  return out;
}

/** The draft's text (plain or Markdown) as the bytes of a .docx file; characters XML cannot hold are left out. */
export async function exportDocx(text: string, settings: Settings): Promise<Uint8Array> {
  const model = parseDocument(text.replace(/^\uFEFF/, "").replace(NOT_XML, ""));
  const layout = layoutFrom(settings);
  const blocks = draftBlocks(model, { titleChars: titleChars(layout) });
  const title = blocks.find((b) => b.kind === "title")?.runs.map((r) => r.text).join("");
  return packDocx(buildDocument(blocks, layout, { title }), layout);
}
