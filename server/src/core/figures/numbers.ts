/**
 * Numbers as figures write them: Arabic (decimals, thousands separators,
 * full-width digits) and Chinese numerals of any size (三百二十, 十亿四千万,
 * 十八点五). Each comes with its written precision (`place`: the value of one
 * unit in its last written digit), so rounding as written can be tolerated.
 */

export interface ParsedNumber {
  value: number;
  place: number;
}

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export function parseArabic(text: string): ParsedNumber | undefined {
  const s = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30)).replace(/．/g, ".").replace(/,/g, "");
  if (!/^\d+(\.\d+)?$/.test(s)) return undefined;
  const dot = s.indexOf(".");
  const decimals = dot < 0 ? 0 : s.length - dot - 1;
  return { value: Number(s), place: Math.pow(10, -decimals) };
}

/** A numeral below 10,000 (三百二十, 一千零五, 十四). */
function parseSection(s: string): ParsedNumber | undefined {
  if (!s) return undefined;
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  let place = 1;
  let sawZero = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch in CN_DIGIT) {
      const d = CN_DIGIT[ch];
      if (d === 0) {
        if (digit !== undefined && digit !== 0) return undefined; // 三零
        sawZero = true;
        digit = undefined;
        continue;
      }
      if (digit !== undefined) return undefined; // 四五 (十四五 is a name, not a number)
      digit = d;
    } else if (ch in CN_UNIT) {
      const unit = CN_UNIT[ch];
      if (unit >= lastUnit) return undefined;
      if (digit === undefined && (i > 0 || sawZero)) return undefined; // 千百
      total += (digit ?? 1) * unit;
      place = unit;
      lastUnit = unit;
      digit = undefined;
      sawZero = false;
    } else {
      return undefined;
    }
  }
  if (digit !== undefined) {
    total += digit;
    place = 1;
  }
  return { value: total, place };
}

/** A numeral below 1e8: sections around 万 (三万九千八百, 一百一十四万). */
function parseWan(s: string): ParsedNumber | undefined {
  const at = s.indexOf("万");
  if (at < 0) return parseSection(s);
  if (s.indexOf("万", at + 1) >= 0) return undefined;
  const high = at === 0 ? undefined : parseSection(s.slice(0, at));
  if (!high) return undefined;
  const lowText = s.slice(at + 1).replace(/^[零〇]/, "");
  if (!lowText) return { value: high.value * 1e4, place: high.place * 1e4 };
  const low = parseSection(lowText);
  if (!low) return undefined;
  return { value: high.value * 1e4 + low.value, place: low.place };
}

/**
 * Parses a Chinese numeral, with 万/亿 sections and a decimal part after 点.
 * Returns undefined for anything malformed (十四五, 千百, 亿万).
 */
export function parseChineseNumber(text: string): ParsedNumber | undefined {
  const dot = text.indexOf("点");
  if (dot >= 0) {
    const whole = parseChineseNumber(text.slice(0, dot));
    const frac = text.slice(dot + 1);
    if (!whole || !frac || whole.place > 1 || !/^[零〇一二三四五六七八九]+$/.test(frac)) return undefined;
    const digits = [...frac].map((c) => CN_DIGIT[c]).join("");
    return { value: Number(`${whole.value}.${digits}`), place: Math.pow(10, -frac.length) };
  }
  const at = text.indexOf("亿");
  if (at < 0) return parseWan(text);
  if (text.indexOf("亿", at + 1) >= 0 || at === 0) return undefined;
  const high = parseWan(text.slice(0, at));
  if (!high) return undefined;
  const lowText = text.slice(at + 1).replace(/^[零〇]/, "");
  if (!lowText) return { value: high.value * 1e8, place: high.place * 1e8 };
  const low = parseWan(lowText);
  if (!low) return undefined;
  return { value: high.value * 1e8 + low.value, place: low.place };
}

/** Digits written one by one (二〇二三), as years are. */
export function parseDigitString(text: string): number | undefined {
  let out = "";
  for (const ch of text) {
    if (ch >= "0" && ch <= "9") out += ch;
    else if (ch >= "０" && ch <= "９") out += String.fromCharCode(ch.charCodeAt(0) - 0xff10 + 0x30);
    else if (ch in CN_DIGIT && ch !== "两") out += CN_DIGIT[ch];
    else return undefined;
  }
  return out ? Number(out) : undefined;
}

/** True when a Chinese numeral is a single digit (一, 两, 五): too common in ordinary words to be a figure alone. */
export function isSingleChineseDigit(text: string): boolean {
  return text.length === 1 && text in CN_DIGIT;
}
