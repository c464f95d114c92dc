/**
 * Export of a draft to Word (.docx) in the GB/T 9704 layout. Shared by the CLI
 * (`lectern export`) and the language server (lectern/exportDocx); it reads the
 * core's model and settings and knows nothing of either caller.
 */
import { parseDocument, type Settings } from "../core";
import { draftBlocks } from "./blocks";
import { buildDocument, packDocx } from "./docx";
import { layoutFrom } from "./layout";

export { draftBlocks, type Block, type BlockKind, type Run } from "./blocks";
export { layoutFrom, pointsOf, PAGE_MM, TEXT_BLOCK_MM, type Layout, type FontRole } from "./layout";

/** The draft's text (plain or Markdown) as the bytes of a .docx file. */
export async function exportDocx(text: string, settings: Settings): Promise<Uint8Array> {
  const model = parseDocument(text.replace(/^\uFEFF/, ""));
  const blocks = draftBlocks(model);
  const title = blocks.find((b) => b.kind === "title")?.runs.map((r) => r.text).join("");
  const layout = layoutFrom(settings);
  return packDocx(buildDocument(blocks, layout, { title }), layout);
}
