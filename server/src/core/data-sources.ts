/**
 * Workspace data (slogan packs, target tables) as pure loaders: the server and
 * the CLI read the files and hand their text here; a feature turns them into
 * the value its checks read from `ctx.data[id]`, and reports each bad file's
 * problems at their place in that file.
 */
import type { DataProblem } from "./json-data";
import type { Settings, SettingKey } from "./settings";

export interface DataFile {
  /** Absolute path (or URI string in the server). */
  path: string;
  text: string;
}

export interface DataLoadResult {
  /** What checks read as `ctx.data[source.id]`. Always usable, even if every file was bad. */
  value: unknown;
  problems: { path: string; problems: DataProblem[] }[];
}

export interface DataSource {
  id: string;
  /** The diagnostic code for problems in this source's files, e.g. `pack.invalid`. */
  problemCode: string;
  /** Workspace-relative glob patterns of the files it reads, e.g. `.lectern/*.pack.json`. */
  workspaceGlobs: string[];
  /** A setting that names more files (one path or a list), e.g. `lectern.packs`. */
  setting?: SettingKey;
  /**
   * The setting and the CLI option may also name npm packages whose package.json
   * lists this source's files under `lectern[field]`, e.g. `lectern.packs`.
   */
  packages?: { field: string; problemCode: string };
  /** A folder named by the setting or the option stands for its files that match `workspaceGlobs`' last segments (`--sources DIR`). */
  folders?: boolean;
  /** The CLI option that names more files, e.g. `--pack` (repeatable). */
  cliOption?: string;
  /** Builds the value from the files, in order: later files override earlier ones. */
  load(files: DataFile[], settings: Settings): DataLoadResult;
}
