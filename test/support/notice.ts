/** A notice (通知) for the export tests: GB/T 9704's 主送机关, 附件说明 and 落款 around a body that fills a page. */

const FILLER = "全县各级各部门要认真落实安全生产责任制切实加强隐患排查治理坚决防范遏制重特大事故发生确保人民群众生命财产安全和社会大局稳定".repeat(20);

/**
 * A notice as GB/T 9704 lays it out: title, 主送机关, a body that fills the first page
 * to its last line (so a 落款 not kept with the body would stand alone on page 2),
 * 附件说明, the issuing unit and the date. Body paragraphs of whole lines (26 + 28k
 * characters with the first-line indent), no punctuation where a line could break.
 */
export function noticeDraft(): string {
  const paragraph = (lines: number, at: number) => FILLER.slice(at, at + 26 + 28 * (lines - 1) - 3) + "。";
  const body = [
    "为做好全县安全生产工作，经县政府同意，决定于2025年3月开展安全生产大检查，分为自查、抽查、整改三个阶段（1）。",
    paragraph(5, 0),
    paragraph(5, 7),
    paragraph(4, 13),
    paragraph(2, 21),
  ];
  return ["关于开展2025年安全生产大检查的通知", "各乡镇人民政府，县直各部门：", ...body, "附件：1.安全生产检查表", "2.隐患整改台账", "某县人民政府办公室", "2025年2月20日"].join("\n") + "\n";
}
