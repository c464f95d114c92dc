import * as assert from "assert";

/**
 * The edits a drafting office makes between two versions: two figures of the
 * 2023 review and one 2024 target changed, a paragraph moved two places down,
 * the last （十） heading renumbered （十一）, and one formulation altered.
 */
export function editReport(text: string): string {
  const lines = text.split("\n");
  const swap = (i: number, from: string, to: string) => {
    assert.ok(lines[i].includes(from), `line ${i + 1} has ${from}`);
    lines[i] = lines[i].replace(from, to);
  };
  swap(5, "增长5.2%", "增长5.3%");
  swap(5, "1244万人", "1250万人");
  swap(27, "城镇调查失业率5.5%左右", "城镇调查失业率5.3%左右");
  swap(71, "（十）", "（十一）");
  swap(17, "美丽中国", "健康中国");
  const [moved] = lines.splice(9, 1);
  lines.splice(11, 0, moved);
  return lines.join("\n");
}
