/**
 * .docx fixtures written by the `docx` library the way Word writes them:
 * automatic Chinese list numbering (chineseCounting, lvlText "%1、", Word's
 * default tab after the number), Heading styles, tracked changes, a table,
 * a comment and a footnote. Each fixture also gives the same draft as a
 * writer would type it by hand.
 */
import * as d from "docx";

export type Item =
  | { kind: "title" | "body"; text: string }
  /** An automatically numbered heading: level 0 一、, 1 （一）, 2 1.; `restart` starts a new list instance at 1. */
  | { kind: "heading"; level: 0 | 1 | 2; text: string; restart?: boolean };

const TOKENS: ((n: number) => string)[] = [(n) => cn(n) + "、", (n) => `（${cn(n)}）`, (n) => `${n}.`];
function cn(n: number): string {
  const digits = "〇一二三四五六七八九";
  return n < 10 ? digits[n] : n < 20 ? "十" + (n % 10 ? digits[n % 10] : "") : digits[Math.floor(n / 10)] + "十" + (n % 10 ? digits[n % 10] : "");
}

/** The draft as typed by hand: each numbered heading's token written out. */
export function typedText(items: Item[]): string {
  const counters = [0, 0, 0];
  const out: string[] = [];
  for (const it of items) {
    if (it.kind !== "heading") {
      out.push(it.text);
      continue;
    }
    if (it.restart) counters.fill(0);
    counters[it.level]++;
    for (let k = it.level + 1; k < counters.length; k++) counters[k] = 0;
    out.push(TOKENS[it.level](counters[it.level]) + it.text);
  }
  return out.join("\n");
}

const HEADINGS = [d.HeadingLevel.HEADING_1, d.HeadingLevel.HEADING_2, d.HeadingLevel.HEADING_3];

/** The same draft as Word saves it, numbering automatic. */
export async function wordDocx(items: Item[], options: { suffix?: (typeof d.LevelSuffix)[keyof typeof d.LevelSuffix] } = {}): Promise<Buffer> {
  let instance = 1;
  const children = items.map((it) => {
    if (it.kind !== "heading") return new d.Paragraph(it.kind === "title" ? { text: it.text, heading: d.HeadingLevel.TITLE } : { text: it.text });
    if (it.restart) instance++;
    return new d.Paragraph({ text: it.text, heading: HEADINGS[it.level], numbering: { reference: "gb", level: it.level, instance } });
  });
  const doc = new d.Document({
    creator: "Word fixture",
    numbering: {
      config: [
        {
          reference: "gb",
          levels: [
            { level: 0, format: d.LevelFormat.CHINESE_COUNTING, text: "%1、", start: 1 },
            { level: 1, format: d.LevelFormat.CHINESE_COUNTING, text: "（%2）", start: 1 },
            { level: 2, format: d.LevelFormat.DECIMAL, text: "%3.", start: 1, ...(options.suffix ? { suffix: options.suffix } : {}) },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
  return d.Packer.toBuffer(doc);
}

/**
 * A document with what a reviewer's Word file holds besides text: tracked
 * changes (to be read as accepted), a comment (not text), a footnote, a table.
 */
export async function richDocx(): Promise<{ bytes: Buffer; text: string }> {
  const date = "2024-03-01T08:00:00Z";
  const doc = new d.Document({
    comments: { children: [{ id: 0, author: "审稿人", date: new Date(date), children: [new d.Paragraph("请核实数据")] }] },
    footnotes: { 1: { children: [new d.Paragraph("数据来源：县统计局。")] } },
    sections: [
      {
        children: [
          new d.Paragraph({ text: "在全县经济工作会议上的讲话", heading: d.HeadingLevel.TITLE }),
          new d.Paragraph({
            children: [
              new d.TextRun("今年全县"),
              new d.InsertedTextRun({ text: "地区生产总值", id: 1, author: "审稿人", date }),
              new d.DeletedTextRun({ text: "GDP", id: 2, author: "审稿人", date }),
              new d.TextRun("约52万人左右。"),
              new d.FootnoteReferenceRun(1),
            ],
          }),
          new d.Paragraph({ children: [new d.CommentRangeStart(0), new d.TextRun("要增强“四个意识”。"), new d.CommentRangeEnd(0), new d.TextRun({ children: [new d.CommentReference(0)] })] }),
          new d.Table({
            rows: [
              new d.TableRow({ children: [new d.TableCell({ children: [new d.Paragraph("指标")] }), new d.TableCell({ children: [new d.Paragraph("完成情况")] })] }),
              new d.TableRow({ children: [new d.TableCell({ children: [new d.Paragraph("投资")] }), new d.TableCell({ children: [new d.Paragraph("超过50亿元以上")] })] }),
            ],
          }),
          new d.Paragraph({ children: [new d.TextRun("结尾。"), new d.TextRun({ text: "隐藏的批注草稿", vanish: true })] }),
        ],
      },
    ],
  });
  const text = ["在全县经济工作会议上的讲话", "今年全县地区生产总值约52万人左右。", "数据来源：县统计局。", "要增强“四个意识”。", "指标", "完成情况", "投资", "超过50亿元以上", "结尾。"].join("\n");
  return { bytes: await d.Packer.toBuffer(doc), text };
}

/** A speech whose numbering has the usual faults: a count announced wrong and a list that restarts. */
export const NUMBERED_SPEECH: Item[] = [
  { kind: "title", text: "在全县安全生产工作会议上的讲话" },
  { kind: "body", text: "同志们：" },
  { kind: "body", text: "今天召开这次会议，我讲三点意见。" },
  { kind: "heading", level: 0, text: "提高政治站位，切实增强责任感" },
  { kind: "body", text: "安全生产事关人民群众生命财产安全。一是要统一思想，二是要压实责任，四是要狠抓落实。" },
  { kind: "heading", level: 0, text: "突出工作重点，全面排查隐患" },
  { kind: "heading", level: 1, text: "抓好道路交通安全" },
  { kind: "body", text: "要加强重点路段管控。" },
  { kind: "heading", level: 1, text: "抓好建筑施工安全" },
  { kind: "body", text: "要严格落实施工方案。" },
  { kind: "heading", level: 2, text: "落实主体责任。" },
  { kind: "heading", level: 2, text: "加强日常巡查。" },
  { kind: "heading", level: 0, text: "强化组织保障，确保工作落地" },
  { kind: "body", text: "各级各部门要把安全生产摆上重要位置。" },
  { kind: "heading", level: 0, text: "严格考核问责", restart: true },
  { kind: "body", text: "对工作不力的要严肃问责。" },
];

/** A work plan whose automatic 1. items start with a year (1. then 2024年…), as offices write them. */
export const YEAR_ITEMS: Item[] = [
  { kind: "title", text: "关于2025年重点工作的安排" },
  { kind: "heading", level: 0, text: "总体情况" },
  { kind: "heading", level: 2, text: "2024年主要工作成效" },
  { kind: "body", text: "全年完成了各项目标任务。" },
  { kind: "heading", level: 2, text: "存在的问题" },
  { kind: "body", text: "发展不平衡的问题依然存在。" },
  { kind: "heading", level: 2, text: "2025年工作打算" },
  { kind: "body", text: "要继续抓好各项工作。" },
  { kind: "heading", level: 2, text: "保障措施" },
  { kind: "body", text: "加强组织领导。" },
];

/**
 * A draft another reviewer has already formatted with tracked formatting (w:rPrChange
 * on its runs): fixes on a first character (四是 → 三是), on a word (左右, 以上) and on a
 * whole formulation (以人民为心中的发展思想), each inside such a run.
 */
export async function formattedDocx(): Promise<Buffer> {
  const revision = (id: number) => ({ id, author: "审稿人", date: "2024-03-01T08:00:00Z", bold: false });
  const doc = new d.Document({
    sections: [
      {
        children: [
          new d.Paragraph({ text: "在全县工作会议上的讲话", heading: d.HeadingLevel.TITLE }),
          new d.Paragraph({ children: [new d.TextRun({ text: "今年全县约52万人左右参加。我们要做好四项工作：一是加强学习，二是狠抓落实，四是转变作风。", bold: true, revision: revision(5) })] }),
          new d.Paragraph({ children: [new d.TextRun({ text: "要坚持以人民为心中的发展思想，", bold: true, revision: revision(6) }), new d.TextRun("全年投资超过50亿元以上。")] }),
        ],
      },
    ],
  });
  return d.Packer.toBuffer(doc);
}

/**
 * A report where lines and paragraphs differ (a Shift+Enter line break in paragraph 2)
 * and safe fixes Word cannot take as text revisions: a list that restarts (its number is
 * automatic) and a 约…左右 in a footnote. The same figure twice, different: figure.conflict
 * points to the earlier paragraph.
 */
export async function placesDocx(): Promise<Buffer> {
  const doc = new d.Document({
    footnotes: { 1: { children: [new d.Paragraph("调查对象约3万人左右。")] } },
    numbering: { config: [{ reference: "cn", levels: [{ level: 0, format: d.LevelFormat.CHINESE_COUNTING, text: "%1、", start: 1 }] }] },
    sections: [
      {
        children: [
          new d.Paragraph({ text: "关于2024年经济运行情况的报告", heading: d.HeadingLevel.TITLE }),
          new d.Paragraph({ children: [new d.TextRun("今年以来，全县经济运行总体平稳。"), new d.TextRun({ text: "2024年，全县地区生产总值达到520亿元，增长6%。", break: 1 })] }),
          new d.Paragraph({ text: "主要指标", numbering: { reference: "cn", level: 0, instance: 1 } }),
          new d.Paragraph({ children: [new d.TextRun("2024年，全县地区生产总值达到530亿元。"), new d.FootnoteReferenceRun(1)] }),
          new d.Paragraph({ text: "存在问题", numbering: { reference: "cn", level: 0, instance: 1 } }),
          new d.Paragraph("部分企业经营困难。"),
          new d.Paragraph({ text: "下一步工作", numbering: { reference: "cn", level: 0, instance: 2 } }),
          new d.Paragraph("要抓好各项工作。"),
        ],
      },
    ],
  });
  return d.Packer.toBuffer(doc);
}
