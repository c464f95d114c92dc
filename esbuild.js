// Bundles the extension client, the language server and the CLI into dist/.
// Each server/CLI bundle runs alone: the segmenter's WebAssembly is inlined
// (binary loader), and the native segmenter (@node-rs/jieba, a per-platform
// binary) stays outside, used only where npm installed it.
const esbuild = require("esbuild");
const fs = require("fs");
const path = require("path");

const watch = process.argv.includes("--watch");
const minify = process.argv.includes("--minify");

/** Swaps jieba-wasm.ts (reads the .wasm from node_modules) for jieba-wasm.bundled.ts (carries it inline). */
const embedWasm = {
  name: "embed-jieba-wasm",
  setup(build) {
    build.onResolve({ filter: /^\.\/jieba-wasm$/ }, (args) => ({ path: path.join(args.resolveDir, "jieba-wasm.bundled.ts") }));
    build.onResolve({ filter: /^lectern:jieba-wasm-binary$/ }, () => ({
      path: path.join(path.dirname(require.resolve("jieba-wasm/web")), "jieba_rs_wasm_bg.wasm"),
      namespace: "wasm-binary",
    }));
    build.onLoad({ filter: /.*/, namespace: "wasm-binary" }, (args) => ({ contents: fs.readFileSync(args.path), loader: "binary" }));
  },
};

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

async function main() {
  fs.mkdirSync("dist", { recursive: true });
  for (const f of fs.readdirSync("dist")) if (f.endsWith(".wasm")) fs.rmSync(path.join("dist", f)); // left by older builds
  const common = { bundle: true, platform: "node", target: "node18", format: "cjs", mainFields: ["module", "main"], sourcemap: true, minify, logLevel: "warning" };
  const server = { ...common, plugins: [embedWasm], define: { LECTERN_JIEBA_DICT_TOTAL: JSON.stringify(jiebaDictTotal()), LECTERN_CHAR_READINGS: JSON.stringify(charReadings()) }, external: ["@node-rs/jieba", "@node-rs/jieba/*"], banner: { js: "#!/usr/bin/env node" } };
  const builds = [
    { ...common, entryPoints: ["client/src/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] },
    { ...server, entryPoints: ["server/src/lsp/main.ts"], outfile: "dist/server.js" },
    { ...server, entryPoints: ["server/src/cli/main.ts"], outfile: "dist/cli.js" },
  ];
  if (watch) {
    for (const b of builds) (await esbuild.context(b)).watch();
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
  for (const f of ["dist/server.js", "dist/cli.js"]) {
    asciiOnly(f);
    fs.chmodSync(f, 0o755);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
