/** Chinese and Arabic numerals as used in heading tokens and enumerators. */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千";

/**
 * Parses a Chinese numeral below 10,000 (一, 十, 十一, 二十三, 九十九, 一百零五,
 * 一百一十一, 两千零二十五, 九千九百九十九). Returns undefined for anything
 * that is not a well-formed numeral: digits side by side (二三, 一〇一), a unit
 * without its digit except a leading 十 (百, 一千百), 零 anywhere but between a
 * unit and the digit after it (零五, 一百零), units out of order (十百).
 */
export function parseChineseNumeral(s: string): number | undefined {
  if (!s) return undefined;
  if (s === "零" || s === "〇") return 0;
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch in DIGITS) {
      const d = DIGITS[ch];
      if (d === 0) {
        // 零 stands for the missing places between a unit and a digit: 一百零五, 一千零一十.
        if (digit !== undefined || zero || lastUnit === Infinity || lastUnit === 10 || i === s.length - 1) return undefined;
        zero = true;
        continue;
      }
      if (digit !== undefined) return undefined; // 二三
      // After 百 or 千 with no 零, a lone last digit is ambiguous (一百一 says 110): only a full form reads.
      if (i === s.length - 1 && lastUnit > 10 && lastUnit !== Infinity && !zero) return undefined;
      digit = d;
    } else if (ch in UNITS) {
      const unit = UNITS[ch];
      if (unit >= lastUnit) return undefined; // 十十, 十百
      // 十 alone at the start means 一十; any other unit needs its digit (not 百, 一千百, 一百零十).
      if (digit === undefined && !(i === 0 && unit === 10)) return undefined;
      lastUnit = unit;
      total += (digit ?? 1) * unit;
      digit = undefined;
      zero = false;
    } else {
      return undefined;
    }
  }
  if (digit !== undefined) total += digit;
  return total;
}

const CN = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** Formats 1..9999 the way headings write them (十一, 二十, 一百零五). */
export function formatChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 10000) return String(n);
  if (n < 10) return CN[n];
  if (n < 20) return "十" + (n % 10 ? CN[n % 10] : "");
  const parts: string[] = [];
  const units: [number, string][] = [[1000, "千"], [100, "百"], [10, "十"], [1, ""]];
  let zero = false;
  let started = false;
  for (const [u, name] of units) {
    const d = Math.floor(n / u) % 10;
    if (d === 0) {
      if (started) zero = true;
      continue;
    }
    if (zero) parts.push("零");
    zero = false;
    started = true;
    parts.push(CN[d] + name);
  }
  return parts.join("");
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

export function parseCircled(ch: string): number | undefined {
  const i = CIRCLED.indexOf(ch);
  return i < 0 ? undefined : i + 1;
}

export function formatCircled(n: number): string {
  return n >= 1 && n <= 20 ? CIRCLED[n - 1] : String(n);
}

export const CIRCLED_CHARS = CIRCLED;

/** Converts full-width digits (０-９) to ASCII. */
export function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
}

export function hasFullWidthDigits(s: string): boolean {
  return /[０-９]/.test(s);
}

/** Formats n with full-width digits when the original token used them. */
export function formatArabic(n: number, fullWidth: boolean): string {
  const s = String(n);
  return fullWidth ? s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x30 + 0xff10)) : s;
}
