/**
 * Stage 2: the packaged extension as a user gets it. `npm run package` builds
 * the VSIX, `code-server --install-extension` installs it into a fresh
 * profile, and Chromium opens a draft. The checks read the page: squiggles,
 * the Problems panel, the Outline view, the completion list, the status bar.
 * The screenshot goes to test-results/; LECTERN_UPDATE_SCREENSHOT=1 also
 * refreshes docs/screenshot.png (the README's picture).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { delay, installExtension, launchChromium, ROOT, scratchDir, startCodeServer } from "./code-server";
import type { StageResult } from "./extension-host";
import { writeWorkspace } from "./fixtures";
import { Checks } from "./harness";

const SHOWCASE = "showcase.speech";

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await delay(250);
  }
}

async function runCommand(page: Page, label: string): Promise<void> {
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible" });
  await input.fill(`>${label}`);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: label }).first().waitFor({ state: "visible" });
  await page.keyboard.press("Enter");
}

async function texts(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).allInnerTexts();
}

function packageVsix(): string {
  const r = spawnSync("npm", ["run", "--silent", "package"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`npm run package failed:\n${r.stdout}${r.stderr}`);
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
  const vsix = path.join(ROOT, `lectern-${version}.vsix`);
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} was not built`);
  return vsix;
}

export async function runVsixChecks(): Promise<StageResult> {
  const checks = new Checks("VSIX in code-server (browser)");
  const home = scratchDir("vsix-home");
  const profile = { userDataDir: scratchDir("vsix-user-data"), extensionsDir: scratchDir("vsix-extensions"), home };
  let vsix = "";
  if (!(await checks.check("npm run package builds the VSIX with only what runs", () => {
    vsix = packageVsix();
    const listing = spawnSync("unzip", ["-Z1", vsix], { encoding: "utf8" }).stdout.split("\n").filter(Boolean);
    for (const needed of ["extension/dist/extension.js", "extension/dist/server.js", "extension/dist/jieba_rs_wasm_bg.wasm", "extension/syntaxes/speech.tmLanguage.json", "extension/package.json"]) {
      if (!listing.includes(needed)) throw new Error(`${needed} missing from the VSIX`);
    }
    const stray = listing.filter((f) => /^extension\/(node_modules|server\/src|client\/src|test)\//.test(f) || f.endsWith(".map") || f.endsWith(".ts"));
    if (stray.length) throw new Error(`the VSIX holds files that do not run: ${stray.slice(0, 5).join(", ")}`);
  }))) return checks;

  if (!(await checks.check("code-server --install-extension installs it", () => {
    const r = installExtension(vsix, profile);
    if (!r.ok || !/successfully installed/i.test(r.output)) throw new Error(r.output);
    if (!fs.readdirSync(profile.extensionsDir).some((d) => d.startsWith("lectern.lectern-"))) throw new Error("no lectern.lectern-* folder in the extensions dir");
  }))) return checks;

  const workspace = scratchDir("vsix-workspace");
  writeWorkspace(workspace);
  const settingsDir = path.join(profile.userDataDir, "User");
  fs.mkdirSync(settingsDir, { recursive: true });
  fs.writeFileSync(
    path.join(settingsDir, "settings.json"),
    JSON.stringify({ "workbench.startupEditor": "none", "workbench.tips.enabled": false, "editor.minimap.enabled": false, "window.commandCenter": false, "workbench.colorTheme": "Default Light Modern" }),
  );
  const server = await startCodeServer(profile);
  const browser = await launchChromium(home);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator(".monaco-workbench").waitFor({ state: "visible", timeout: 60_000 });

    await checks.check(`opening ${SHOWCASE} from the Explorer shows squiggles under the slips`, async () => {
      await page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${SHOWCASE}"]`).first().click({ timeout: 30_000 });
      await page.locator(".monaco-editor .view-lines").first().waitFor({ state: "visible" });
      await waitFor("squiggles", async () => ((await page.locator(".monaco-editor .squiggly-warning, .monaco-editor .squiggly-error, .monaco-editor .squiggly-info").count()) >= 3 ? true : undefined), 45_000);
    });

    await checks.check("the Problems panel lists numbering, slogan and figure problems", async () => {
      await runCommand(page, "View: Focus Problems");
      const rows = await waitFor("three families in Problems", async () => {
        const t = (await texts(page, ".markers-panel .monaco-list-row")).join("\n");
        return ["numbering.", "slogan.", "figure."].every((c) => t.includes(c)) ? t : undefined;
      }).catch(async (e) => {
        throw new Error(`${(e as Error).message}; the panel shows:\n${(await texts(page, ".markers-panel .monaco-list-row")).join("\n")}`);
      });
      if (!rows.includes("旗帜鲜明讲政治")) throw new Error(`the typo's correction is not in the Problems panel:\n${rows}`);
    });

    await checks.check("the Outline view shows the draft's headings", async () => {
      await runCommand(page, "Explorer: Focus on Outline View");
      await waitFor("outline rows", async () => {
        const t = (await texts(page, ".outline-pane .monaco-list-row")).join("\n");
        return ["一、统一思想", "二、明确任务", "四、强化保障"].every((h) => t.includes(h)) ? t : undefined;
      });
    });

    await checks.check("the status bar shows the draft's length and speaking time", async () => {
      await waitFor("the Lectern status item", async () => ((await page.locator(".statusbar-item", { hasText: /字 · 约/ }).count()) ? true : undefined));
    });

    await checks.check("typing Ctrl+Space after 要树牢四个 lists 四个意识", async () => {
      const editor = page.locator(".monaco-editor .view-lines").first();
      await editor.locator(".view-line", { hasText: "要树牢四个" }).click();
      await page.keyboard.press("End");
      await page.keyboard.press("Control+Space");
      await waitFor("the suggestion", async () => {
        const t = (await texts(page, ".suggest-widget .monaco-list-row")).join("\n");
        return t.includes("四个意识") ? t : undefined;
      });
      await delay(500); // let the details pane render for the screenshot
    });

    const shot = path.join(ROOT, "test-results", "vsix-code-server.png");
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    await page.screenshot({ path: shot });
    console.log(`    screenshot: ${path.relative(ROOT, shot)}`);
    if (process.env.LECTERN_UPDATE_SCREENSHOT === "1") {
      fs.copyFileSync(shot, path.join(ROOT, "docs", "screenshot.png"));
      console.log("    updated docs/screenshot.png");
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return checks;
}
