/**
 * The toneless readings of one character, as pinyin-pro gives them
 * (`pinyin(ch, { toneType: "none", multiple: true, type: "array" })`). The
 * bundles carry them for U+4E00–U+9FFF, computed at build time (esbuild.js),
 * because pinyin-pro's first call builds a word automaton (~25 ms) that a
 * single character never needs; other characters, and tests run from source,
 * ask pinyin-pro.
 */
import { pinyin } from "./pinyin";

export const READINGS_FROM = 0x4e00;
export const READINGS_TO = 0x9fff;

/** Set by the bundler: one line per character from READINGS_FROM, its readings joined by commas. */
declare const LECTERN_CHAR_READINGS: string | undefined;

let table: string[] | undefined;

export function pinyinReadings(ch: string): string[] {
  return pinyin(ch, { toneType: "none", multiple: true, type: "array" }) as string[];
}

export function charReadings(ch: string): string[] {
  const code = ch.length === 1 ? ch.charCodeAt(0) : -1;
  if (code >= READINGS_FROM && code <= READINGS_TO && typeof LECTERN_CHAR_READINGS === "string") {
    table ??= LECTERN_CHAR_READINGS.split("\n");
    return table[code - READINGS_FROM].split(",");
  }
  return pinyinReadings(ch);
}
