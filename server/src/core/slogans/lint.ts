/**
 * The pack lint behind `lectern pack check`: what a valid pack can still get
 * wrong. Two formulations one character apart are almost always one of them
 * misspelt; a form listed twice (as a text or an alias) shadows itself; a
 * numbered formulation whose parts list has another count than its name says
 * (四个意识 with three parts) is incomplete or overfull.
 */
import { parseChineseNumeral } from "../numerals";
import type { Pack } from "./schema";

export type LintKind = "near-miss" | "duplicate" | "parts-count";

export interface LintProblem {
  kind: LintKind;
  /** JSON path in the pack, as segments (`["slogans", 3, "aliases", 0]`). */
  path: (string | number)[];
  message: string;
}

/** Numerals: 第一个/第二个百年奋斗目标 differ by one character and are both right. */
const NUMERAL = /^[〇零一二三四五六七八九十百千万两双]$/;

interface FormAt {
  form: string;
  entry: number;
  path: (string | number)[];
  /** From the pack a team pack is checked against (the built-in one). */
  other?: boolean;
}

function formsOf(pack: Pack, other: boolean): FormAt[] {
  const out: FormAt[] = [];
  pack.slogans.forEach((s, i) => {
    out.push({ form: s.text, entry: i, path: ["slogans", i, "text"], other });
    (s.aliases ?? []).forEach((a, j) => out.push({ form: a, entry: i, path: ["slogans", i, "aliases", j], other }));
  });
  return out;
}


export function pathText(path: readonly (string | number)[]): string {
  let s = "";
  for (const p of path) s += typeof p === "number" ? `[${p}]` : (s ? "." : "") + p;
  return s;
}

/**
 * The number a formulation's name announces for its parts: 四个意识 → 4,
 * 十四个坚持 → 14, 六稳 → 6, 三不腐 → 3; none for names where the numeral is
 * no count of parts (五位一体, 三新一高, 一带一路).
 */
export function announcedCount(name: string): number | undefined {
  const m = /^([一二三四五六七八九十两]+)(个|大|项|条|种|是|方面|要|字)?(.*)$/.exec(name);
  if (!m) return undefined;
  const n = parseChineseNumeral(m[1] === "两" ? "二" : m[1]);
  if (n === undefined) return undefined;
  // Without a classifier only a short tail counts (四风, 六稳, 三不腐): a longer one is a phrase (五位一体).
  if (!m[2] && (m[3].length === 0 || m[3].length > 2 || /[一二三四五六七八九十]/.test(m[3]))) return undefined;
  return n;
}

/**
 * Problems of `pack`; with `base` (the built-in pack) a team pack's forms are
 * also compared with the base's (a near miss of a built-in formulation).
 */
export function lintPack(pack: Pack, base?: Pack, describe: (path: (string | number)[]) => string = pathText): LintProblem[] {
  const problems: LintProblem[] = [];
  const where = (f: FormAt) => (f.other ? `the built-in “${f.form}”` : `“${f.form}” (${describe(f.path)})`);
  const own = formsOf(pack, false);
  const baseForms = base ? formsOf(base, true) : [];

  // Duplicates: a form that is already a text or alias of this pack.
  const first = new Map<string, FormAt>();
  for (const f of own) {
    const prev = first.get(f.form);
    if (!prev) first.set(f.form, f);
    else if (prev.entry === f.entry) problems.push({ kind: "duplicate", path: f.path, message: `“${f.form}” is listed twice in the same entry` });
    else problems.push({ kind: "duplicate", path: f.path, message: `duplicate: “${f.form}” is already ${where(prev)}` });
  }
  pack.slogans.forEach((s, i) => {
    const seen = new Set<string>();
    (s.parts ?? []).forEach((p, j) => {
      if (seen.has(p)) problems.push({ kind: "duplicate", path: ["slogans", i, "parts", j], message: `the part “${p}” is listed twice` });
      seen.add(p);
    });
  });

  // Near misses: one substitution, insertion or deletion apart, found by deletion neighbourhoods.
  const all = [...own.filter((f) => first.get(f.form) === f), ...baseForms.filter((f) => !first.has(f.form))];
  const byForm = new Map<string, FormAt>();
  for (const f of all) if (!byForm.has(f.form)) byForm.set(f.form, f);
  const byDeletion = new Map<string, FormAt[]>();
  const reported = new Set<string>();
  const entryOf = (f: FormAt) => (f.other ? base! : pack).slogans[f.entry];
  // Declared neighbours, and a retired form next to its own replacement (乙类甲管 → 乙类乙管).
  const declared = (a: FormAt, b: FormAt) => {
    const e = entryOf(a);
    return !!e.neighbours?.includes(b.form) || e.deprecated?.replacement === b.form;
  };
  const report = (a: FormAt, b: FormAt) => {
    if (a.entry === b.entry && !!a.other === !!b.other) return; // an entry's own alias (以人民为中心发展思想 for …的…)
    if (a.other && b.other) return; // both in the base pack: not this pack's problem
    if (declared(a, b) || declared(b, a)) return;
    // Two retired names: the 局, 厅 and 部 of one body are one character apart by nature, and retired names get no typo check.
    if (entryOf(a).deprecated && entryOf(b).deprecated) return;
    const [mine, theirs] = a.other ? [b, a] : [a, b];
    const key = [mine.form, theirs.form].sort().join("\u0000");
    if (reported.has(key)) return;
    reported.add(key);
    problems.push({ kind: "near-miss", path: mine.path, message: `near miss: “${mine.form}” and ${where(theirs)} are one character apart; one of them is likely misspelt` });
  };
  for (const f of all) {
    if (f.form.length < 4) continue; // 六稳/六保, 双减/双拥: short forms are one character apart by nature
    for (let i = 0; i < f.form.length; i++) {
      const d = f.form.slice(0, i) + f.form.slice(i + 1);
      // Insertion/deletion: the shorter form is this deletion.
      const shorter = byForm.get(d);
      if (shorter && shorter.form.length >= 4 && !NUMERAL.test(f.form[i])) report(f, shorter);
      // Substitution at i: another form of the same length with the same deletion at i.
      const key = `${i}\u0000${d}`;
      const list = byDeletion.get(key);
      if (list) {
        for (const g of list) if (!(NUMERAL.test(f.form[i]) && NUMERAL.test(g.form[i]))) report(f, g);
        list.push(f);
      } else byDeletion.set(key, [f]);
    }
  }

  // Parts whose count disagrees with the number in the name.
  pack.slogans.forEach((s, i) => {
    if (!s.parts) return;
    const n = announcedCount(s.text);
    if (n !== undefined && n !== s.parts.length) {
      problems.push({ kind: "parts-count", path: ["slogans", i, "parts"], message: `“${s.text}” names ${n} parts but lists ${s.parts.length}` });
    }
  });
  return problems;
}
