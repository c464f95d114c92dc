/**
 * Word's automatic numbering (numbering.xml), materialised as the text a
 * reader sees: `一、`, `（二）`, `3.`, `④`. Counters run per abstract list
 * across its paragraphs, deeper levels restart when a shallower one counts,
 * and a w:num's lvlOverride/startOverride restarts its list.
 */
import type { Element } from "./xml";
import { wAttr, wChild, wChildren } from "./xml";

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: "tab" | "space" | "nothing";
  /** The shallower level whose counting restarts this one (0 = never), 1-based as Word writes it. */
  restart?: number;
  legal: boolean;
}

interface List {
  abstractId: string;
  levels: (Level | undefined)[];
  /** Per level: the start a w:num's override imposes the first time it is used. */
  startOverride: Map<number, number>;
}

export class Numbering {
  private lists = new Map<string, List>();
  private counters = new Map<string, (number | undefined)[]>();
  private overridden = new Set<string>();

  constructor(root: Element | undefined, numIdOfStyle: (styleId: string) => string | undefined = () => undefined) {
    if (!root) return;
    const abstracts = new Map<string, Element>();
    for (const a of wChildren(root, "abstractNum")) abstracts.set(wAttr(a, "abstractNumId") ?? "", a);
    const nums = new Map<string, Element>();
    for (const n of wChildren(root, "num")) nums.set(wAttr(n, "numId") ?? "", n);
    // An abstract list that only links to a numbering style takes that style's list.
    const resolveAbstract = (id: string, depth = 0): Element | undefined => {
      const a = abstracts.get(id);
      const link = wAttr(wChild(a, "numStyleLink"), "val");
      if (!a || !link || depth > 4) return a;
      const num = nums.get(numIdOfStyle(link) ?? "");
      const next = wAttr(wChild(num, "abstractNumId"), "val");
      return next !== undefined && next !== id ? resolveAbstract(next, depth + 1) ?? a : a;
    };
    for (const [numId, n] of nums) {
      const abstractId = wAttr(wChild(n, "abstractNumId"), "val") ?? "";
      const abstract = resolveAbstract(abstractId);
      const levels: (Level | undefined)[] = [];
      for (const lvl of abstract ? wChildren(abstract, "lvl") : []) levels[Number(wAttr(lvl, "ilvl") ?? 0)] = readLevel(lvl);
      const startOverride = new Map<number, number>();
      for (const o of wChildren(n, "lvlOverride")) {
        const ilvl = Number(wAttr(o, "ilvl") ?? 0);
        const lvl = wChild(o, "lvl");
        if (lvl) levels[ilvl] = readLevel(lvl, levels[ilvl]);
        const so = wAttr(wChild(o, "startOverride"), "val");
        if (so !== undefined) startOverride.set(ilvl, Number(so));
        else if (lvl && wChild(lvl, "start")) startOverride.set(ilvl, levels[ilvl]!.start);
      }
      this.lists.set(numId, { abstractId: wAttr(abstract, "abstractNumId") ?? abstractId, levels, startOverride });
    }
  }

  /**
   * Counts one numbered paragraph and returns its visible label with the
   * separator a reader sees before the text ("" when the level shows nothing).
   */
  next(numId: string, ilvl: number): string {
    return this.nextLabel(numId, ilvl).label;
  }

  /**
   * The label as `next` gives it, and the separator Word puts after it (`\t`, or a
   * space for w:suff="space"). A reader sees none after 、 ） . and the like, but
   * before a digit (`1.` then `2024年…`) it keeps the number a token of its own:
   * the reader adds it then ("\t" also for w:suff="nothing").
   */
  nextLabel(numId: string, ilvl: number): { label: string; separator: string } {
    const none = { label: "", separator: "" };
    const list = this.lists.get(numId);
    const level = list?.levels[ilvl];
    if (!list || !level || numId === "0") return none;
    let counters = this.counters.get(list.abstractId);
    if (!counters) this.counters.set(list.abstractId, (counters = []));
    const key = `${numId}:${ilvl}`;
    if (list.startOverride.has(ilvl) && !this.overridden.has(key)) {
      this.overridden.add(key);
      counters[ilvl] = list.startOverride.get(ilvl)! - 1;
      for (let k = ilvl + 1; k < 9; k++) counters[k] = undefined;
    }
    counters[ilvl] = counters[ilvl] === undefined ? level.start : counters[ilvl]! + 1;
    for (let k = ilvl + 1; k < 9; k++) {
      const deeper = list.levels[k];
      // lvlRestart 0: never restarts; n: restarts only after level n (1-based) or shallower counts.
      if (deeper?.restart === 0) continue;
      if (deeper?.restart !== undefined && ilvl + 1 > deeper.restart) continue;
      counters[k] = undefined;
    }
    if (level.format === "bullet" || level.format === "none") return none;
    const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const lv = list.levels[k];
      const value = counters![k] ?? lv?.start ?? 1;
      return formatNumber(value, level.legal && k !== ilvl ? "decimal" : lv?.format ?? "decimal");
    });
    if (!label) return none;
    // Word puts a tab (or space) after the label; a reader sees none after 、 ） . and the like.
    const punctuated = /[、.．,，:：;；)）\]】」』①-⒛]$/.test(label);
    const separator = level.suffix === "space" ? " " : "\t";
    return { label: level.suffix === "nothing" || punctuated ? label : label + " ", separator: punctuated ? separator : "" };
  }
}

/**
 * A level's text is a few characters in any real list (`第%1章`, `%1.%2.`); a longer
 * one is cut here, so a 1 MB lvlText used by thousands of paragraphs costs nothing.
 */
export const MAX_LEVEL_TEXT = 64;
/** A formatted counter longer than this (letters repeated at 1,000,000,000) is written in digits. */
const MAX_COUNTER_CHARS = 16;

function readLevel(lvl: Element, base?: Level): Level {
  const restart = wAttr(wChild(lvl, "lvlRestart"), "val");
  const suffix = wAttr(wChild(lvl, "suff"), "val");
  return {
    // ECMA-376: a level without w:start starts at 0.
    start: Number(wAttr(wChild(lvl, "start"), "val") ?? base?.start ?? 0),
    format: wAttr(wChild(lvl, "numFmt"), "val") ?? base?.format ?? "decimal",
    text: (wAttr(wChild(lvl, "lvlText"), "val") ?? base?.text ?? "").slice(0, MAX_LEVEL_TEXT),
    suffix: suffix === "space" || suffix === "nothing" ? suffix : base?.suffix ?? "tab",
    restart: restart !== undefined ? Number(restart) : base?.restart,
    legal: wChild(lvl, "isLgl") ? true : base?.legal ?? false,
  };
}

const CN_DIGITS = "〇一二三四五六七八九";
const FULL_WIDTH = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
const PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇";
const FULLSTOP_DIGITS = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛";
const TIANGAN = "甲乙丙丁戊己庚辛壬癸";
const DIZHI = "子丑寅卯辰巳午未申酉戌亥";
const LEGAL = "零壹贰叁肆伍陆柒捌玖";

/** One counter value in a w:numFmt, as Word displays it. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "decimal":
    case "decimalHalfWidth":
      return String(n);
    case "decimalZero":
      return n < 10 ? "0" + n : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return FULL_WIDTH(String(n));
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? CIRCLED[n - 1] : String(n);
    case "decimalEnclosedParen":
      return n >= 1 && n <= 20 ? PAREN_DIGITS[n - 1] : `(${n})`;
    case "decimalEnclosedFullstop":
      return n >= 1 && n <= 20 ? FULLSTOP_DIGITS[n - 1] : `${n}.`;
    case "chineseCounting":
    case "japaneseCounting":
    case "taiwaneseCounting":
      // Word counts 一…九十九 in words and writes larger numbers digit by digit (一〇一).
      return n < 100 ? formatChineseNumeral(n).replace("零", "〇") : digitByDigit(n);
    case "chineseCountingThousand":
    case "taiwaneseCountingThousand":
    case "japaneseCountingThousand":
      return formatChineseNumeral(n);
    case "ideographDigital":
    case "taiwaneseDigital":
    case "japaneseDigitalTenThousand":
      return digitByDigit(n);
    case "chineseLegalSimplified":
      return formatChineseNumeral(n).replace(/[一二三四五六七八九零十百千]/g, (c: string) => {
        const i = "零一二三四五六七八九".indexOf(c);
        return i >= 0 ? LEGAL[i] : ({ 十: "拾", 百: "佰", 千: "仟" } as Record<string, string>)[c];
      });
    case "ideographTraditional":
      return n >= 1 && n <= 10 ? TIANGAN[n - 1] : String(n);
    case "ideographZodiac":
      return n >= 1 && n <= 12 ? DIZHI[n - 1] : String(n);
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperLetter":
      return letters(n);
    case "lowerLetter":
      return letters(n).toLowerCase();
    case "ordinal":
      return n + (n % 10 === 1 && n % 100 !== 11 ? "st" : n % 10 === 2 && n % 100 !== 12 ? "nd" : n % 10 === 3 && n % 100 !== 13 ? "rd" : "th");
    default:
      return String(n);
  }
}

const CN_UNITS: [number, string][] = [[1000, "千"], [100, "百"], [10, "十"], [1, ""]];

/** 1..9999 in counting words (十一, 二十, 一百零五), as Word's chineseCountingThousand. */
function formatChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 10000) return String(n);
  if (n < 10) return "零一二三四五六七八九"[n];
  if (n < 20) return "十" + (n % 10 ? "零一二三四五六七八九"[n % 10] : "");
  let out = "";
  let zero = false;
  for (const [u, name] of CN_UNITS) {
    const d = Math.floor(n / u) % 10;
    if (d === 0) {
      zero = out !== "";
      continue;
    }
    if (zero) out += "零";
    zero = false;
    out += "零一二三四五六七八九"[d] + name;
  }
  return out;
}

function digitByDigit(n: number): string {
  return String(n).replace(/[0-9]/g, (d) => CN_DIGITS[Number(d)]);
}

function roman(n: number): string {
  if (!(n > 0) || n >= 4000 || !Number.isInteger(n)) return String(n);
  const table: [number, string][] = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

function letters(n: number): string {
  if (!(n > 0) || !Number.isSafeInteger(n)) return String(n);
  // Word repeats the letter: 27 → AA, 28 → BB. The count is computed, never built by counting,
  // and a label that would be longer than a few letters is written in digits.
  const times = Math.floor((n - 1) / 26) + 1;
  if (times > MAX_COUNTER_CHARS) return String(n);
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(times);
}
