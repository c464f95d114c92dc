/** Times a sentence names, against the date a formulation or a wording rule took effect. */

/** A year, with a month or a part of it, and 以前: 2015年, 2018年2月, 2017年上半年, 2018年以前. */
export const DATE = /(?<![0-9])((?:19|20)[0-9]{2})年(?:([0-9]{1,2})月|(上半年|一季度|二季度|三季度))?(以前|之前|前)?/g;

/** True when the sentence names a time before `since` (YYYY[-MM]): 2015年, 2018年2月, 2017年上半年, 2018年以前. */
export function datedBefore(sentence: string, since: string): boolean {
  const year = Number(since.slice(0, 4));
  const month = since.length >= 7 ? Number(since.slice(5, 7)) : 1;
  for (const m of sentence.matchAll(DATE)) {
    const y = Number(m[1]);
    // The last month the date covers: 2018年2月 → 2; 2017年上半年 → 6; 2018年以前 → before 2018.
    const last = m[4] ? (m[2] ? Number(m[2]) - 1 : 0) : m[2] ? Number(m[2]) : m[3] ? { 上半年: 6, 一季度: 3, 二季度: 6, 三季度: 9 }[m[3]]! : 12;
    const at = last === 0 ? { y: y - 1, m: 12 } : { y, m: last };
    if (at.y < year || (at.y === year && at.m < month)) return true;
  }
  return false;
}
