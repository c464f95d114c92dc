// `npm start`: the outline and findings of every example draft (a demo, so findings do not fail it).
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const cli = path.join(__dirname, "..", "dist", "cli.js");
const dir = path.join(__dirname, "..", "examples");
const run = (args) => spawnSync(process.execPath, [cli, ...args], { stdio: "inherit" }).status;

for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".speech")).sort()) {
  if (run(["outline", path.join("examples", f)]) !== 0) process.exit(2);
  console.log();
}
const status = run(["check", "examples"]);
// 1 only means the drafts have error-severity findings, which is what the examples show.
process.exit(status === 2 ? 2 : 0);
