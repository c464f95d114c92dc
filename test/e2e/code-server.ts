/**
 * Runs code-server (VS Code 1.100 served to a browser) and Debian's Chromium
 * for the real-editor tests. Desktop VS Code cannot be downloaded here;
 * code-server plus a headless browser is the same workbench and extension host.
 */
import { spawn, spawnSync, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { chromium, type Browser } from "playwright-core";

export const CODE_SERVER_VERSION = "4.100.3";
export const ROOT = path.resolve(__dirname, "../..");

export function codeServerPath(): string {
  if (process.env.LECTERN_CODE_SERVER) return process.env.LECTERN_CODE_SERVER;
  const cache = process.env.LECTERN_E2E_CACHE ?? path.join(os.homedir(), ".cache", "lectern-e2e");
  return path.join(cache, `code-server-${CODE_SERVER_VERSION}`, "node_modules", ".bin", "code-server");
}

export function chromiumPath(): string {
  return process.env.LECTERN_CHROMIUM ?? "/usr/bin/chromium";
}

/** Says what is missing and how to get it, or nothing when all is there. */
export function missingTools(): string[] {
  const missing: string[] = [];
  if (!fs.existsSync(codeServerPath())) missing.push(`code-server (${codeServerPath()})`);
  if (!fs.existsSync(chromiumPath())) missing.push(`chromium (${chromiumPath()})`);
  if (spawnSync("nvim", ["--version"]).status !== 0) missing.push("nvim");
  return missing;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export function scratchDir(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `lectern-e2e-${name}-`));
}

export interface CodeServer {
  port: number;
  authority: string;
  url: string;
  log: () => string;
  stop: () => Promise<void>;
}

export interface CodeServerOptions {
  userDataDir: string;
  extensionsDir: string;
  home: string;
  env?: Record<string, string>;
  /** The display language (`--locale`), e.g. zh-cn; needs a language pack installed for it. */
  locale?: string;
}

function codeServerArgs(o: CodeServerOptions): string[] {
  return ["--auth", "none", "--user-data-dir", o.userDataDir, "--extensions-dir", o.extensionsDir, "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust", ...(o.locale ? ["--locale", o.locale] : [])];
}

function codeServerEnv(o: CodeServerOptions): NodeJS.ProcessEnv {
  // No gallery: nothing but the loopback address is reachable, and lookups only add noise.
  return { ...process.env, ...o.env, HOME: o.home, EXTENSIONS_GALLERY: "{}" };
}

/** `code-server --install-extension FILE.vsix` into the given extensions folder. */
export function installExtension(vsix: string, o: CodeServerOptions): { ok: boolean; output: string } {
  const r = spawnSync(codeServerPath(), [...codeServerArgs(o), "--install-extension", vsix, "--force"], { env: codeServerEnv(o), encoding: "utf8", timeout: 120_000 });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

/** Starts code-server in its own process group and waits until it answers. */
export async function startCodeServer(o: CodeServerOptions): Promise<CodeServer> {
  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  const proc: ChildProcess = spawn(codeServerPath(), [...codeServerArgs(o), "--bind-addr", authority], {
    env: codeServerEnv(o),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  proc.stdout!.on("data", (d) => (log += d));
  proc.stderr!.on("data", (d) => (log += d));
  const stop = async () => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise<void>((r) => proc.once("exit", () => r()));
    try {
      process.kill(-proc.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
    await Promise.race([exited, delay(5000)]);
    try {
      process.kill(-proc.pid!, "SIGKILL");
    } catch {
      /* gone */
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`code-server exited with ${proc.exitCode}:\n${log}`);
    try {
      const res = await fetch(`http://${authority}/healthz`);
      if (res.ok) return { port, authority, url: `http://${authority}`, log: () => log, stop };
    } catch {
      /* not listening yet */
    }
    await delay(250);
  }
  await stop();
  throw new Error(`code-server did not start within 60 s:\n${log}`);
}

export function launchChromium(home: string): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    env: { ...process.env, HOME: home },
  });
}

export function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
