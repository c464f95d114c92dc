/** Where a run of numbers (1, 2, 3 …) breaks, and which items each break's fix renumbers. */

export type BreakKind = "start" | "gap" | "duplicate" | "order" | "swap";

export interface SequenceBreak {
  /** Index of the item that breaks the run. */
  index: number;
  kind: BreakKind;
  /** The number the item should have: its position in the run. */
  expected: number;
  /** Items this break's fix renumbers: from `index` up to (not including) the next break. */
  segmentEnd: number;
}

/**
 * An item breaks the run when it neither follows the item before it nor has the
 * number of its position (first: is not 1). So 一二四五 breaks once (at 四), 一三二四
 * twice (at 三 and 二), and a break's fix (its items renumbered by position) always
 * leaves that item unbroken, whatever the items before it say. Two neighbours in each
 * other's place, the items before them in order (一二四三五), are one slip: one break,
 * at the first of the two, whose fix renumbers both.
 */
export function findBreaks(numbers: number[]): SequenceBreak[] {
  const breaks: SequenceBreak[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i];
    const position = i + 1;
    if (n === position || (i > 0 && n === numbers[i - 1] + 1)) continue;
    let kind: BreakKind;
    if (i === 0) kind = "start";
    else if (n === numbers[i - 1]) kind = "duplicate";
    else if (n > position && n > numbers[i - 1]) kind = "gap";
    else kind = "order";
    breaks.push({ index: i, kind, expected: position, segmentEnd: numbers.length });
  }
  for (let k = 0; k + 1 < breaks.length; k++) {
    const i = breaks[k].index;
    const inOrderBefore = i === 0 || numbers[i - 1] === i;
    // …and the item after them in its place, not going on from the second of them (二一二三 is no swap).
    const inOrderAfter = i + 2 >= numbers.length || numbers[i + 2] === i + 3 || numbers[i + 2] !== numbers[i + 1] + 1;
    if (inOrderBefore && inOrderAfter && numbers[i] === i + 2 && numbers[i + 1] === i + 1 && breaks[k + 1].index === i + 1) {
      breaks[k].kind = "swap";
      breaks.splice(k + 1, 1);
    }
  }
  for (let k = 0; k + 1 < breaks.length; k++) breaks[k].segmentEnd = breaks[k + 1].index;
  return breaks;
}

/** The writer-facing description of a break, given how the actual and expected tokens read. */
export function breakMessage(kind: BreakKind, actual: string, expected: string): string {
  switch (kind) {
    case "start":
      return `本级编号应从“${expected}”开始，此处为“${actual}”。`;
    case "gap":
      return `编号跳号：此处为“${actual}”，应为“${expected}”。`;
    case "duplicate":
      return `编号重复：“${actual}”与上一项相同，应为“${expected}”。`;
    case "order":
      return `编号顺序错乱：此处为“${actual}”，应为“${expected}”。`;
    case "swap":
      return `编号顺序错乱：此处为“${actual}”，应为“${expected}”（与下一项的编号颠倒）。`;
  }
}
