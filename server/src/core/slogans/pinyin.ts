/**
 * pinyin-pro, loaded on its first call. Evaluating its module builds its
 * dictionaries (about 25 ms of every start), and a run that meets no character
 * outside the bundle's reading table and asks for no completion never calls it.
 */
import type * as PinyinPro from "pinyin-pro";

let loaded: typeof PinyinPro | undefined;

export const pinyin: typeof PinyinPro.pinyin = ((...args: Parameters<typeof PinyinPro.pinyin>) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require("pinyin-pro") as typeof PinyinPro;
  return (loaded.pinyin as (...a: unknown[]) => unknown)(...args);
}) as typeof PinyinPro.pinyin;
