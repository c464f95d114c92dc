// `npm pack` / `npm publish`: the published package.json carries no lifecycle script
// (`prepare` builds the clone after `npm ci`, and nothing else needs it), so installing
// the tarball runs nothing and npm has no install script to warn about.
//   node scripts/pack-manifest.js strip     (prepack: keeps the original beside node_modules)
//   node scripts/pack-manifest.js restore   (postpack)
const fs = require("fs");
const path = require("path");

const manifest = path.join(__dirname, "..", "package.json");
const backup = path.join(__dirname, "..", "node_modules", ".cache", "lectern-pack", "package.json");

function restore() {
  if (!fs.existsSync(backup)) return;
  fs.copyFileSync(backup, manifest);
  fs.rmSync(backup);
}

if (process.argv[2] === "strip") {
  restore(); // a pack that failed before its postpack left a stripped manifest
  const text = fs.readFileSync(manifest, "utf8");
  const pkg = JSON.parse(text);
  fs.mkdirSync(path.dirname(backup), { recursive: true });
  fs.writeFileSync(backup, text);
  for (const name of ["prepare", "prepack", "postpack", "preinstall", "install", "postinstall"]) delete pkg.scripts[name];
  fs.writeFileSync(manifest, JSON.stringify(pkg, null, 2) + "\n");
} else if (process.argv[2] === "restore") restore();
else {
  console.error("usage: node scripts/pack-manifest.js strip|restore");
  process.exit(2);
}
