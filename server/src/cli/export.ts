/**
 * `lectern export DRAFT [-o OUT.docx]`: the draft as a Word document in the
 * GB/T 9704 layout. `lectern.export.*` settings come from the workspace's
 * .vscode/settings.json (as VS Code would apply them), then `--settings FILE`.
 */
import * as fs from "fs";
import * as path from "path";
import { readSettings, type Settings } from "../core";
import { UsageError, type OptionDef } from "./args";
import type { Command } from "./command";
import { FileError, readDraft, STDIN } from "./files";
import { readSettingsFile } from "./settings-file";
import { forTerminal } from "./terminal";

const OPTIONS: OptionDef[] = [
  { name: "--output", short: "-o", kind: "text", placeholder: "OUT.docx", help: "where to write (default: the draft's name with .docx)" },
  { name: "--settings", kind: "file", help: "lectern.export.* settings from FILE (JSON), over the workspace's" },
  { name: "--no-workspace", kind: "flag", help: "ignore .vscode/settings.json in the current folder" },
];

export const exportCommand: Command = {
  operands: "FILE|-",
  summary: "Writes the draft as a Word document in the GB/T 9704 layout (党政机关公文格式).",
  options: OPTIONS,
  async run(args, io) {
    if (args.positionals.length !== 1) throw new UsageError("export takes exactly one draft");
    const input = args.positionals[0];
    if (/\.(docx?|wps)$/i.test(input)) throw new UsageError(`${input} is already a Word file; export takes a draft (.speech, .txt, .md)`);
    const named = args.value("--output");
    if (input === STDIN && !named) throw new UsageError("exporting standard input needs -o OUT.docx");
    const out = named ?? input.replace(/(\.[^./\\]*)?$/, ".docx");
    if (!/\.docx$/i.test(out)) throw new UsageError(`-o ${out}: the output must end in .docx`);
    if (input !== STDIN && path.resolve(out) === path.resolve(input)) throw new UsageError("the output would overwrite the draft");

    const settings = exportSettings(args.has("--no-workspace") ? undefined : process.cwd(), args.value("--settings"), io.err);
    const draft = readDraft(input);
    // Loaded here, not at start: the docx library is large and only this command needs it.
    const { exportDocx, charactersXmlCannotHold } = await import("../export");
    const dropped = charactersXmlCannotHold(draft.text);
    if (dropped.size) io.err(`lectern export: ${forTerminal(draft.path)}: left out ${[...dropped].map(([c, n]) => `${c} ×${n}`).join(", ")} (control or non-characters a Word document cannot hold)`);
    const bytes = await exportDocx(draft.text, settings);
    writeBytesAtomic(out, bytes);
    io.out(`wrote ${out}`);
    return 0;
  },
};

/** Settings from the workspace's .vscode/settings.json, then a named file; a bad value is reported and its default used. */
function exportSettings(workspace: string | undefined, file: string | undefined, warn: (s: string) => void): Settings {
  const raw: Record<string, unknown> = {};
  if (workspace) {
    const vscode = path.join(workspace, ".vscode", "settings.json");
    if (fs.existsSync(vscode)) Object.assign(raw, lecternKeys(readSettingsFile(vscode)));
  }
  if (file) Object.assign(raw, lecternKeys(readSettingsFile(file)));
  const { settings, problems } = readSettings(raw);
  for (const p of problems) warn(`lectern export: ${p.message}`);
  return settings;
}

/** Only Lectern's keys: a workspace's settings.json holds every extension's. */
function lecternKeys(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([k]) => k === "lectern" || k.startsWith("lectern.")));
}

/** A new file or a replaced one: written beside it under a temporary name, then renamed, so a failure leaves no half file. */
function writeBytesAtomic(file: string, bytes: Uint8Array): void {
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir)) throw new FileError(file, "no such folder");
  const tmp = path.join(dir, `.${path.basename(file)}.lectern-${process.pid}-${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new FileError(file, `cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
