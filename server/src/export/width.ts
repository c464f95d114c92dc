/** Widths of text on the exported page, in characters of the body size. */

/** How wide a line sets, in characters: a CJK character 1, a half-width letter or digit ½, and ¼ where Latin meets CJK (the space Word and LibreOffice put there). */
export function textWidth(text: string): number {
  let w = 0;
  let prev: "cjk" | "latin" | undefined;
  for (const ch of text) {
    const latin = /[\x20-\x7e]/.test(ch);
    w += latin ? 0.5 : 1;
    const kind = latin ? "latin" : "cjk";
    if (prev && kind !== prev && ch !== " ") w += 0.25;
    prev = kind;
  }
  return w;
}
