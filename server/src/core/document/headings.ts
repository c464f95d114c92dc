/** Recognises a heading at the start of a line: its numbering token and style. */
import type { HeadingStyle, HeadingToken } from "./model";
import { parseChineseNumeral, parseCircled, toAsciiDigits, hasFullWidthDigits, CIRCLED_CHARS } from "../numerals";

export interface HeadingMatch {
  style: HeadingStyle;
  rank: number;
  token?: HeadingToken;
  /** Offset where the heading text starts (after the token). */
  textStart: number;
}

// Headings never use 两 or 〇; 零 only inside 一百零五 and the like. Up to 九千九百九十九 (7 characters).
const CN = "[一二三四五六七八九十百千零]{1,7}";
const DIGITS = "[0-9０-９]{1,3}";
// 第1024条: a chapter or an article number is unambiguous up to four digits (1.、1， stay at three: 2024，… is a year).
const DIGITS4 = "[0-9０-９]{1,4}";

// Each pattern is anchored at the first non-padding character of a line.
const CN_DUN = new RegExp(`^(${CN})([、.．，,])`);
const CN_PAREN = new RegExp(`^([（(])(${CN})([）)])([、.．，,]?)`);
const ARABIC_DOT = new RegExp(`^(${DIGITS})([.．、,，])(?![0-9０-９])`);
// 2.2021-2024年相关数据…, 3.2024年…: a year right after the dot is the item's text, not a decimal.
const ARABIC_DOT_YEAR = new RegExp(`^(${DIGITS})([.．])(?=(?:19|20)[0-9]{2}(?:年|[-—–~～至](?:19|20)?[0-9]{2}年))`);
const ARABIC_PAREN = new RegExp(`^([（(])(${DIGITS})([）)])([、.．，,]?)`);
const CIRCLED = new RegExp(`^([${CIRCLED_CHARS}])([、.．，,]?)`);
const MARKDOWN = /^(#{1,6})[ \t\u3000]+(?=\S)/;
// 第一章 总则, 第二部分：…, 第三节　…: only these nouns, so 第一，第一批, 第一产业 stay body text.
// 附件, 附件1, 附件二： alone on a line: an attachment, whose numbering starts again.
const ATTACHMENT = /^附件[ \t\u3000]*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?[ \t\u3000]*[：:]?$/;
const CHAPTER = new RegExp(`^(第)(${CN}|${DIGITS4})(章|部分|篇|编|节)([ \t\u3000、：:．.]*)`);
// 第一条　为规范…: an article of a 规章 or 办法, its token followed by a space and its text.
// Without the space (第一条是…, 第一条，…) it is a sentence about a first item, not an article.
// 1.1 编制目的, 2.3.1 预警发布: the decimal section numbers of 应急预案 and 工作方案, a title
// after a space on a line of its own; one level deeper per component, all above 一、 and （一）.
const DECIMAL = new RegExp(`^(${DIGITS})((?:[.．]${DIGITS}){0,3})([ \t\u3000]+)(?=[^\\s0-9０-９])`);
/** A decimal heading's title: short, no sentence or list punctuation (1 总则, not `1 个项目已完工。`). */
const DECIMAL_TITLE = /^[^，。；：！？,;:!?、]{1,24}$/;
/** Rank of a decimal section number with `depth` components (1 → -0.9, 1.1 → -0.8, …). */
export const decimalRank = (depth: number) => -1 + depth / 10;
const ARTICLE = new RegExp(`^(第)(${CN}|${DIGITS4})(条)([ \t\u3000]+)(?=\\S)`);

export const STYLE_RANK: Record<Exclude<HeadingStyle, "markdown" | "part" | "outline" | "decimal">, number> = {
  attachment: -3,
  chapter: -2,
  section: -1,
  // Between 第一节 and 一、 (and below a part title, -0.5): articles hold （一） items, and 1. inside those.
  article: -0.4,
  "cn-dun": 0,
  "cn-paren": 1,
  "arabic-dot": 2,
  "arabic-paren": 3,
  circled: 4,
};

function token(
  lineText: string,
  base: number,
  whole: string,
  numeral: string,
  numeralAt: number,
  number: number,
): HeadingToken {
  const shape = whole.slice(0, numeralAt) + "N" + whole.slice(numeralAt + numeral.length);
  return {
    span: { start: base, end: base + whole.length },
    text: whole,
    numeral,
    numeralSpan: { start: base + numeralAt, end: base + numeralAt + numeral.length },
    number,
    shape,
    fullWidthDigits: hasFullWidthDigits(numeral),
  };
}

/**
 * `一、二季度`, `三、四月份`: the next numeral in sequence, then a word, is a pair
 * of numbers in body text. A numeral that goes on into a larger number
 * (`一、二〇二四年…`, `一、二十年来…`) still starts a heading's text.
 */
function countsOn(n: number, after: string): boolean {
  return parseChineseNumeral(after.charAt(0)) === n + 1 && !/^[〇零十百千万]/.test(after.slice(1));
}

/**
 * Matches a heading token in `rest` (the line from its first non-padding
 * character, at document offset `base`). A token must be followed by text:
 * a bare `一、` line still counts, but `1.5万亿元` does not.
 */
export function matchHeading(rest: string, base: number): HeadingMatch | undefined {
  let m: RegExpExecArray | null;
  if ((m = MARKDOWN.exec(rest))) {
    return { style: "markdown", rank: m[1].length - 10, textStart: base + m[0].length };
  }
  if (ATTACHMENT.test(rest)) return { style: "attachment", rank: STYLE_RANK.attachment, textStart: base };
  if ((m = CHAPTER.exec(rest))) {
    const digits = /^[0-9０-９]/.test(m[2]);
    const n = digits ? Number(toAsciiDigits(m[2])) : parseChineseNumeral(m[2]);
    const after = rest.slice(m[0].length);
    // 第一部分是回顾过去五年的工作。 is a sentence: a heading's title follows a separator or does not end as a sentence.
    const sentence = !m[4] && /[。；;]\s*$/.test(after);
    if (n !== undefined && n > 0 && !sentence) {
      const style = m[3] === "节" ? "section" : "chapter";
      return { style, rank: STYLE_RANK[style], token: token(rest, base, m[0], m[2], 1, n), textStart: base + m[0].length };
    }
  }
  if ((m = DECIMAL.exec(rest))) {
    const title = rest.slice(m[0].length).trim();
    const parts = (m[1] + m[2]).split(/[.．]/);
    const last = parts[parts.length - 1];
    if (DECIMAL_TITLE.test(title) && !/^[万亿千百十个%％倍元年月日岁]/.test(title) && parts.every((x) => Number(toAsciiDigits(x)) > 0)) {
      const whole = m[1] + m[2];
      return { style: "decimal", rank: decimalRank(parts.length), token: token(rest, base, whole, last, whole.length - last.length, Number(toAsciiDigits(last))), textStart: base + m[0].length };
    }
  }
  if ((m = ARTICLE.exec(rest))) {
    const digits = /^[0-9０-９]/.test(m[2]);
    const n = digits ? Number(toAsciiDigits(m[2])) : parseChineseNumeral(m[2]);
    if (n !== undefined && n > 0) {
      return { style: "article", rank: STYLE_RANK.article, token: token(rest, base, m[0].trimEnd(), m[2], 1, n), textStart: base + m[0].length };
    }
  }
  if ((m = CN_DUN.exec(rest))) {
    const n = parseChineseNumeral(m[1]);
    // `一，` and `一,` mostly open ordinary sentences (一，…); only accept them before more text
    // that does not look like a run of numerals (一、二、三 lists are body text).
    const after = rest.slice(m[0].length);
    // `一千、两千元`, `一百、二百米`: a list of amounts, not heading one thousand.
    const amounts = n !== undefined && n >= 100 && n % 100 === 0 && /^[一二两三四五六七八九]/.test(after);
    // (一、两个中心建设取得阶段性成效: a short line with no punctuation of a sentence is a heading, though 一、两 may be an estimate.)
    const headingLine = after.length <= 40 && !/[，,。；;：:！？!?]/.test(after);
    if (n !== undefined && n > 0 && !amounts && !/^[一二三四五六七八九十]、/.test(after) && (!countsOn(n, after) || (headingLine && /^[两二三四五六七八九]个/.test(after)))) {
      return { style: "cn-dun", rank: STYLE_RANK["cn-dun"], token: token(rest, base, m[0], m[1], 0, n), textStart: base + m[0].length };
    }
  }
  if ((m = CN_PAREN.exec(rest))) {
    const n = parseChineseNumeral(m[2]);
    if (n !== undefined && n > 0) {
      return { style: "cn-paren", rank: STYLE_RANK["cn-paren"], token: token(rest, base, m[0], m[2], m[1].length, n), textStart: base + m[0].length };
    }
  }
  if ((m = ARABIC_PAREN.exec(rest))) {
    const n = Number(toAsciiDigits(m[2]));
    if (n > 0) {
      return { style: "arabic-paren", rank: STYLE_RANK["arabic-paren"], token: token(rest, base, m[0], m[2], m[1].length, n), textStart: base + m[0].length };
    }
  }
  if ((m = ARABIC_DOT.exec(rest) ?? ARABIC_DOT_YEAR.exec(rest))) {
    const n = Number(toAsciiDigits(m[1]));
    const after = rest.slice(m[0].length);
    // `1,000`, `3、5号` and `1.` closing a line are not headings.
    if (n > 0 && (!/^[0-9０-９]/.test(after) || ARABIC_DOT_YEAR.test(rest)) && after.trim().length > 0) {
      return { style: "arabic-dot", rank: STYLE_RANK["arabic-dot"], token: token(rest, base, m[0], m[1], 0, n), textStart: base + m[0].length };
    }
  }
  if ((m = CIRCLED.exec(rest))) {
    const n = parseCircled(m[1])!;
    return { style: "circled", rank: STYLE_RANK.circled, token: token(rest, base, m[0], m[1], 0, n), textStart: base + m[0].length };
  }
  return undefined;
}
