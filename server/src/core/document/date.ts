/**
 * The draft's own date: what a reader takes as "when this was written". It is
 * read where official text puts it — the 落款 at the end (a line that is only a
 * date, under the issuing unit) or the title block (（2022年10月16日）, ——2024年3月5日
 * 在…上, 在2021年全县工作会议上的讲话) — never from dates in the body, which
 * speak of other times.
 */
import { parseChineseNumeral } from "../numerals";
import type { DocumentModel } from "./model";

export interface DocumentDate {
  year: number;
  /** 1–12 when the draft names the month. */
  month?: number;
  day?: number;
}

const DIGIT = "0-9０-９〇○零一二三四五六七八九";
const FULL = new RegExp(`(?<![${DIGIT}])([${DIGIT}]{4})年(?:([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?:([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日)?)?`, "g");
/** A 落款 date line: nothing but the date (and a closing bracket or space). */
const DATE_LINE = new RegExp(`^[\\s（(]*[${DIGIT}]{4}年([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日[\\s）)]*$`);
const ZERO_TO_NINE = "〇一二三四五六七八九";

export function yearOf(s: string): number | undefined {
  let out = "";
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String(code - 0xff10);
    else if (ch >= "0" && ch <= "9") out += ch;
    else if (ch === "○" || ch === "零") out += "0";
    else if (ZERO_TO_NINE.includes(ch)) out += String(ZERO_TO_NINE.indexOf(ch));
    else return undefined;
  }
  const y = Number(out);
  return y >= 1900 && y <= 2100 ? y : undefined;
}

export function numberOf(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const ascii = s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10));
  return /^[0-9]+$/.test(ascii) ? Number(ascii) : parseChineseNumeral(s);
}

/** Every date in `text`, most precise first within each match. */
function datesIn(text: string): DocumentDate[] {
  const out: DocumentDate[] = [];
  for (const m of text.matchAll(FULL)) {
    const year = yearOf(m[1]);
    if (year === undefined) continue;
    const month = numberOf(m[2]);
    const day = numberOf(m[3]);
    if (month !== undefined && (month < 1 || month > 12)) continue;
    out.push({ year, month, day: month !== undefined ? day : undefined });
  }
  return out;
}

/** The last few non-blank lines, when one of them is a date line of its own (the 落款). */
function closingDate(model: DocumentModel): DocumentDate | undefined {
  const ps = model.paragraphs;
  for (let k = ps.length - 1; k >= 0 && k >= ps.length - 3; k--) {
    if (DATE_LINE.test(ps[k].text)) return datesIn(ps[k].text)[0];
  }
  return undefined;
}

/**
 * The title block and the lines before the salutation that are not sentences:
 * a full date there is the date of the speech; failing that, the latest year a
 * title names (关于2023年工作总结和2024年工作安排的报告 is written in 2024).
 */
function titleDate(model: DocumentModel): DocumentDate | undefined {
  const ps = model.paragraphs;
  // A draft with no title block the parser knows (a Markdown `# 标题`) still dates itself in
  // its first lines (市交通运输局（2025年9月12日）): a full date there, not a year alone.
  const untitled = model.salutationLine === undefined && !model.titleLines.length;
  const until = model.salutationLine ?? (untitled ? 2 : Math.max(...model.titleLines));
  const lines: string[] = [];
  for (const p of ps) {
    if (p.line > until || lines.length >= 6) break;
    // The body before a salutation-less opening is not a title: stop at the first sentence.
    if (p.kind === "body" && /[。！？]/.test(p.text)) break;
    lines.push(p.text);
  }
  const dates = lines.flatMap(datesIn);
  const full = dates.find((d) => d.month !== undefined);
  if (full) return full;
  if (!dates.length || untitled) return undefined;
  return { year: dates.reduce((m, d) => Math.max(m, d.year), -Infinity) };
}

/** The draft's own date, or undefined when it names none. A set year (lectern.documentYear) wins. */
export function documentDate(model: DocumentModel, setYear?: number | null): DocumentDate | undefined {
  if (setYear) return { year: setYear };
  return closingDate(model) ?? titleDate(model);
}

/** A pack date (YYYY, YYYY-MM or YYYY-MM-DD) as a date. */
export function parsePackDate(s: string): DocumentDate {
  const [y, m, d] = s.split("-").map(Number);
  return { year: y, month: m, day: d };
}

/**
 * True when every day the draft's date may mean is on or after `since`:
 * a year alone means any day of it, a month any day of that month.
 */
export function surelyOnOrAfter(date: DocumentDate, since: DocumentDate): boolean {
  const earliest = [date.year, date.month ?? 1, date.month !== undefined ? date.day ?? 1 : 1];
  const bound = [since.year, since.month ?? 1, since.day ?? 1];
  for (let i = 0; i < 3; i++) if (earliest[i] !== bound[i]) return earliest[i] > bound[i];
  return true;
}
