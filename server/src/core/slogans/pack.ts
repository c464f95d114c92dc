/**
 * Merges packs and compiles them into the indexes every request reads. An
 * index is built once per loaded pack set, never per request or per edit.
 */
import { pairKey, seedBitOf, tripleKey } from "./pair-key";
import { pinyin } from "./pinyin";
import { BUILTIN_FIELDS } from "./builtin";
import { type EventEntry, type Pack, PackSchema, type SloganEntry, type SnippetEntry, type WordingEntry } from "./schema";

export interface Slogan extends SloganEntry {
  /** Pinyin initials of the text, letters only (四个意识 → sgys). */
  initials: string;
  /** Name of the pack the entry came from. */
  pack: string;
  /** The built-in field file it came from (`economy`, `health` …); none for a team's entry. */
  field?: string;
}

/** One surface form of a slogan (its text or an alias). */
export interface Form {
  form: string;
  slogan: Slogan;
  /** Short quoted forms (“三农”) are recognised only inside quote marks. */
  needsQuotes: boolean;
}

/** A wording entry (use X, not Y) with the pack it came from. */
export interface Wording extends WordingEntry {
  pack: string;
}

/** A dated event (from a pack's `events`), for anniversaries. */
export interface PackEvent extends EventEntry {
  pack: string;
}

export interface Snippet {
  prefix: string;
  body: string;
  description?: string;
  pack: string;
}

/** Formulations shorter than this get no typo detection: a one-character slip is too likely to be another word. */
export const TYPO_MIN_LENGTH = 6;
const MIN_PREFIX = 2;

/** Verbs a formulation may open with that writers often change (建设/构建, 加快/推进): its object is also a typo seed. */
const LEADING_VERBS = new Set(["建设", "构建", "建立", "健全", "完善", "加快", "推进", "推动", "坚持", "加强", "深化", "持续", "深入", "着力", "大力", "实施", "落实", "贯彻", "促进", "提高", "提升", "实现", "打造", "形成", "培育", "发展", "强化", "巩固", "优化", "扩大", "统筹", "增强", "严明", "严守", "压实", "筑牢", "夯实", "践行", "弘扬"]);

/**
 * Verbs that commonly govern a formulation as its object. A verb outside this
 * list (理解, 学习, 把握) says nothing about collocation and is never flagged.
 */
const GOVERNING_VERBS = [
  "做到", "坚持", "增强", "坚定", "树立", "树牢", "强化", "落实", "贯彻", "践行", "推进", "推动", "加强", "提高", "提升",
  "实现", "维护", "捍卫", "拥护", "领悟", "铸牢", "筑牢", "坚守", "弘扬", "夯实", "统筹推进", "协调推进",
];

const bigramKey = (text: string, i: number) => pairKey(text.charCodeAt(i), text.charCodeAt(i + 1));
/** Three UTF-16 units as one number (below 2^48, exact in a double). */
export const trigramKey = (text: string, i: number) => (text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1)) * 65536 + text.charCodeAt(i + 2);

/**
 * The typo seeds that start with one pair of UTF-16 units, by the unit after it
 * (heads3: the form's first three units; tails3: its last three). One map lookup per
 * text position finds them all.
 */
export interface TypoSeed {
  heads3?: Map<number, Form[]>;
  tails3?: Map<number, Form[]>;
}

export class SloganIndex {
  readonly slogans: Slogan[];
  readonly snippets: Snippet[];
  /** Dated events, later packs replacing an earlier event of the same name. */
  readonly events: PackEvent[];
  readonly forms: Form[];
  /** Forms by their first UTF-16 unit, longest first. */
  readonly byFirst = new Map<number, Form[]>();
  /** Forms of two UTF-16 units, by their pair (the leftmost-longest scan tries them after `byFirstThree`). */
  readonly twoUnitForms = new Map<number, Form[]>();
  /**
   * Forms of three units or more by a key of their first three (`tripleKey`; keys may collide, the scan
   * compares the text), longest first: the scan tries a few forms at a position, not all that share a verb.
   */
  readonly byFirstThree = new Map<number, Form[]>();
  /** Current (not deprecated) slogans by every prefix of ≥ 2 units of a form: built on first completion. */
  private prefixIndex?: Map<string, Form[]>;
  /** Current slogans by every prefix of ≥ 2 letters of their pinyin initials. */
  private initialsIndex?: Map<string, Slogan[]>;
  /**
   * Typo seeds: forms long enough for typo detection, by their first and by their last three units.
   * One edit touches at most two neighbouring characters, so in a form of seven or more it leaves its
   * first three or its last three intact, and in a form of six all edits do but a swap of its middle
   * pair, seeded apart; three units keep the many forms that begin with the same verb (加强…, 健全…)
   * from all being tried wherever that verb stands.
   */
  readonly seeds = new Map<number, TypoSeed>();
  /** Four-character forms of the shape ABAC (对标对表, 边学边改) by their slip ABAB (对标对标): a word repeated inside the phrase. */
  readonly repeats = new Map<string, Form>();
  /** 1 for each UTF-16 unit that starts a form: one array read spares most map look-ups. */
  readonly formFirst = new Uint8Array(65536);
  /**
   * One bit for each three units a typo seed is keyed by (`seedBitOf`): most text positions start no
   * seed, and one array read tells so without the map look-ups (a text's common characters start seeds).
   */
  readonly seedBits = new Uint32Array(1 << 15);
  /** Exact forms, for "is this window itself a formulation". */
  readonly formSet = new Map<string, Form>();
  readonly verbs: Set<string>;
  readonly maxVerbLength: number;
  readonly maxFormLength: number;
  readonly wording: Wording[];
  /** Wording entries by the first UTF-16 unit of `avoid`, longest first. */
  readonly wordingByFirst = new Map<number, Wording[]>();

  constructor(slogans: Slogan[], snippets: Snippet[], wording: Wording[] = [], events: PackEvent[] = []) {
    this.slogans = slogans;
    this.snippets = snippets;
    this.wording = wording;
    this.events = events;
    for (const w of wording) push(this.wordingByFirst, w.avoid.charCodeAt(0), w);
    for (const list of this.wordingByFirst.values()) list.sort((a, b) => b.avoid.length - a.avoid.length);
    const forms: Form[] = [];
    for (const s of slogans) {
      for (const form of [s.text, ...(s.aliases ?? [])]) {
        if (this.formSet.has(form)) continue; // a text wins over a later alias of the same spelling
        const f = { form, slogan: s, needsQuotes: !!s.quoted && form.length <= 3 };
        forms.push(f);
        this.formSet.set(form, f);
      }
    }
    this.forms = forms;
    for (const f of forms) push(this.byFirst, f.form.charCodeAt(0), f);
    for (const list of this.byFirst.values()) list.sort((a, b) => b.form.length - a.form.length);
    for (const list of this.byFirst.values())
      for (const f of list) {
        const t = f.form;
        if (t.length === 2) push(this.twoUnitForms, bigramKey(t, 0), f);
        else push(this.byFirstThree, tripleKey(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2)), f);
      }
    for (const f of forms) this.formFirst[f.form.charCodeAt(0)] = 1;
    for (const f of forms) {
      if (f.slogan.deprecated) continue;
      const t = f.form;
      if (t.length === 4 && t[0] === t[2] && t[1] !== t[3] && isTypoCandidate(t)) this.repeats.set(t.slice(0, 2) + t.slice(0, 2), f);
      if (f.form.length >= TYPO_MIN_LENGTH && isTypoCandidate(f.form)) {
        const n = f.form.length;
        this.addSeed("heads3", f.form, 0, 1, 2, f);
        this.addSeed("tails3", f.form, n - 3, n - 2, n - 1, f);
        // In a form of six, the one edit that leaves neither its first three nor its last three characters
        // as written is its middle pair swapped (ABDCEF): seeded by the first three it then shows.
        if (n === TYPO_MIN_LENGTH && f.form.charCodeAt(3) !== f.form.charCodeAt(2)) this.addSeed("heads3", f.form, 0, 1, 3, f);
        // …and, in a run of three parts after one head (做强做优做大), its first two parts exchanged
        // (做优做强做大), whose last three then read f[1] f[4] f[5].
        const t = f.form;
        if (n === TYPO_MIN_LENGTH && t.charCodeAt(0) === t.charCodeAt(2) && t.charCodeAt(2) === t.charCodeAt(4)) this.addSeed("tails3", t, 1, 4, 5, f);
      }
    }
    // 坚持和发展新时代“枫桥经验” written without its quotation marks (新时代峰桥经验), 市场化、法治化、国际化一流营商环境
    // without its 、 (市场化法制化国际化…): the form without them is a typo seed of its own, so a slip in the words
    // is found either way.
    // (Only a list of short items is written without its 、, 市场化法治化国际化: a form of longer clauses is not seeded so.)
    for (const f of forms) {
      const t = f.form;
      const quoted = t.includes("“");
      const shortList = t.includes("、") && /^(?:[^、，；]{1,3}、)+[^、，；]+$/.test(t.replace(/[“”]/g, ""));
      if (f.slogan.deprecated || (!quoted && !shortList && !clauseList(t))) continue;
      const variants = [quoted ? t.replace(/[“”]/g, "") : "", shortList ? t.replace(/、/g, "") : "", quoted && shortList ? t.replace(/[“”、]/g, "") : ""];
      // 请党放心，强国由我: two clauses joined by 、 are often written with ，.
      if (clauseList(t)) variants.push(t.replace(/、/g, "，"));
      for (const bare of variants) {
        if (!bare || bare.length < 7 || this.formSet.has(bare) || !isTypoCandidate(bare)) continue;
        const derived = { form: bare, slogan: f.slogan, needsQuotes: false };
        this.addSeed("heads3", bare, 0, 1, 2, derived);
        this.addSeed("tails3", bare, bare.length - 3, bare.length - 2, bare.length - 1, derived);
      }
    }
    // 建设更高水平开放型经济新体制 written after another verb (以更高水平开放型经济新体质建设为牵引): its
    // object is seeded on its own too, so a slip near its end is found when the verb differs.
    // 全面从严治党永远在路上，党的自我革命永远在路上: a clause of a longer formulation is often written on its
    // own, and each clause of seven characters or more is a typo seed of its own.
    for (const f of forms) {
      if (f.slogan.deprecated || !/[，；]/.test(f.form)) continue;
      for (const clause of f.form.split(/[，；]/)) {
        if (clause.length < 7 || this.formSet.has(clause) || !isTypoCandidate(clause)) continue;
        const derived = { form: clause, slogan: f.slogan, needsQuotes: false };
        this.addSeed("heads3", clause, 0, 1, 2, derived);
        this.addSeed("tails3", clause, clause.length - 3, clause.length - 2, clause.length - 1, derived);
      }
    }
    for (const f of forms) {
      // 全面落实意识形态工作责任制, 严明政治纪律和政治规矩: an adverb may stand before the verb.
      const lead = /^(?:全面|严格|切实|认真|坚决|扎实|不断|进一步)?/.exec(f.form)![0].length;
      const object = f.form.slice(lead + 2);
      if (f.slogan.deprecated || object.length < 8 || !LEADING_VERBS.has(f.form.slice(lead, lead + 2)) || this.formSet.has(object) || !isTypoCandidate(object)) continue;
      const derived = { form: object, slogan: f.slogan, needsQuotes: false };
      this.addSeed("heads3", object, 0, 1, 2, derived);
      // (意实形态工作责任制: a slip in the first three characters is found from the end.)
      this.addSeed("tails3", object, object.length - 3, object.length - 2, object.length - 1, derived);
    }
    this.verbs = new Set([...GOVERNING_VERBS, ...slogans.flatMap((s) => s.verbs ?? [])]);
    this.maxVerbLength = Math.max(...[...this.verbs].map((v) => v.length));
    this.maxFormLength = Math.max(0, ...forms.map((f) => f.form.length));
  }

  private quotedByLength?: Map<number, Form[]>;
  /** Current formulations the pack writes in quotation marks (“两个维护”), of one length: built on first use. */
  quotedOfLength(length: number): Form[] {
    if (!this.quotedByLength) {
      this.quotedByLength = new Map();
      for (const f of this.forms) if (f.slogan.quoted && !f.slogan.deprecated) push(this.quotedByLength, f.form.length, f);
    }
    return this.quotedByLength.get(length) ?? [];
  }

  /** Seeds `form` by the units of `t` at a, b (the pair) and c (the unit after it in the text). */
  private addSeed(which: keyof TypoSeed, t: string, a: number, b: number, c: number, form: Form): void {
    const c0 = t.charCodeAt(a);
    const c1 = t.charCodeAt(b);
    const c2 = t.charCodeAt(c);
    const key = pairKey(c0, c1);
    let seed = this.seeds.get(key);
    if (!seed) this.seeds.set(key, (seed = {}));
    push((seed[which] ??= new Map()), c2, form);
    const bit = seedBitOf(c0, c1, c2);
    this.seedBits[bit >>> 5] |= 1 << (bit & 31);
  }

  /** Built on first use: only completion wants it, and a thousand forms make some ten thousand prefixes. */
  get byPrefix(): Map<string, Form[]> {
    if (!this.prefixIndex) {
      this.prefixIndex = new Map();
      for (const f of this.forms) {
        if (f.slogan.deprecated) continue;
        for (let n = MIN_PREFIX; n <= f.form.length; n++) push(this.prefixIndex, f.form.slice(0, n), f);
      }
    }
    return this.prefixIndex;
  }

  /** Built on first use: pinyin needs pinyin-pro's dictionary, which only completion wants. */
  get byInitials(): Map<string, Slogan[]> {
    if (!this.initialsIndex) {
      this.initialsIndex = new Map();
      for (const s of this.slogans) {
        if (s.deprecated) continue;
        for (let n = MIN_PREFIX; n <= s.initials.length; n++) push(this.initialsIndex, s.initials.slice(0, n), s);
      }
    }
    return this.initialsIndex;
  }

  get(text: string): Slogan | undefined {
    return this.formSet.get(text)?.slogan;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** 请党放心、强国有我: two clauses of four characters or more joined by 、 (no quotation marks); longer lists keep their 、. */
function clauseList(t: string): boolean {
  return /^[\u4e00-\u9fff]{4,}、[\u4e00-\u9fff]{4,}$/.test(t);
}

/** Typo detection compares CJK text; a form with Latin letters or digits (人工智能+) is left to exact matching. */
function isTypoCandidate(form: string): boolean {
  return !/[A-Za-z0-9+]/.test(form);
}

const initialsCache = new Map<string, string>();

/** 四个意识 → sgys; punctuation and quote marks are skipped. */
export function pinyinInitials(text: string): string {
  let v = initialsCache.get(text);
  if (v === undefined) {
    const letters = pinyin(text, { pattern: "first", toneType: "none", type: "array" }) as string[];
    v = letters.filter((l) => /^[a-z]$/i.test(l)).join("").toLowerCase();
    initialsCache.set(text, v);
  }
  return v;
}

/**
 * Pinyin initials are for completion only; computing them loads pinyin-pro's dictionary, which
 * start-up and the CLI need not pay for. A getter on a shared prototype (not defineProperty on
 * each slogan, which turns every one into a slow dictionary-mode object the hot loops then read).
 */
const SLOGAN_PROTOTYPE = {
  get initials(): string {
    return pinyinInitials((this as unknown as Slogan).text);
  },
};

function toSlogan(entry: SloganEntry, pack: string): Slogan {
  const slogan = Object.assign(Object.create(SLOGAN_PROTOTYPE), entry, { pack }) as Slogan;
  const field = BUILTIN_FIELD_OF.get(entry);
  if (field) slogan.field = field;
  return slogan;
}

/** Merges packs in order: a later pack's entry replaces an earlier one with the same `text` (a wording entry the same `avoid`), and a later snippet the same `prefix`. */
export function mergePacks(packs: Pack[]): SloganIndex {
  const slogans = new Map<string, Slogan>();
  const snippets = new Map<string, Snippet>();
  const wording = new Map<string, Wording>();
  const events = new Map<string, PackEvent>();
  for (const pack of packs) {
    for (const w of pack.wording ?? []) {
      wording.delete(w.avoid);
      wording.set(w.avoid, { ...w, pack: pack.name });
    }
    for (const e of pack.events ?? []) events.set(e.name, { ...e, pack: pack.name });
    for (const entry of pack.slogans) {
      slogans.delete(entry.text); // re-insert so the merged order follows the last definition
      slogans.set(entry.text, toSlogan(entry, pack.name));
    }
    for (const sn of pack.snippets ?? []) snippets.set(sn.prefix, toSnippet(sn, pack.name));
  }
  return new SloganIndex([...slogans.values()], [...snippets.values()], [...wording.values()], [...events.values()]);
}

function toSnippet(sn: SnippetEntry, pack: string): Snippet {
  return { prefix: sn.prefix, body: Array.isArray(sn.body) ? sn.body.join("\n") : sn.body, description: sn.description, pack };
}

/**
 * The built-in pack: the field files of `builtin/`, concatenated in order and
 * taken as written: validating them on every start cost the CLI ~20 ms of zod.
 * A unit test parses each file and the merged pack with PackSchema and requires
 * the result to equal what is here, so a broken or a defaults-needing file (or
 * one formulation in two files) still fails the build.
 */
export const BUILTIN_PACK: Pack = {
  name: "lectern-builtin",
  version: "2024.1.0",
  description: "内置规范提法：按领域分文件（builtin/<field>.json）合并而成。",
  slogans: BUILTIN_FIELDS.flatMap((f) => f.pack.slogans),
  wording: BUILTIN_FIELDS.flatMap((f) => f.pack.wording ?? []),
  events: BUILTIN_FIELDS.flatMap((f) => f.pack.events ?? []),
};

/** The field file of each built-in entry, by the entry object. */
export const BUILTIN_FIELD_OF: ReadonlyMap<SloganEntry, string> = new Map(BUILTIN_FIELDS.flatMap((f) => f.pack.slogans.map((s) => [s, f.field] as const)));

let builtinIndex: SloganIndex | undefined;

/** The index of the built-in pack alone (what checks use when no pack files were loaded). */
export function builtinSloganIndex(): SloganIndex {
  return (builtinIndex ??= mergePacks([BUILTIN_PACK]));
}
