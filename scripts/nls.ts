/**
 * The words of package.json in English (package.nls.json) and Chinese
 * (package.nls.zh-cn.json). VS Code picks the file of its display language.
 * Setting descriptions come in English from the zod schemas (SETTINGS) and in
 * Chinese from SETTINGS_ZH; the rest (commands, views, the language's name)
 * from UI_STRINGS. Written by `npm run gen-schemas`.
 */
import { allRules } from "../server/src/core";
import { SETTINGS } from "../server/src/core/settings";
import { RULE_TEXT_ZH } from "./rule-pages";

export const SETTINGS_ZH: Record<string, string> = {
  "lectern.readingRate": "讲话语速（每分钟字数），用于计算各部分字数对应的讲话时长。",
  "lectern.enableFor": "除 `.speech` 文件外，Lectern 还检查哪些语言的文件（plaintext 为 .txt，markdown 为 .md）。",
  "lectern.rules": "各检查项的级别，例如 {\"numbering.count\": \"off\"}；级别为 off、hint、information、warning、error。",
  "lectern.diagnostics.delay": "停止输入后多少毫秒重新检查。",
  "lectern.maxDocumentSize": "超过此长度（UTF-16 码元）的文档只做大纲和编号检查。",
  "lectern.documentYear": "“今年”“明年”所指的年份；为 null 时从文中的日期推断。",
  "lectern.packs": "额外的提法/片段包文件（*.pack.json），工作区 .lectern/*.pack.json 之外。",
  "lectern.sources": "额外的来源（核对引文用）：.txt、.md、.docx 文件、其所在文件夹或来源 npm 包，工作区 .lectern/sources/ 之外。",
  "lectern.targets": "用于核对数字的目标表（targets.json）；未设置时使用 .lectern/targets.json。",
  "lectern.numbering.cnDun": "“一、”类标题可接受的写法，N 代表序号，例如 [\"N、\"]（GB/T 9704）；第一种为修复时采用的写法。",
  "lectern.numbering.cnParen": "“（一）”类标题可接受的写法，N 代表序号，例如 [\"（N）\"]（GB/T 9704）；第一种为修复时采用的写法。",
  "lectern.numbering.arabicDot": "“1.”类标题可接受的写法，N 代表序号，例如 [\"N.\",\"N．\"]（GB/T 9704）；第一种为修复时采用的写法。",
  "lectern.numbering.arabicParen": "“（1）”类标题可接受的写法，N 代表序号，例如 [\"（N）\"]（GB/T 9704）；第一种为修复时采用的写法。",
  "lectern.numbering.circled": "“①”类标题可接受的写法，N 代表序号，例如 [\"N\"]（GB/T 9704）；第一种为修复时采用的写法。",
  "lectern.export.title.font": "导出 Word 文档时标题的字体（中文字体名，如 方正小标宋简体）。",
  "lectern.export.title.size": "导出 Word 文档时标题的字号：磅值，或 三号、小四 等字号名（默认 22 磅，二号）。",
  "lectern.export.subtitle.font": "导出 Word 文档时标题下各行（——在…上的讲话、讲话人、日期）的字体（如 楷体_GB2312）。",
  "lectern.export.body.font": "导出 Word 文档时正文、称呼和结尾的字体（如 仿宋_GB2312）。",
  "lectern.export.body.size": "导出 Word 文档时正文和各级标题的字号：磅值，或 三号、小四 等字号名（默认 16 磅，三号）。",
  "lectern.export.heading1.font": "导出 Word 文档时“一、”标题（及 第一章、附件1）的字体（如 黑体）。",
  "lectern.export.heading2.font": "导出 Word 文档时“（一）”标题的字体（如 楷体_GB2312）。",
  "lectern.export.heading3.font": "导出 Word 文档时“1.”标题的字体（如 仿宋_GB2312）。",
  "lectern.export.heading3.bold": "导出 Word 文档时“1.”标题加粗（GB/T 9704 允许）。",
  "lectern.export.heading4.font": "导出 Word 文档时“（1）”及更低层级标题的字体（如 仿宋_GB2312）。",
  "lectern.export.pageNumber.font": "导出 Word 文档时页码（— 1 —）的字体（如 宋体）。",
  "lectern.export.pageNumber.size": "导出 Word 文档时页码的字号：磅值，或 三号、小四 等字号名（默认 14 磅，四号）。",
  "lectern.export.linesPerPage": "导出 Word 文档每页行数（GB/T 9704：22 行）；行距固定，使其排满 225 毫米版心。",
  "lectern.export.charsPerLine": "导出 Word 文档每行字数（GB/T 9704：28 字），作为 156 毫米版心的文档网格。",
  "lectern.trace.server": "在 Lectern 输出面板中记录 VS Code 与 Lectern 语言服务器之间的通信。",
};

/** key → [English, 中文]. */
export const UI_STRINGS: Record<string, [string, string]> = {
  "description": ["Structure, numbering, formulation and figure checks for Chinese speech and report drafts (讲话稿、发言、工作报告).", "讲话稿、发言、工作报告的结构、编号、规范提法和数字检查。"],
  // The category leads every command in the palette: Chinese in both, so 讲话 finds Lectern's commands under any display language.
  "command.category": ["Lectern 讲话稿", "Lectern 讲话稿"],
  "command.listFigures": ["List Figures", "列出文中数字"],
  "command.renumberSection": ["Renumber Section", "重排本节编号"],
  "command.showStatistics": ["Show Statistics", "字数与讲话时长"],
  "command.restartServer": ["Restart Server", "重启语言服务器"],
  "command.showOutput": ["Show Server Log", "查看服务器日志"],
  "command.disableRule": ["Turn Off This Check", "关闭此类检查"],
  "command.compareWith": ["Compare with…", "与其他文件比较…"],
  "command.exportToWord": ["Export to Word", "导出为 Word（公文格式）"],
  "command.importWordDraft": ["Import Word Draft", "导入 Word 稿"],
  "command.reviewWordCopy": ["Write Reviewed Word Copy", "写出审阅后的 Word 稿（批注）"],
  "command.checkThisFile": ["Check This File as a Speech Draft", "用 Lectern 检查本文件"],
  "command.exportFiguresCsv": ["Export Figures as CSV", "导出数字为 CSV"],
  "command.refreshViews": ["Refresh", "刷新"],
  "view.timing": ["Speaking Time", "讲话计时"],
  "view.figures": ["Figures", "数字核对"],
  "view.sources": ["Sources", "来源"],
  "view.review": ["Lectern Review", "版本比较"],
  "view.figures.empty": ["Open a speech draft to list its figures.", "打开一篇讲话稿，这里会列出文中的数字。"],
  "view.timing.empty": ["Open a speech draft to see each section's speaking time.", "打开一篇讲话稿，这里会显示各部分的讲话时长。"],
  "config.title": ["Lectern", "Lectern 讲话稿检查"],
  "rules.level": ["Level of this check: off, hint, information, warning or error.", "此项检查的级别：off（关闭）、hint、information、warning、error。"],
};

export const settingKey = (setting: string) => `${setting}.description`;
export const ruleKey = (code: string) => `rules.${code}`;

function ruleDescriptions(lang: "en" | "zh"): Record<string, string> {
  return Object.fromEntries(
    allRules().map((r) => [ruleKey(r.code), lang === "en" ? `${r.description} Default: ${r.severity}.` : `${RULE_TEXT_ZH[r.code]?.name ?? r.code}：${RULE_TEXT_ZH[r.code]?.summary ?? r.description}（默认：${r.severity}）`]),
  );
}

export function nlsBundle(lang: "en" | "zh"): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, [en, zh]] of Object.entries(UI_STRINGS)) out[key] = lang === "en" ? en : zh;
  for (const [key, schema] of Object.entries(SETTINGS)) {
    const zh = SETTINGS_ZH[key];
    if (!zh) throw new Error(`scripts/nls.ts has no Chinese description for ${key}`);
    out[settingKey(key)] = lang === "en" ? (schema.description ?? key) : zh;
  }
  Object.assign(out, ruleDescriptions(lang));
  return out;
}
