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

async function main() {
  fs.mkdirSync("dist", { recursive: true });
  for (const f of fs.readdirSync("dist")) if (f.endsWith(".wasm")) fs.rmSync(path.join("dist", f)); // left by older builds
  const common = { bundle: true, platform: "node", target: "node18", format: "cjs", mainFields: ["module", "main"], sourcemap: true, minify, logLevel: "warning" };
  const server = { ...common, plugins: [embedWasm], external: ["@node-rs/jieba", "@node-rs/jieba/*"], banner: { js: "#!/usr/bin/env node" } };
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
  for (const f of ["dist/server.js", "dist/cli.js"]) fs.chmodSync(f, 0o755);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
