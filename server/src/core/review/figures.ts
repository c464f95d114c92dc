/**
 * Figure changes: figures are matched by what they measure (metric, change or
 * level, period, role), never by position, so a moved paragraph changes
 * nothing and an edited value shows as `old → new`.
 */
import type { Figure } from "../figures";
import type { Alignment } from "./align";
import type { ReviewEntry } from "./types";
import { paragraphAt, placeOf, type Version } from "./version";

function periodKey(f: Figure): string {
  const p = f.period;
  if (!p) return "";
  return [p.year ?? (p.relative !== undefined ? `rel${p.relative}` : p.label), p.from, p.to, p.part, p.target ? "target" : ""].join("/");
}

/** Words before a figure without a metric, up to the clause start: what it is a number of. */
function context(v: Version, f: Figure): string {
  const before = v.text.slice(Math.max(0, f.span.start - 12), f.span.start);
  return before.split(/[，。；：、,;:！？\n]/).pop()!.replace(/[0-9０-９.．%]/g, "");
}

function identity(v: Version, f: Figure, withPeriod: boolean): string {
  const what = f.metric ?? `?${context(v, f)}`;
  return [what, f.aspect, f.direction, f.role ?? "", f.average ? "avg" : "", withPeriod ? periodKey(f) : ""].join("|");
}

/** What a reviewer reads: metric, change and period (`国内生产总值 增 今年`). */
function label(f: Figure): string {
  const change = f.aspect === "change" ? (f.direction < 0 ? " 减" : " 增") : "";
  const period = f.period ? ` ${f.period.label}` : "";
  return `${f.metric ?? "（未识别指标）"}${change}${period}`;
}

function periodText(f: Figure): string {
  return f.period ? f.period.label : "未注明时期";
}

interface Item {
  f: Figure;
  paragraph: number;
  done: boolean;
}

export function figureChanges(a: Version, b: Version, alignment: Alignment): ReviewEntry[] {
  const olds: Item[] = a.figures.map((f) => ({ f, paragraph: paragraphAt(a, f.span.start), done: false }));
  const news: Item[] = b.figures.map((f) => ({ f, paragraph: paragraphAt(b, f.span.start), done: false }));
  const pairs: [Item, Item][] = [];
  const inPlace = (o: Item, n: Item) => alignment.oldToNew.get(o.paragraph)?.new === n.paragraph;
  // Passes from the surest to the loosest: same text in the paired paragraph, same text anywhere (moved),
  // same identity in the paired paragraph, same identity anywhere, same metric in the paired paragraph (period changed).
  const passes: ((o: Item, n: Item) => boolean)[] = [
    (o, n) => o.f.text === n.f.text && ida(o) === idb(n) && inPlace(o, n),
    (o, n) => o.f.text === n.f.text && ida(o) === idb(n),
    (o, n) => ida(o) === idb(n) && inPlace(o, n),
    (o, n) => ida(o) === idb(n),
    (o, n) => identity(a, o.f, false) === identity(b, n.f, false) && inPlace(o, n),
  ];
  const idCache = new Map<Item, string>();
  function ida(o: Item) {
    let k = idCache.get(o);
    if (k === undefined) idCache.set(o, (k = identity(a, o.f, true)));
    return k;
  }
  function idb(n: Item) {
    let k = idCache.get(n);
    if (k === undefined) idCache.set(n, (k = identity(b, n.f, true)));
    return k;
  }
  for (const pass of passes) {
    for (const o of olds) {
      if (o.done) continue;
      const n = news.find((x) => !x.done && pass(o, x));
      if (!n) continue;
      o.done = n.done = true;
      pairs.push([o, n]);
    }
  }
  const entries: { at: number; entry: ReviewEntry }[] = [];
  for (const [o, n] of pairs) {
    const samePeriod = periodKey(o.f) === periodKey(n.f);
    if (o.f.text === n.f.text && samePeriod) continue;
    const what = samePeriod ? label(n.f) : `${label(o.f)} → ${periodText(n.f)}`;
    const value = o.f.text === n.f.text ? o.f.text : `${o.f.text} → ${n.f.text}`;
    entries.push({ at: n.f.span.start, entry: { kind: "changed", summary: `${what} ${value}`, old: placeOf(a, o.f.span), new: placeOf(b, n.f.span) } });
  }
  for (const o of olds) if (!o.done) entries.push({ at: -1, entry: { kind: "removed", summary: `${label(o.f)} ${o.f.text}（删去）`, old: placeOf(a, o.f.span) } });
  for (const n of news) if (!n.done) entries.push({ at: n.f.span.start, entry: { kind: "added", summary: `${label(n.f)} ${n.f.text}（新增）`, new: placeOf(b, n.f.span) } });
  return sortEntries(entries);
}

/** New-version order; removed entries at the end in old-version order. */
export function sortEntries(entries: { at: number; entry: ReviewEntry }[]): ReviewEntry[] {
  const kept = entries.filter((e) => e.at >= 0).sort((x, y) => x.at - y.at);
  const gone = entries.filter((e) => e.at < 0);
  return [...kept, ...gone].map((e) => e.entry);
}
