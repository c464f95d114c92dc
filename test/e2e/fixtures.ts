/**
 * The workspace the real-editor tests open: corpus drafts copied as .speech
 * files, plus small drafts that each carry one known slip per feature family.
 * test/e2e/run.ts writes it to a fresh folder; the suites read it from there.
 */
import * as fs from "fs";
import * as path from "path";

export const CORPUS_DIR = process.env.LECTERN_CORPUS ?? path.resolve(__dirname, "../corpus");

/** Corpus drafts opened in the editor (copied, never edited in place). */
export const CORPUS_DRAFTS = {
  county: "county-mobilization-speech",
  govReport: "government-work-report-2024",
} as const;

/** 一、二、四、: the third heading is missing. */
export const NUMBERING_GAP = ["同志们：", "", "一、统一思想", "", "这是第一部分的内容，讲清楚为什么要做。", "", "二、明确任务", "", "这是第二部分的内容，讲清楚要做什么。", "", "四、强化保障", "", "这是最后一部分的内容，讲清楚怎么保障。", ""].join("\n");

/** 帜鲜明讲政治: 旗帜鲜明讲政治 with a character dropped. */
export const SLOGAN_TYPO = ["一、加强党的建设", "", "全体党员干部要做到帜鲜明讲政治，始终同党中央保持高度一致。", ""].join("\n");

/** One indicator, one year, two different values. */
export const FIGURE_CONFLICT = [
  "一、经济运行情况",
  "",
  "今年全县地区生产总值增长6.5%，规上工业增加值增长8%。",
  "",
  // Both sections report results: under a heading such as 下步工作安排 the same words would state a goal,
  // which is not compared with a result.
  "二、主要指标完成情况",
  "",
  "今年全县地区生产总值增长7.2%，为明年打好基础。",
  "",
].join("\n");

/** Text for completion and hover: a line that starts a well-known formulation. */
export const COMPLETION_DRAFT = ["一、提高政治站位", "", "全县党员干部要增强“四个意识”，坚定“四个自信”。", "", "要树牢四个", ""].join("\n");

/** A team pack written during the test: a formulation the team has retired. */
export const TEAM_PACK_FILE = ".lectern/team.pack.json";
export const RETIRED = { text: "两个全覆盖行动", replacement: "两个全覆盖工程" };
export const TEAM_PACK = {
  name: "team",
  version: "1.0.0",
  slogans: [{ text: RETIRED.text, deprecated: { since: "2024", replacement: RETIRED.replacement, note: "县委办通知：统一改称“两个全覆盖工程”。" } }],
};
export const PACK_DRAFT = ["一、重点工作", "", `扎实推进${RETIRED.text}，确保年底前完成。`, ""].join("\n");

/** One draft with a slip of each family, shown in the browser check and the README screenshot. */
export const SHOWCASE = [
  "关于做好今年重点工作的讲话",
  "",
  "同志们：",
  "",
  "一、统一思想，提高站位",
  "",
  "全县党员干部要做到帜鲜明讲政治，增强“四个意识”、坚定“四个自信”。今年全县地区生产总值增长6.5%，规上工业增加值增长8%。",
  "",
  "二、明确任务，突出重点",
  "",
  "要坚持稳中求进工作总基调。今年全县地区生产总值增长7.2%，一般公共预算收入增长5%。",
  "",
  "四、强化保障，狠抓落实",
  "",
  "要树牢四个",
  "",
  "同志们，让我们凝心聚力、真抓实干，为全面完成今年目标任务而努力奋斗！",
].join("\n");

/** The closing after the showcase's last section: its own 结尾 node in the outline and the timing view. */
export const SHOWCASE_CLOSING = "同志们，让我们凝心聚力、真抓实干，为全面完成今年目标任务而努力奋斗！";

/** A .txt draft that looks like a speech (salutation, 一、 headings): Lectern offers to check it. */
export const TXT_DRAFT = ["在全县经济工作会议上的讲话", "", "同志们：", "", "一、认清形势", "", "要做到帜鲜明讲政治。", "", "二、明确任务", "", "今年全县地区生产总值增长6.5%。", ""].join("\n");

/** Timing, figures, renumbering on a body line, fix-all and turning a check off, in the extension host. */
export const WRITER_DRAFT = [
  "关于做好今年重点工作的讲话",
  "",
  "同志们：",
  "",
  "今天召开会议，主要任务是部署今年重点工作。",
  "",
  "一、统一思想",
  "",
  "全县党员干部要做到帜鲜明讲政治，始终做到帜鲜明讲政治。今年全县地区生产总值增长6.5%，地区生产总值达到300亿元。",
  "",
  "二、明确任务",
  "",
  "今年全县地区生产总值增长7.2%，一般公共预算收入增长5%。",
  "",
  "同志们，让我们凝心聚力、真抓实干，为全面完成今年目标任务而努力奋斗！",
  "",
].join("\n");

/** 一、三、五、: Lectern: Renumber Section makes it 一、二、三、. */
export const RENUMBER = ["一、第一部分", "", "正文一。", "", "三、第二部分", "", "正文二。", "", "五、第三部分", "", "正文三。", ""].join("\n");

/** Lectern: Export to Word writes it beside itself as export.docx: a title, a salutation, 一、 and （一） headings. */
export const EXPORT_DRAFT = [
  "在全县重点工作推进会上的讲话",
  "",
  "同志们：",
  "",
  "一、统一思想，提高站位",
  "",
  "（一）加强理论学习。各级党组织要把学习贯彻放在首位。",
  "",
  "二、明确任务，狠抓落实",
  "",
  "各部门要对照任务清单，逐项推进，按期完成。",
  "",
].join("\n");

export const FILES: Record<string, string> = {
  "renumber.speech": RENUMBER,
  "showcase.speech": SHOWCASE,
  "numbering-gap.speech": NUMBERING_GAP,
  "slogan-typo.speech": SLOGAN_TYPO,
  "figure-conflict.speech": FIGURE_CONFLICT,
  "completion.speech": COMPLETION_DRAFT,
  "team-pack.speech": PACK_DRAFT,
  "writer.speech": WRITER_DRAFT,
  "export.speech": EXPORT_DRAFT,
  "speech-draft.txt": TXT_DRAFT,
  "offer-draft.txt": TXT_DRAFT,
};

/** Writes the workspace into `dir` (which should be empty). */
export function writeWorkspace(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(FILES)) fs.writeFileSync(path.join(dir, name), text);
  // The team pack starts empty; the test then edits it on disk, as a user would.
  fs.mkdirSync(path.join(dir, ".lectern"), { recursive: true });
  fs.writeFileSync(path.join(dir, TEAM_PACK_FILE), JSON.stringify({ ...TEAM_PACK, slogans: [] }, null, 2));
  for (const base of Object.values(CORPUS_DRAFTS)) fs.copyFileSync(path.join(CORPUS_DIR, `${base}.txt`), path.join(dir, `${base}.speech`));
}
