/**
 * A stand-in for the desktop `code` executable that @vscode/test-electron's
 * runTests({ vscodeExecutablePath }) launches. It translates the desktop flags
 * (--extensionDevelopmentPath, --extensionTestsPath, --user-data-dir,
 * --extensions-dir, a folder to open) into code-server's web flow: the
 * workbench URL's `payload` carries the development and tests paths, the tests
 * run in code-server's Node extension host, and the page reports the exit code
 * through window.codeAutomationExit. Exits with that code.
 *
 * Lines the tests print with the "[e2e] " marker (test/e2e/suite/index.ts) are
 * copied to stdout, since the extension host's console only reaches the page.
 */
import * as path from "path";
import { launchChromium, scratchDir, startCodeServer, type CodeServer } from "./code-server";

const MARKER = "[e2e] ";

interface DesktopArgs {
  folder?: string;
  extensionDevelopmentPath?: string;
  extensionTestsPath?: string;
  userDataDir?: string;
  extensionsDir?: string;
}

export function parseDesktopArgs(argv: string[]): DesktopArgs {
  const out: DesktopArgs = {};
  const flags: Record<string, keyof DesktopArgs> = {
    "--extensionDevelopmentPath": "extensionDevelopmentPath",
    "--extensionTestsPath": "extensionTestsPath",
    "--user-data-dir": "userDataDir",
    "--extensions-dir": "extensionsDir",
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) {
      out.folder ??= path.resolve(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq < 0 ? a : a.slice(0, eq);
    const key = flags[name];
    if (!key) continue; // --no-sandbox, --disable-updates, …: desktop-only, nothing to translate
    out[key] = path.resolve(eq < 0 ? argv[++i] : a.slice(eq + 1));
  }
  return out;
}

async function main(): Promise<number> {
  const args = parseDesktopArgs(process.argv.slice(2));
  if (!args.extensionDevelopmentPath || !args.extensionTestsPath) {
    console.error("vscode-standin: --extensionDevelopmentPath and --extensionTestsPath are required");
    return 2;
  }
  const home = scratchDir("home");
  let server: CodeServer | undefined;
  const recent: string[] = [];
  try {
    server = await startCodeServer({
      userDataDir: args.userDataDir ?? scratchDir("user-data"),
      extensionsDir: args.extensionsDir ?? scratchDir("extensions"),
      home,
    });
    const browser = await launchChromium(home);
    try {
      const page = await browser.newPage();
      let exit!: (code: number) => void;
      const exited = new Promise<number>((r) => (exit = r));
      await page.exposeFunction("codeAutomationExit", (code: number) => exit(code));
      page.on("console", (m) => {
        const text = m.text();
        const at = text.indexOf(MARKER);
        if (at >= 0) console.log(text.slice(at + MARKER.length));
        recent.push(`${m.type()}: ${text}`);
        if (recent.length > 80) recent.shift();
      });
      const remote = (p: string) => `vscode-remote://${server!.authority}${p}`;
      const payload = JSON.stringify([
        ["extensionDevelopmentPath", remote(args.extensionDevelopmentPath)],
        ["extensionTestsPath", remote(args.extensionTestsPath)],
      ]);
      const folder = args.folder ? `folder=${encodeURIComponent(args.folder)}&` : "";
      await page.goto(`${server.url}/?${folder}payload=${encodeURIComponent(payload)}`);
      const timeoutMs = Number(process.env.LECTERN_E2E_TIMEOUT_MS ?? 600_000);
      const code = await Promise.race([exited, new Promise<number>((r) => setTimeout(() => r(-1), timeoutMs))]);
      if (code !== 0) {
        console.error(code === -1 ? `vscode-standin: no result within ${timeoutMs / 1000} s` : `vscode-standin: tests exited with ${code}`);
        console.error("--- last workbench console lines ---\n" + recent.join("\n"));
      }
      return code === -1 ? 1 : code;
    } finally {
      await browser.close();
    }
  } catch (e) {
    console.error(`vscode-standin: ${(e as Error).stack ?? e}`);
    if (server) console.error("--- code-server log ---\n" + server.log());
    return 1;
  } finally {
    await server?.stop();
  }
}

if (require.main === module) {
  void main().then((code) => process.exit(code));
}
