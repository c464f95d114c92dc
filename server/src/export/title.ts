/**
 * A title too long for one line, broken as GB/T 9704 7.3.1 asks: between words
 * (the segmenter's), 词意完整, in a trapezoid (each line longer, or each shorter,
 * than the one above) or a diamond (the middle line longest), the lines as even
 * as that allows. Pure: the segmenter is loaded by the caller's first use.
 */
import { isSegmenterLoaded, loadSegmenter, segment } from "../core";
import { textWidth } from "./width";

const OPENING = /[《（(“‘〈【「]$/;
const CLOSING = /^[》）)”’〉】」、，。：；！？]/;
/** Particles that lean on the word before: a line does not start with them. */
const LEANING = /^(?:的|地|得|之|和|与|及)/;

/** The lines of `title` when it is wider than `capacity` characters; [title] when it fits. */
export function breakTitle(title: string, capacity: number): string[] {
  if (textWidth(title) <= capacity || capacity < 4) return [title];
  if (!isSegmenterLoaded()) loadSegmenter();
  const words = segment(title);
  // Break points: between words, never before closing punctuation or after an opening one.
  const cuts = words.slice(1).map((w) => w.start).filter((at) => !CLOSING.test(title.slice(at)) && !OPENING.test(title.slice(0, at)));
  const inBookTitle = (at: number) => title.lastIndexOf("《", at - 1) > title.lastIndexOf("》", at - 1);
  let best: { lines: string[]; cost: number } | undefined;
  const consider = (points: number[]) => {
    const bounds = [0, ...points, title.length];
    const lines = bounds.slice(1).map((end, i) => title.slice(bounds[i], end));
    const widths = lines.map(textWidth);
    if (widths.some((w) => w > capacity)) return;
    if (!isTrapezoidOrDiamond(widths)) return;
    let cost = Math.max(...widths) - Math.min(...widths);
    for (const at of points) {
      if (inBookTitle(at)) cost += 2;
      if (LEANING.test(title.slice(at))) cost += 3;
      // 发文机关 | 关于…: the title's own seam.
      if (title.startsWith("关于", at)) cost -= 4;
    }
    if (!best || cost < best.cost) best = { lines, cost };
  };
  const needed = Math.ceil(textWidth(title) / capacity);
  for (let n = Math.max(2, needed); n <= Math.max(3, needed) && !best; n++) {
    if (n > 3) return evenLines(title, cuts, capacity);
    for (const a of cuts) {
      if (n === 2) consider([a]);
      else for (const b of cuts) if (b > a) consider([a, b]);
    }
  }
  return best?.lines ?? evenLines(title, cuts, capacity);
}

/** Trapezoid: widths strictly rising or strictly falling; diamond (three lines or more): rising to one longest line, then falling. */
function isTrapezoidOrDiamond(widths: number[]): boolean {
  const rising = widths.every((w, i) => i === 0 || w > widths[i - 1]);
  const falling = widths.every((w, i) => i === 0 || w < widths[i - 1]);
  if (rising || falling) return true;
  const top = widths.indexOf(Math.max(...widths));
  return widths.length >= 3 && top > 0 && top < widths.length - 1 && widths.every((w, i) => i === 0 || (i <= top ? w > widths[i - 1] : w < widths[i - 1]));
}

/** Fallback for a very long title: fill each line greedily at word boundaries. */
function evenLines(title: string, cuts: number[], capacity: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (textWidth(title.slice(start)) > capacity) {
    const fits = cuts.filter((c) => c > start && textWidth(title.slice(start, c)) <= capacity);
    const end = fits.length ? fits[fits.length - 1] : start + capacity;
    lines.push(title.slice(start, end));
    start = end;
  }
  lines.push(title.slice(start));
  return lines;
}
