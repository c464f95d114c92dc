/**
 * `lectern init [DIR]`: starts a team's `.lectern/` folder — a starter pack, a
 * target table and the include/exclude config, each naming its JSON Schema so
 * any editor validates and completes it. Existing files are never overwritten.
 */
import * as fs from "fs";
import * as path from "path";
import { UsageError } from "./args";
import type { Command } from "./command";
import { DEFAULT_PROJECT_CONFIG } from "../core";

/** The schemas shipped with this Lectern (beside dist/), as a path relative to `.lectern/`. */
function schemaRef(lecternDir: string, name: string): string {
  const shipped = path.resolve(__dirname, "..", "schemas", name);
  const rel = path.relative(lecternDir, shipped).split(path.sep).join("/");
  return rel.startsWith(".") ? rel : `./${rel}`;
}

function starterFiles(lecternDir: string, team: string): Record<string, object> {
  return {
    "team.pack.json": {
      $schema: schemaRef(lecternDir, "pack.schema.json"),
      name: team,
      version: "0.1.0",
      slogans: [],
      snippets: [{ prefix: "kaihui", description: "会议开场", body: ["同志们：", "今天召开${1:会议名称}，主要任务是${2:……}。", "$0"] }],
    },
    "targets.json": { $schema: schemaRef(lecternDir, "targets.schema.json"), targets: [] },
    "config.json": { $schema: schemaRef(lecternDir, "config.schema.json"), include: DEFAULT_PROJECT_CONFIG.include, exclude: [...DEFAULT_PROJECT_CONFIG.exclude, "archive/"] },
  };
}

export const initCommand: Command = {
  operands: "[DIR]",
  summary: "Creates DIR/.lectern/ (default: the current folder) with a starter pack, a target table and an include/exclude config; existing files are kept.",
  options: [],
  run(args, io) {
    if (args.positionals.length > 1) throw new UsageError("init takes at most one folder");
    const root = path.resolve(args.positionals[0] ?? ".");
    if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new UsageError(`${args.positionals[0]}: no such folder`);
    const dir = path.join(root, ".lectern");
    fs.mkdirSync(dir, { recursive: true });
    const team = path.basename(root).replace(/[^\w.-]+/g, "-").replace(/^-+|-+$/g, "") || "team";
    for (const [name, content] of Object.entries(starterFiles(dir, team))) {
      const file = path.join(dir, name);
      const shown = path.relative(process.cwd(), file) || file;
      if (fs.existsSync(file)) {
        io.err(`kept ${shown} (already there)`);
        continue;
      }
      fs.writeFileSync(file, JSON.stringify(content, null, 2) + "\n", { flag: "wx" });
      io.out(`created ${shown}`);
    }
    return 0;
  },
};
