/**
 * jieba's dictionary, loaded word by word as text needs it. Building the whole
 * dictionary (349,045 words) is most of what a one-draft `lectern check` costs
 * (about 0.1 s), yet a draft's figures and typo candidates segment a few
 * hundred characters. jieba-rs reads its dictionary in exactly two ways when
 * it segments a text: the frequencies and tags of the words that occur in that
 * text (the DAG of word candidates, the membership test before HMM, the tags),
 * and the sum of all frequencies (`total`, in every path's probability). So
 * before each call this loads every dictionary word that occurs in the text,
 * and one entry no text can contain carries the frequencies of the words not
 * yet loaded, so `total` is the full dictionary's: the words and tags are the
 * same as with the whole dictionary (test/unit/segmenter-engines.test.ts).
 * After FULL_AFTER characters it builds the whole dictionary once, as a
 * long-running server or a large draft would pay for anyway.
 */

export interface JiebaLike {
  cut(text: string, hmm?: boolean): string[];
  tag(text: string, hmm?: boolean): { word: string; tag: string }[];
  loadDict(dict: Uint8Array): void;
}

const NEWLINE = 10;
const SPACE = 32;
/** Carries the frequencies of the words not loaded. Private-use characters no draft writes, eight of them. */
const REST = "\uE000\uE001\uE002\uE003\uE004\uE005\uE006\uE007";
/** Characters segmented before the whole dictionary is worth building. */
export const FULL_AFTER = 20_000;
const EXACT = 1;
const LONGER = 2;

/** The start of the line holding byte `at`. */
function lineStart(dict: Buffer, at: number): number {
  while (at > 0 && dict[at - 1] !== NEWLINE) at--;
  return at;
}

function nextLine(dict: Buffer, at: number): number {
  const nl = dict.indexOf(NEWLINE, at);
  return nl < 0 ? dict.length : nl + 1;
}

/** The word of the line at `at` (the bytes before its first space). */
export function wordAt(dict: Buffer, at: number): Buffer {
  const space = dict.indexOf(SPACE, at);
  return dict.subarray(at, space < 0 ? nextLine(dict, at) : space);
}

/** The first line whose word is ≥ key in byte order (dict.txt is sorted by bytes), or dict.length. */
export function lowerBound(dict: Buffer, key: Buffer): number {
  let lo = 0;
  let hi = dict.length;
  while (lo < hi) {
    const mid = lineStart(dict, (lo + hi) >> 1);
    if (Buffer.compare(wordAt(dict, mid), key) < 0) lo = nextLine(dict, mid);
    else hi = mid;
  }
  return lo;
}

/** The frequency written on the line at `at` (its second field). */
export function frequencyAt(dict: Buffer, at: number): number {
  let f = 0;
  for (let i = dict.indexOf(SPACE, at) + 1; dict[i] >= 48 && dict[i] <= 57; i++) f = f * 10 + dict[i] - 48;
  return f;
}

const startsWith = (word: Buffer, key: Buffer) => word.length > key.length && word.subarray(0, key.length).equals(key);

export class LazyDictionary implements JiebaLike {
  private engine: JiebaLike;
  private full = false;
  private segmented = 0;
  /** Frequency of each word in the engine (REST aside). */
  private readonly loaded = new Map<string, number>();
  private loadedSum = 0;
  /** The dictionary's total as jieba would have it with every word: dict.txt's, plus what loadDict changed. */
  private total: number;
  /** Lines given to loadDict (taught words), in order, to replay on the whole dictionary. */
  private readonly taughtLines: string[] = [];
  private readonly taught = new Set<string>();
  /** Per probed key: EXACT | LONGER bits, and the line of an exact word. */
  private readonly probes = new Map<string, { bits: number; line: number }>();

  constructor(
    private readonly createEngine: (dict: Uint8Array) => JiebaLike,
    private readonly dict: Buffer,
    dictTotal: number,
    private readonly fullAfter = FULL_AFTER,
  ) {
    this.total = dictTotal;
    this.engine = createEngine(Buffer.from(`${REST} ${dictTotal} x\n`));
  }

  /** Whether the whole dictionary has been built (for tests and the bench). */
  get isFull(): boolean {
    return this.full;
  }

  cut(text: string, hmm?: boolean): string[] {
    this.cover(text);
    return this.engine.cut(text, hmm);
  }

  tag(text: string, hmm?: boolean): { word: string; tag: string }[] {
    this.cover(text);
    return this.engine.tag(text, hmm);
  }

  /** Taught words (`word freq tag` lines): they override the dictionary's entries, as in jieba. */
  loadDict(lines: Uint8Array): void {
    const raw = Buffer.from(lines).toString("utf8");
    const text = raw.endsWith("\n") ? raw : raw + "\n";
    if (this.full) {
      this.engine.loadDict(lines);
      this.taughtLines.push(text);
      return;
    }
    for (const line of text.split("\n")) {
      const [word, f] = line.split(" ");
      if (!word) continue;
      const freq = Number(f);
      const before = this.loaded.get(word) ?? (this.taught.has(word) ? 0 : this.dictFrequency(word));
      this.total += freq - before;
      this.taught.add(word);
      this.setLoaded(word, freq);
    }
    this.taughtLines.push(text);
    this.engine.loadDict(Buffer.from(text + this.restLine()));
  }

  private setLoaded(word: string, freq: number): void {
    this.loadedSum += freq - (this.loaded.get(word) ?? 0);
    this.loaded.set(word, freq);
  }

  private restLine(): string {
    return `${REST} ${this.total - this.loadedSum} x\n`;
  }

  private dictFrequency(word: string): number {
    const p = this.probe(word);
    return p.bits & EXACT ? frequencyAt(this.dict, p.line) : 0;
  }

  private probe(key: string): { bits: number; line: number } {
    let p = this.probes.get(key);
    if (p) return p;
    const bytes = Buffer.from(key);
    const at = lowerBound(this.dict, bytes);
    let bits = 0;
    let next = at;
    if (at < this.dict.length && wordAt(this.dict, at).equals(bytes)) {
      bits |= EXACT;
      next = nextLine(this.dict, at);
    }
    if (next < this.dict.length && startsWith(wordAt(this.dict, next), bytes)) bits |= LONGER;
    p = { bits, line: at };
    // Bounded: the probes of the text segmented so far, at most FULL_AFTER characters' worth.
    this.probes.set(key, p);
    return p;
  }

  /** Loads every dictionary word that occurs in `text`, or the whole dictionary once enough text has come. */
  private cover(text: string): void {
    if (this.full) return;
    this.segmented += text.length;
    if (this.segmented > this.fullAfter) return this.buildFull();
    const chars = Array.from(text);
    const lines: string[] = [];
    for (let i = 0; i < chars.length; i++) {
      let key = "";
      for (let j = i; j < chars.length; j++) {
        key += chars[j];
        const p = this.probe(key);
        if (p.bits & EXACT && !this.loaded.has(key) && !this.taught.has(key)) {
          const line = this.dict.toString("utf8", p.line, nextLine(this.dict, p.line)).replace(/\n$/, "");
          lines.push(line);
          this.setLoaded(key, Number(line.split(" ")[1]));
        }
        if (!(p.bits & LONGER)) break;
      }
    }
    if (lines.length) this.engine.loadDict(Buffer.from(lines.join("\n") + "\n" + this.restLine()));
  }

  private buildFull(): void {
    this.engine = this.createEngine(this.dict);
    if (this.taughtLines.length) this.engine.loadDict(Buffer.from(this.taughtLines.join("")));
    this.full = true;
    this.probes.clear();
    this.loaded.clear();
  }
}
