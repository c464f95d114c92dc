/** figure.usage: number usage against GB/T 15835. */
import { defineRule, type Finding } from "../../findings";
import type { DocumentModel } from "../../document/model";
import { parseArabic, parseChineseNumber } from "../numbers";
import type { Figure } from "../types";
import { finding } from "./shared";

export const USAGE = defineRule("figure.usage", "warning", "Number usage errors (GB/T 15835): 约…左右, 超过…以上, 降低…倍, mixed Arabic and Chinese numerals, 3千万, 百分之5, 二0三五年, 2021-2025年, 1-9月, 三、四十.");

const MIXED = /[0-9０-９]+(?:[.．][0-9０-９]+)?([万亿])([零〇一二两三四五六七八九][十百千][零〇一二两三四五六七八九十百千]*)/g;

export function checkUsage(model: DocumentModel, figures: Figure[]): Finding[] {
  const out: Finding[] = [];
  for (const f of figures) {
    const q = f.qualifiers;
    const dropSuffix = (word: string, message: string) => {
      const at = f.span.start + f.text.lastIndexOf(word);
      out.push(finding(USAGE, f, message, {
        fixes: [{ title: `删去“${word}”`, edits: [{ span: { start: at, end: at + word.length }, newText: "" }], safe: true, preferred: true }],
      }));
    };
    // The qualifier may stand a few words before the number (最少培训500人以上).
    const lead = model.text.slice(Math.max(0, f.span.start - 12), f.span.start).split(/[，,。；;：:、！？]/).pop() ?? "";
    // 至少组建1支30人以上的队伍: a number between the word and this one is what the word qualifies.
    const ownWord = (m: RegExpExecArray | null) => (m && !ANOTHER_NUMBER.test(lead.slice(m.index + m[0].length)) ? m[1] : undefined);
    const leadWord = ownWord(/(大约|约)/.exec(lead));
    const overWord = ownWord(/(超过|逾|突破|最少|至少|不少于|不低于)/.exec(lead));
    const approxWord = q.find((w) => w === "约" || w === "大约" || w === "约为") ?? leadWord;
    const lowerWord = q.find((w) => ["超过", "超", "逾", "突破", "最少", "至少", "不少于", "不低于"].includes(w)) ?? overWord;
    if (approxWord && (q.includes("左右") || q.includes("上下"))) {
      const suffix = q.includes("左右") ? "左右" : "上下";
      dropSuffix(suffix, `“${f.text}”：“${approxWord}”与“${suffix}”语义重复，只用其一。`);
    } else if (approxWord && APPROX_AFTER_UNIT.test(model.text.slice(f.span.end, f.span.end + 8))) {
      // 约3.6万标准箱左右: a unit the reader does not know stands between the number and 左右.
      const m = APPROX_AFTER_UNIT.exec(model.text.slice(f.span.end, f.span.end + 8))!;
      const at = f.span.end + m[0].length - 2;
      out.push(finding(USAGE, { span: { start: f.span.start, end: at + 2 } }, `“${model.text.slice(f.span.start, at + 2)}”：“${approxWord}”与“${m[1]}”语义重复，只用其一。`, {
        fixes: [{ title: `删去“${m[1]}”`, edits: [{ span: { start: at, end: at + 2 }, newText: "" }], safe: true, preferred: true }],
      }));
    } else if (lowerWord && q.includes("以上")) {
      dropSuffix("以上", `“${f.text}”：“${lowerWord}”与“以上”语义重复，只用其一。`);
    } else if (overWord && /^[\u4e00-\u9fff]{1,4}?以上/.test(model.text.slice(f.span.end, f.span.end + 6)) && !/^[\u4e00-\u9fff]{0,3}(?:的|及|和)/.test(model.text.slice(f.span.end, f.span.end + 6)) && !/^[\u4e00-\u9fff]{0,2}?(?:规模|限额|[县市省]级|三级|二级|副高|中级)以上/.test(model.text.slice(f.span.end, f.span.end + 8))) {
      // (至少与5家规模以上企业: 规模以上, 限额以上 and 县级以上 name a class of things, not a second bound.)
      // 最少抽查5个项目以上: 以上 after the thing counted says the same as 最少.
      const tail = /^[\u4e00-\u9fff]{1,4}?以上/.exec(model.text.slice(f.span.end, f.span.end + 6))![0];
      const at = f.span.end + tail.length - 2;
      out.push(finding(USAGE, { span: { start: f.span.start, end: f.span.end + tail.length } }, `“${f.text}${tail}”：“${overWord}”与“以上”语义重复，只用其一。`, {
        fixes: [{ title: "删去“以上”", edits: [{ span: { start: at, end: at + 2 }, newText: "" }], safe: true, preferred: true }],
      }));
    }
  }
  for (const p of model.paragraphs) for (const f of usageInText(p.text, p.span.start)) out.push(f);
  return out;
}

/** A number of its own in the words between a qualifier and the figure: 1支, 两个, 3. */
const ANOTHER_NUMBER = /[0-9０-９]|[一二两三四五六七八九十百千]+[个支名家项次批所座条户人]/;

/** 3千万, 6亿2千5百万, 5百个: 千 and 百 never follow Arabic digits (万 and 亿 may). 千米, 千克, 千瓦 are units. */
const DIGIT_RUN = /(?:[0-9０-９]+(?:[.．][0-9０-９]+)?[十百千万亿]*)+/g;
// 第90百分位数, 3百分点: 百分 is a word of its own, not a magnitude after the digits.
const DIGIT_THEN_MAGNITUDE = /[0-9０-９](?:[百千](?![米克瓦伏帕焦兆卡赫分])|十[万亿])/;
/** A match that opens with a qualifier (m[1]) and ends with `word` saying the same: the safe fix drops `word`. */
function doubledQualifier(base: number, m: RegExpMatchArray, word: string): Finding {
  const start = base + m.index!;
  const at = start + m[0].length - word.length;
  return {
    code: USAGE.code, severity: USAGE.severity, span: { start, end: start + m[0].length },
    message: `“${m[0]}”：“${m[1]}”与“${word}”语义重复，只用其一。`,
    fixes: [{ title: `删去“${word}”`, edits: [{ span: { start: at, end: at + word.length }, newText: "" }], safe: true, preferred: true }],
  };
}

/** 最少安排两次课以上: a lower bound, a verb, a one-digit count and its noun, then 以上 again. */
const SMALL_COUNT_DOUBLED = /(至少|最少|不少于|不低于)(?:[\u4e00-\u9fff]{0,3}?)([一二两三四五六七八九十][个次项名人家门场件所批期天])(?:[\u4e00-\u9fff]{0,2}?)以上/g;

/** A unit word of up to four characters, then 左右 or 上下 closing the clause. */
const APPROX_AFTER_UNIT = /^[\u4e00-\u9fffA-Za-z]{1,4}?(左右|上下)(?=[，,。；;！？、）)]|$)/;

/** 超过三成以上, 约两成左右: 成 (tenths) with both a leading and a trailing qualifier of the same sense. */
const TENTHS_DOUBLED = /(超过|逾|突破|至少|最少|不少于|不低于|大约|约)([一二两三四五六七八九]成多?|[一二三四五六七八九十百]+分之[一二三四五六七八九十]+)(以上|左右|上下)/g;
const PERCENT_WORDS = /百分之([0-9０-９]+(?:[.．][0-9０-９]+)?)/g;
/** 二0二五年: a year in Chinese numerals writes zero as 〇. */
const ZERO_IN_YEAR = /(?<![0-9０-９〇○零一二三四五六七八九])(?=[〇○零一二三四五六七八九0０]*[0０])(?=[0０]*[〇○零一二三四五六七八九])[〇○零一二三四五六七八九0０]{4}(?=年)/g;
/** 1998年-2005年: a range of years takes 一字线 (—) or 至, not a hyphen. */
const YEAR_RANGE_HYPHEN = /(?<![0-9０-９])[0-9０-９]{4}年?(\s*[-－‐]\s*)[0-9０-９]{4}(?:年|学年)/g;
/** 3月-6月: two months, each written with 月, joined by a hyphen. */
const MONTHS_HYPHEN = /(?<![0-9０-９])([0-9０-９]{1,2}月)(\s*[-－‐]\s*)([0-9０-９]{1,2}月)/g;
/** 2025年11月-2026年1月: months of two years joined by a hyphen. */
const MONTH_SPAN_HYPHEN = /(?<![0-9０-９])([0-9０-９]{4}年[0-9０-９]{1,2}月)(\s*[-－‐]\s*)([0-9０-９]{4}年[0-9０-９]{1,2}月)/g;
/** （1995-2025）: two years in brackets, the second later, joined by a hyphen. */
const BRACKETED_YEARS_HYPHEN = /(?<=[（(])((?:19|20)[0-9]{2})(\s*[-－‐]\s*)((?:19|20)[0-9]{2})(?=[）)])/g;
/** 7月25日-8月5日, 3日-5日: a range of dates with a hyphen. */
const DAY_RANGE_HYPHEN = /(?<![0-9０-９])((?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)(\s*[-－‐]\s*)((?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)/g;
/** 1-9月, 8-10日: a range of months or days takes 一字线 (—) or 至, not a hyphen. */
const DATE_RANGE_HYPHEN = /(?<![0-9０-９\-－‐./])([0-9０-９]{1,2})(\s*[-－‐]\s*)([0-9０-９]{1,2})(?=[月日号])/g;
/** 降低了一倍, 缩短3倍, 减少了近两倍: a decrease is not a multiple (GB/T 15835). */
const FALL_BY_TIMES = /(缩短|降低|减少|下降|缩小|减低|压缩|减轻|压减)(了)?(约|近|将近|超过)?([0-9０-９]+(?:[.．][0-9０-９]+)?|[一二两三四五六七八九十]+(?:点[一二三四五六七八九])?)(多)?倍/g;
/** 三、四十家: neighbouring numerals of an estimate take no 顿号. */
// 三、四十, and 三、四个 / 两、三天 / 近三、四年来 / 七、八岁 before a classifier (not 第三、四名, 第二、三、四位, 一、二季度, 三、四年级, 三、四年度).
// (五、六元, 两、三块钱, 七、八斤: a price, a weight or a distance too; not 五、六月, the months.)
const ESTIMATE_WITH_DUN = /(?<![第、])([一二两三四五六七八])、([二三四五六七八九])(?=[十百千万]|[个名人家次天项条件户位辆场批岁遍趟回元块斤亩里米成倍周](?!级)|年(?![级度])|公里|分钟|小时)/g;

function usageFinding(start: number, end: number, message: string, newText: string, editStart = start, editEnd = end): Finding {
  return {
    code: USAGE.code,
    severity: USAGE.severity,
    span: { start, end },
    message,
    fixes: [{ title: `改为“${newText}”`, edits: [{ span: { start: editStart, end: editEnd }, newText }], safe: false, preferred: true }],
  };
}

/** Reads 6亿2千5百万 (Arabic digits with Chinese magnitudes) and writes it the GB/T 15835 way: 6.25亿. */
function arabicWithMagnitudes(s: string): string | undefined {
  const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  let yi = 0;
  let wan = 0;
  let section = 0;
  for (const m of s.matchAll(/([0-9０-９]+(?:[.．][0-9０-９]+)?)?([十百千万亿])?/g)) {
    if (!m[0]) continue;
    const n = m[1] ? parseArabic(m[1])?.value : undefined;
    const mag = m[2];
    if (mag === "亿") {
      yi = (yi + wan * 1e4 + section + (n ?? 0)) * 1e8;
      wan = section = 0;
    } else if (mag === "万") {
      wan += section + (n ?? 0);
      section = 0;
    } else if (mag) section += (n ?? 1) * SMALL[mag];
    else if (n !== undefined) section += n;
  }
  const total = yi + wan * 1e4 + section;
  if (!Number.isFinite(total) || total <= 0) return undefined;
  const fmt = (x: number) => String(Number(x.toPrecision(12)));
  if (s.includes("亿") && total >= 1e8) return `${fmt(total / 1e8)}亿`;
  if (s.includes("万") && total >= 1e4) return `${fmt(total / 1e4)}万`;
  return fmt(total);
}

function usageInText(text: string, base: number): Finding[] {
  const out: Finding[] = [];
  if (/[万亿]/.test(text)) {
    for (const m of text.matchAll(MIXED)) {
      const head = m[0].slice(0, m[0].length - m[1].length - m[2].length);
      const whole = parseArabic(head)?.value;
      const tail = parseChineseNumber(m[2])?.value;
      if (whole === undefined || tail === undefined) continue;
      const unit = m[1] === "万" ? 1e4 : 1e8;
      const fixed = `${Number((whole + tail / unit).toPrecision(12))}${m[1]}`;
      out.push(usageFinding(base + m.index!, base + m.index! + m[0].length, `“${m[0]}”：阿拉伯数字与汉字数字混用，应写作“${fixed}”。`, fixed));
    }
  }
  if (/[0-9０-９][百千十]/.test(text)) {
    for (const m of text.matchAll(DIGIT_RUN)) {
      if (!DIGIT_THEN_MAGNITUDE.test(m[0] + text.charAt(m.index! + m[0].length))) continue;
      const fixed = arabicWithMagnitudes(m[0]);
      if (!fixed || fixed === m[0]) continue;
      out.push(usageFinding(base + m.index!, base + m.index! + m[0].length, `“${m[0]}”：阿拉伯数字后不能用“千”“百”，应写作“${fixed}”。`, fixed));
    }
  }
  // 超过三成以上, 约两成左右: 成 is no unit the figure reader knows, so the doubled qualifier is read here.
  if (/(?:成|分之[一二三四五六七八九十]+)(?:以上|左右|上下)/.test(text)) for (const m of text.matchAll(TENTHS_DOUBLED)) {
    const word = m[3];
    // 约三成以上 and 超过三成左右 say two different things, not the same one twice.
    if ((word === "以上") !== !/约/.test(m[1])) continue;
    out.push(doubledQualifier(base, m, word));
  }
  // 最少安排两次课以上, 至少三个以上: a small count in Chinese digits is no figure the reader takes, so read here.
  if (text.includes("以上")) for (const m of text.matchAll(SMALL_COUNT_DOUBLED)) out.push(doubledQualifier(base, m, "以上"));
  if (text.includes("百分之")) {
    for (const m of text.matchAll(PERCENT_WORDS)) out.push(usageFinding(base + m.index!, base + m.index! + m[0].length, `“${m[0]}”：百分数用阿拉伯数字时写作“${m[1]}%”。`, `${m[1]}%`));
  }
  // Each pattern runs only where its characters occur: this is read on every edit.
  if (/[〇○零一二三四五六七八九][0０]|[0０][〇○零一二三四五六七八九]/.test(text)) for (const m of text.matchAll(ZERO_IN_YEAR)) {
    const fixed = m[0].replace(/[0０]/g, "〇");
    out.push(usageFinding(base + m.index!, base + m.index! + m[0].length, `“${m[0]}年”：汉字数字的年份中“0”应写作“〇”（${fixed}年）。`, fixed));
  }
  if (text.includes("倍")) for (const m of text.matchAll(FALL_BY_TIMES)) {
    out.push({
      code: USAGE.code, severity: USAGE.severity, span: { start: base + m.index!, end: base + m.index! + m[0].length },
      message: `“${m[0]}”：减少、降低不能用倍数表示，应改用百分数或“减少到原来的几分之几”。`,
    });
  }
  if (/[-－‐]/.test(text)) for (const m of text.matchAll(DATE_RANGE_HYPHEN)) {
    const dash = m.index! + m[1].length;
    const unit = text.charAt(m.index! + m[0].length) === "月" ? "月份" : "日期";
    out.push(usageFinding(base + m.index!, base + m.index! + m[0].length + 1, `“${m[0]}${text.charAt(m.index! + m[0].length)}”：${unit}的起止用一字线“—”或“至”连接，不用短横线。`, "—", base + dash, base + dash + m[2].length));
  }
  if (/[-－‐]/.test(text)) for (const m of text.matchAll(YEAR_RANGE_HYPHEN)) {
    const dash = m.index! + m[0].indexOf(m[1]);
    out.push(usageFinding(base + m.index!, base + m.index! + m[0].length, `“${m[0]}”：年份的起止用一字线“—”或“至”连接，不用短横线。`, "—", base + dash, base + dash + m[1].length));
  }
  if (/月\s*[-－‐]/.test(text)) {
    for (const m of [...text.matchAll(MONTHS_HYPHEN), ...text.matchAll(MONTH_SPAN_HYPHEN)]) {
      const dash = m.index! + m[1].length;
      out.push(usageFinding(base + m.index!, base + m.index! + m[0].length, `“${m[0]}”：月份的起止用一字线“—”或“至”连接，不用短横线。`, "—", base + dash, base + dash + m[2].length));
    }
  }
  if (/[-－‐]/.test(text)) for (const m of text.matchAll(BRACKETED_YEARS_HYPHEN)) {
    if (Number(m[3]) <= Number(m[1])) continue;
    const dash = m.index! + m[1].length;
    out.push(usageFinding(base + m.index!, base + m.index! + m[0].length, `“${m[0]}”：年份的起止用一字线“—”或“至”连接，不用短横线。`, "—", base + dash, base + dash + m[2].length));
  }
  if (/日\s*[-－‐]/.test(text)) for (const m of text.matchAll(DAY_RANGE_HYPHEN)) {
    const dash = m.index! + m[1].length;
    out.push(usageFinding(base + m.index!, base + m.index! + m[0].length, `“${m[0]}”：日期的起止用一字线“—”或“至”连接，不用短横线。`, "—", base + dash, base + dash + m[2].length));
  }
  if (text.includes("、")) for (const m of text.matchAll(ESTIMATE_WITH_DUN)) {
    // (三、五个人: 三五 is an estimate by custom, though not neighbours.)
    if (m[2].charCodeAt(0) !== NEXT_NUMERAL.get(m[1]) && !(m[1] === "三" && m[2] === "五")) continue;
    // 二、三十年风雨兼程 as a heading: 二、 is the heading's number, not half of an estimate.
    if (/^[\s\u3000#>*]*$/.test(text.slice(0, m.index!).split(/\n/).pop() ?? "")) continue;
    out.push(usageFinding(base + m.index!, base + m.index! + m[0].length, `“${m[0]}”：${m[1] === "三" && m[2] === "五" ? "数字" : "相邻数字"}连用表示概数，中间不用顿号，应写作“${m[1]}${m[2]}”。`, `${m[1]}${m[2]}`));
  }
  return out;
}

const NUMERALS = "一二三四五六七八九";
// 两、三次 as well as 二、三十: 两 is the 二 of a count.
const NEXT_NUMERAL = new Map([...[...NUMERALS].slice(0, -1).map((c, i): [string, number] => [c, NUMERALS.charCodeAt(i + 1)]), ["两", NUMERALS.charCodeAt(2)]]);
