/**
 * fact.date: anniversaries and spans of known events (建党104周年, 改革开放四十多年来)
 * against the draft's own date, and a weekday after a full date (2025年3月5日（星期三）)
 * against the calendar.
 *
 * Precision first: an anniversary is judged only where its year is plain — the year its
 * sentence names (2021年建党100周年之际), 今年/明年/去年, or else the draft's own date — and
 * reported only when it misses that year by one or two (a miscount); a round anniversary
 * the sentence tells as past (我们隆重庆祝中国共产党成立一百周年) is a past celebration.
 */
import type { Finding } from "../findings";
import { defineRule } from "../findings";
import type { DocumentModel } from "../document/model";
import { numberOf, yearOf, type DocumentDate } from "../document/date";
import { formatChineseNumeral } from "../numerals";
import type { PackEvent } from "../slogans/pack";
import { periodScopes, titleFacts } from "../figures/periods";

export const FACT_DATE = defineRule("fact.date", "warning", "An anniversary or span of a known event (建党N周年, 改革开放N年来) that does not fit the year it is in, or a weekday that does not fit its date.");

const NUM = "0-9０-９〇零一二两三四五六七八九十百千";
/** N周年, N年来, N多年来, N年以来, N多年以来. */
const COUNT = new RegExp(`([${NUM}]+)(?:(周年)|(多)?年(?:以)?来)`, "g");
const YEAR = /(?<![0-9０-９〇○零一二三四五六七八九])([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年/g;
/** A weekday after a full date: 2025年3月5日（星期三）, （周三）, (礼拜三). */
const WEEKDAY = /(?<![0-9０-９〇○零一二三四五六七八九])([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})日\s?[（(](星期|周|礼拜)([一二三四五六日天])[）)]/g;
const WEEKDAY_NAMES = "日一二三四五六";

/** Words that make a past round anniversary the celebration it was: 隆重庆祝, 庆祝了, 举行. */
const PAST = /隆重庆祝|迎来|经历|走过|庆祝了|纪念了|隆重纪念|圆满|去年|前年|曾|那年|当年|这一年|同年|回顾/;
/** Words that look ahead to a coming anniversary: 迎接, 即将, 前夕. */
const AHEAD = /迎接|即将|前夕|将迎来|将于|明年|后年|届时|到[0-9〇一二]/;

/** After an anniversary, the occasion it names: …大会上的讲话, …座谈会上强调, …活动中. */
const OCCASION = /^[^，。；！？]{0,12}?(?:大会|座谈会|纪念会|报告会|招待会|会议|仪式|活动)(?:上|中)/;

function insideTitle(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === "《") depth++;
    else if (text[i] === "》" && depth > 0) depth--;
  }
  return depth > 0;
}

interface EventTable {
  byName: Map<string, PackEvent>;
  maxLength: number;
}

const tables = new WeakMap<PackEvent[], EventTable>();

function tableOf(events: PackEvent[]): EventTable {
  let t = tables.get(events);
  if (!t) {
    const byName = new Map<string, PackEvent>();
    for (const e of events) for (const n of [e.name, ...(e.aliases ?? [])]) byName.set(n, e);
    t = { byName, maxLength: Math.max(0, ...[...byName.keys()].map((n) => n.length)) };
    tables.set(events, t);
  }
  return t;
}

/** The event whose name ends right at `end`, the longest name first. */
function eventBefore(text: string, end: number, table: EventTable): { event: PackEvent; start: number } | undefined {
  for (let len = Math.min(table.maxLength, end); len >= 2; len--) {
    const e = table.byName.get(text.slice(end - len, end));
    if (e) return { event: e, start: end - len };
  }
  return undefined;
}

function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !"。！？；\n".includes(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !"。！？；\n".includes(text[e])) e++;
  return { start: s, end: e };
}

/** The years a sentence names: written years, and 今年/明年/去年 against the draft's year. */
function namedYears(sentence: string, draftYear: number | undefined): number[] {
  const out: number[] = [];
  for (const m of sentence.matchAll(YEAR)) {
    const y = yearOf(m[1]);
    if (y !== undefined) out.push(y);
  }
  if (draftYear !== undefined) {
    if (/今年|本年/.test(sentence)) out.push(draftYear);
    if (/明年/.test(sentence)) out.push(draftYear + 1);
    if (/去年|上年/.test(sentence)) out.push(draftYear - 1);
  }
  return out;
}

/**
 * The words of a sentence that date an anniversary at `at`: its own clause, and the clauses that are a time
 * alone (2025年，在…75周年之际; 去年七一前后，…103周年); not a year of another clause (继1993年首轮《县志》出版之后，…75周年之际)
 * nor one inside a 《title》.
 */
function datingWords(sentence: string, at: number): string {
  const bare = sentence.replace(/《[^》]*》/g, (t) => "　".repeat(t.length));
  let out = "";
  let from = 0;
  for (const clause of bare.split(/(?<=[，,：:])/)) {
    const to = from + clause.length;
    if ((at >= from && at < to) || /^[\u4e00-\u9fff]{0,4}(?:[0-9０-９]{4}年|今年|去年|明年|上年|前年|本年)[^，,]{0,8}[，,：:]?$/.test(clause)) out += clause;
    from = to;
  }
  return out;
}

/**
 * The years a sentence names, or else the year its heading names: under 三、2026年工作思路 a
 * year-end summary of 2025 speaks of 2026 (以纪念建党105周年为契机). For an anniversary, which
 * falls in a year; N年来 counts to the time of writing.
 */
function namedYearsIn(sentence: string, draftYear: number | undefined, scopeYear: number | undefined): number[] {
  const named = namedYears(sentence, draftYear);
  return named.length || scopeYear === undefined ? named : [scopeYear];
}

function writeLike(original: string, n: number): string {
  if (/^[0-9]+$/.test(original)) return String(n);
  if (/^[０-９]+$/.test(original)) return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  return formatChineseNumeral(n);
}

function describeDate(e: PackEvent): string {
  const [y, m, d] = e.date.split("-").map(Number);
  return `${y}年${m ? `${m}月` : ""}${d ? `${d}日` : ""}`;
}

function anniversaryFindings(text: string, base: number, table: EventTable, draftYear: number | undefined, ownTitle = false, scopeYear?: number, reviewedYear?: number): Finding[] {
  const out: Finding[] = [];
  if (!table.byName.size) return out;
  for (const m of text.matchAll(COUNT)) {
    const at = m.index!;
    const found = eventBefore(text, at, table);
    if (!found) continue;
    // The numeral must be the whole number: not the tail of a longer run of digits (the regex is greedy, so it is).
    const n = numberOf(m[1]);
    if (n === undefined || n <= 0) continue;
    const eventYear = Number(found.event.date.slice(0, 4));
    const s = sentenceAround(text, found.start, at + m[0].length);
    const sentence = text.slice(s.start, s.end);
    const numberSpan = { start: base + at, end: base + at + m[1].length };
    // The name of a past occasion (在纪念毛泽东同志诞辰130周年座谈会上的讲话, 《…》) is dated by that occasion, not by the draft.
    // The draft's own title names its own occasion (在庆祝建党104周年大会上的讲话): that one is checked.
    if (!ownTitle && (insideTitle(text, found.start) || OCCASION.test(text.slice(at + m[0].length, s.end)))) continue;
    if (m[2]) {
      // N周年: the anniversary falls in eventYear + N.
      const year = eventYear + n;
      const named = namedYearsIn(datingWords(sentence, found.start - s.start), draftYear, scopeYear);
      let against: number | undefined;
      if (named.length) {
        if (named.includes(year)) continue;
        if (new Set(named).size !== 1) continue;
        against = named[0];
      } else {
        // (A review of 2024 dated 2025 tells of either year.)
        if (draftYear === undefined || year === draftYear || year === reviewedYear) continue;
        if (year > draftYear && AHEAD.test(sentence)) continue;
        if (year < draftYear && n % 5 === 0 && PAST.test(sentence)) continue;
        against = draftYear;
      }
      if (Math.abs(year - against) > 2) continue;
      const right = against - eventYear;
      if (right <= 0) continue;
      out.push({
        code: FACT_DATE.code,
        severity: FACT_DATE.severity,
        span: { start: base + found.start, end: base + at + m[0].length },
        message: `${found.event.name}于${describeDate(found.event)}，${against}年是${right}周年，不是${n}周年（${year}年）。依据：${found.event.source}`,
        fixes: [{ title: `改为“${writeLike(m[1], right)}周年”`, edits: [{ span: numberSpan, newText: writeLike(m[1], right) }], safe: false }],
      });
    } else {
      // N年来 / N多年来: the span from the event to the time of writing (a heading's year is not that time).
      const named = namedYears(sentence, draftYear);
      const nows = named.length ? named : draftYear !== undefined ? [draftYear] : [];
      if (!nows.length) continue;
      const more = !!m[3];
      const unit = n >= 100 ? 100 : n >= 10 ? 10 : 1;
      const fits = (now: number) => {
        const span = now - eventYear;
        // N年来 counts as the anniversary does, by the years between (建党100年来 in 2021, 改革开放40年来 in
        // 2018): last year's number copied into this year's draft is the slip. N多年来 is open above N.
        return more ? n <= span && span - 1 < n + unit : n === span;
      };
      if (nows.some(fits)) continue;
      // A sentence that names other years than the draft's speaks of another time (到2021年，建党一百年来…).
      if (named.length) continue;
      const now = nows[0];
      const span = now - eventYear;
      if (span <= 0) continue;
      const right = more ? Math.floor(span / unit) * unit : span;
      if (more && right === 0) continue;
      out.push({
        code: FACT_DATE.code,
        severity: FACT_DATE.severity,
        span: { start: base + found.start, end: base + at + m[0].length },
        message: `${found.event.name}于${describeDate(found.event)}，到${now}年是${span}年，不是${n}${more ? "多" : ""}年。依据：${found.event.source}`,
        fixes: right > 0 && right !== n ? [{ title: `改为“${writeLike(m[1], right)}”`, edits: [{ span: numberSpan, newText: writeLike(m[1], right) }], safe: false }] : undefined,
      });
    }
  }
  return out;
}

function weekdayFindings(text: string, base: number): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(WEEKDAY)) {
    const y = yearOf(m[1]);
    const mo = numberOf(m[2]);
    const d = numberOf(m[3]);
    if (y === undefined || mo === undefined || d === undefined || mo < 1 || mo > 12 || d < 1) continue;
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCMonth() !== mo - 1) continue; // 2月30日: not a date; not this check's business
    const right = WEEKDAY_NAMES[date.getUTCDay()];
    const written = m[5] === "天" ? "日" : m[5];
    if (written === right) continue;
    const at = m.index!;
    const dayStart = at + m[0].length - 2;
    const rightText = m[5] === "天" && right === "日" ? "天" : right;
    out.push({
      code: FACT_DATE.code,
      severity: FACT_DATE.severity,
      span: { start: base + at, end: base + at + m[0].length },
      message: `${y}年${mo}月${d}日是${m[4]}${rightText}，不是${m[4]}${m[5]}。`,
      fixes: [{ title: `改为“${m[4]}${rightText}”`, edits: [{ span: { start: base + dayStart, end: base + dayStart + 1 }, newText: rightText }], safe: false }],
    });
  }
  return out;
}

/** fact.date findings of a whole draft. */
export function checkDates(model: DocumentModel, events: PackEvent[], date: DocumentDate | undefined): Finding[] {
  const table = tableOf(events);
  const out: Finding[] = [];
  let scopes: ReturnType<typeof periodScopes> | undefined;
  let reviewed: number | undefined | null = null;
  model.paragraphs.forEach((p, i) => {
    const text = p.text;
    if (/周年|年来|年以来/.test(text)) {
      // The year the headings above name (2026年工作思路, 明年工作打算): a single year, not a span.
      const scope = (scopes ??= periodScopes(model))[i]?.period;
      const relative = scope?.relative !== undefined && date?.year !== undefined ? date.year + scope.relative : undefined;
      // ××县2024年度…工作总结 dated 2025: a sentence that names no year tells of the year the title reviews.
      if (reviewed === null) {
        const title = titleFacts(model);
        const y = title.goalYear?.year;
        reviewed = title.reviews && !title.plan && y !== undefined && date?.year !== undefined && y < date.year ? y : undefined;
      }
      const scopeYear = scope && scope.from === undefined && !scope.target ? (scope.year ?? relative) : undefined;
      out.push(...anniversaryFindings(text, p.span.start, table, date?.year, model.titleLines.includes(p.line), scopeYear, reviewed ?? undefined));
    }
    if (/[期周拜][一二三四五六日天]/.test(text)) out.push(...weekdayFindings(text, p.span.start));
  });
  return out;
}
