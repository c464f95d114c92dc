// Bundles the extension client, the language server and the CLI into dist/.
// The segmenter's .wasm is copied beside the bundles, where its loader looks.
const esbuild = require("esbuild");
const fs = require("fs");
const path = require("path");

const watch = process.argv.includes("--watch");
const minify = process.argv.includes("--minify");

async function main() {
  fs.mkdirSync("dist", { recursive: true });
  const common = { bundle: true, platform: "node", target: "node18", format: "cjs", mainFields: ["module", "main"], sourcemap: true, minify, logLevel: "warning" };
  const builds = [
    { ...common, entryPoints: ["client/src/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] },
    { ...common, entryPoints: ["server/src/lsp/main.ts"], outfile: "dist/server.js", banner: { js: "#!/usr/bin/env node" } },
    { ...common, entryPoints: ["server/src/cli/main.ts"], outfile: "dist/cli.js", banner: { js: "#!/usr/bin/env node" } },
  ];
  const wasm = path.join(path.dirname(require.resolve("jieba-wasm")), "jieba_rs_wasm_bg.wasm");
  fs.copyFileSync(wasm, path.join("dist", path.basename(wasm)));
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
