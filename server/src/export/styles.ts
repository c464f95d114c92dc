/**
 * word/styles.xml of an exported draft. Written here rather than through the
 * `docx` library's style options because those cannot switch a style off the
 * document grid (w:snapToGrid), which a 2号 title needs: on the grid each of
 * its characters would take two cells and the title would come out spaced.
 *
 * Every paragraph gets its fonts from a named style (公文标题, 标题 1 …), so a
 * unit that changes a style in Word changes every paragraph of that kind.
 */
import type { FontRole, Layout, RunFont } from "./layout";

/**
 * 28 characters of 16 pt are 448 pt, wider than the 442 pt text block. Word and
 * WPS squeeze them onto the grid; LibreOffice gives a character wider than a
 * grid cell two cells (14 a line). At 98 % width they fit one cell in both.
 */
export const GLYPH_SCALE = 98;

/** Style ids the document refers to. */
export const STYLE = {
  title: "Title",
  subtitle: "Subtitle",
  salutation: "Salutation",
  signature: "Signature",
  date: "Date",
  footer: "Footer",
  heading: (level: 1 | 2 | 3 | 4) => `Heading${level}`,
  runInHeading: (level: 1 | 2 | 3 | 4) => `RunInHeading${level}`,
} as const;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function rPr(f: RunFont, scale = true): string {
  const n = esc(f.name);
  return (
    `<w:rPr><w:rFonts w:ascii="${n}" w:hAnsi="${n}" w:eastAsia="${n}" w:cs="${n}" w:hint="eastAsia"/>` +
    `<w:b w:val="${f.bold ? 1 : 0}"/><w:bCs w:val="${f.bold ? 1 : 0}"/>` +
    (scale ? `<w:w w:val="${GLYPH_SCALE}"/>` : "") +
    `<w:sz w:val="${Math.round(f.size * 2)}"/><w:szCs w:val="${Math.round(f.size * 2)}"/></w:rPr>`
  );
}

interface StyleSpec {
  id: string;
  name: string;
  type?: "paragraph" | "character";
  basedOn?: string;
  pPr?: string;
  font: RunFont;
  scale?: boolean;
  /** Shown in Word's style gallery. */
  quick?: boolean;
}

/** pPr children must come in the schema's order (CT_PPrBase): snapToGrid, spacing, ind, jc, outlineLvl; Word refuses others. */
function style(s: StyleSpec): string {
  const type = s.type ?? "paragraph";
  return (
    `<w:style w:type="${type}" w:styleId="${s.id}"${s.id === "Normal" ? ' w:default="1"' : ""}>` +
    `<w:name w:val="${s.name}"/>` +
    (s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : "") +
    (type === "paragraph" && s.id !== "Normal" ? `<w:next w:val="Normal"/>` : "") +
    (s.quick ? "<w:qFormat/>" : "") +
    (s.pPr ? `<w:pPr>${s.pPr}</w:pPr>` : "") +
    rPr(s.font, s.scale ?? true) +
    `</w:style>`
  );
}

export function stylesXml(layout: Layout): string {
  const f = layout.fonts;
  const exact = (line: number) => `<w:spacing w:before="0" w:after="0" w:line="${line}" w:lineRule="exact"/>`;
  const twoChars = Math.round(layout.charPitch * 2);
  const noIndent = `<w:ind w:firstLine="0" w:firstLineChars="0"/>`;
  const headingPPr = (level: number) => `<w:keepNext/><w:outlineLvl w:val="${level - 1}"/>`;
  const headingFont = (level: 1 | 2 | 3 | 4): RunFont => f[`heading${level}` as FontRole];
  const levels = [1, 2, 3, 4] as const;
  const styles: StyleSpec[] = [
    {
      id: "Normal",
      name: "Normal",
      quick: true,
      // Off the character grid: LibreOffice rounds a run of Latin letters or digits up to whole grid cells
      // (2025　年, （1 ）); 28 characters at 98 % width still fill a line, and the exact spacing keeps 22 lines.
      pPr: `<w:snapToGrid w:val="0"/>${exact(layout.linePitch)}<w:ind w:firstLine="${twoChars}" w:firstLineChars="200"/><w:jc w:val="both"/>`,
      font: f.body,
    },
    { id: STYLE.title, name: "Title", basedOn: "Normal", quick: true, pPr: `<w:snapToGrid w:val="0"/>${noIndent}<w:jc w:val="center"/>`, font: f.title },
    { id: STYLE.subtitle, name: "Subtitle", basedOn: "Normal", quick: true, pPr: `${noIndent}<w:jc w:val="center"/>`, font: f.subtitle },
    { id: STYLE.salutation, name: "Salutation", basedOn: "Normal", quick: true, pPr: `${noIndent}<w:jc w:val="left"/>`, font: f.body },
    { id: STYLE.signature, name: "Signature", basedOn: "Normal", pPr: `<w:ind w:right="${twoChars}" w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="right"/>`, font: f.body },
    { id: STYLE.date, name: "Date", basedOn: "Normal", pPr: `<w:ind w:right="${twoChars * 2}" w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="right"/>`, font: f.body },
    ...levels.map((l): StyleSpec => ({ id: STYLE.heading(l), name: `heading ${l}`, basedOn: "Normal", quick: true, pPr: headingPPr(l), font: headingFont(l) })),
    ...levels.map((l): StyleSpec => ({ id: STYLE.runInHeading(l), name: `Run-in Heading ${l}`, type: "character", font: headingFont(l) })),
    {
      id: STYLE.footer,
      name: "footer",
      basedOn: "Normal",
      pPr: `<w:snapToGrid w:val="0"/>${exact(Math.round(f.pageNumber.size * 20))}${noIndent}`,
      font: f.pageNumber,
      scale: false,
    },
  ];
  const body = esc(f.body.name);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${body}" w:hAnsi="${body}" w:eastAsia="${body}" w:cs="${body}"/>` +
    `<w:sz w:val="${Math.round(f.body.size * 2)}"/><w:szCs w:val="${Math.round(f.body.size * 2)}"/><w:lang w:val="zh-CN" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr>${exact(layout.linePitch)}</w:pPr></w:pPrDefault></w:docDefaults>` +
    styles.map(style).join("") +
    // The footnote and endnote separators the library writes refer to these.
    `<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>` +
    `<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>` +
    `</w:styles>`
  );
}

/**
 * The GB fonts under the names Windows ships, for a machine without the GB2312
 * editions: Word substitutes a font's altName when the font itself is missing.
 */
const ALT_NAMES: Record<string, string> = {
  仿宋_GB2312: "仿宋",
  楷体_GB2312: "楷体",
  方正小标宋简体: "宋体",
  方正小标宋_GBK: "宋体",
  方正仿宋_GBK: "仿宋",
  方正楷体_GBK: "楷体",
  方正黑体_GBK: "黑体",
};

/** word/fontTable.xml: each font the styles name, as a GB2312 (charset 86) font. */
export function fontTableXml(layout: Layout): string {
  const names = [...new Set(Object.values(layout.fonts).map((f) => f.name))];
  const font = (name: string) =>
    `<w:font w:name="${esc(name)}">` +
    (ALT_NAMES[name] ? `<w:altName w:val="${esc(ALT_NAMES[name])}"/>` : "") +
    `<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${names.map(font).join("")}</w:fonts>`
  );
}
