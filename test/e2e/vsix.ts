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
import { buildChineseLanguagePack, writeLanguagePacksCache } from "./langpack";

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
  const input = page.locator(".quick-input-widget input");
  // F1 can be swallowed while an editor or a notification takes focus: try again.
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press("F1");
    const shown = await input.waitFor({ state: "visible", timeout: 5_000 }).then(() => true, () => false);
    if (shown) break;
    if (attempt === 3) throw new Error("the command palette did not open");
    await page.keyboard.press("Escape");
    await page.locator(".monaco-workbench .part.editor").first().click({ position: { x: 5, y: 5 } }).catch(() => undefined);
  }
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

/** Saves a screenshot under test-results/ (the run's record of what the user saw). */
async function snap(page: Page, name: string): Promise<string> {
  const shot = path.join(ROOT, "test-results", name);
  fs.mkdirSync(path.dirname(shot), { recursive: true });
  await page.screenshot({ path: shot });
  console.log(`    screenshot: ${path.relative(ROOT, shot)}`);
  return shot;
}

/** The rows of an Explorer view, found by its (localised) title. */
async function viewRows(page: Page, title: string): Promise<string[]> {
  const pane = page.locator(".pane", { has: page.locator(".pane-header", { hasText: title }) }).first();
  return pane.locator(".monaco-list-row").allInnerTexts();
}

async function focusView(page: Page, title: string): Promise<void> {
  await runCommand(page, `Focus on ${title} View`);
}

/** Quick Open (Ctrl+P): works whatever the Explorer shows of a long folder. */
async function quickOpen(page: Page, name: string): Promise<void> {
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible" });
  await input.fill(name);
  // The row whose label is the name (a recent showcase.figures.csv may come first).
  await page.locator(`.quick-input-list .monaco-list-row[aria-label^="${name}"]`).first().click();
}

async function openFromExplorer(page: Page, name: string): Promise<void> {
  await page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${name}"]`).first().click({ timeout: 30_000 });
}

/** The writer's editor under a Chinese display language: one check per point of the experience. */
/**
 * Formulations are a quiet mark, not a string's red: in the default light and dark themes the
 * formulation 四个意识 (a semantic token inside “ ”) is coloured otherwise than the quotes around
 * it (the grammar's string). Screenshots of both go to test-results/ (and to docs/ with LECTERN_UPDATE_SCREENSHOT=1).
 */
async function runThemeChecks(checks: Checks, page: Page, settingsDir: string): Promise<void> {
  const themes: [string, string][] = [
    ["Default Light Modern", "theme-light.png"],
    ["Default Dark Modern", "theme-dark.png"],
  ];
  for (const [theme, file] of themes) {
    await checks.check(`in ${theme}, a formulation reads as a quiet mark, not coloured as a string`, async () => {
      // The user's settings name the theme; the window is reloaded to apply it for certain.
      const settings = path.join(settingsDir, "settings.json");
      const current = JSON.parse(fs.readFileSync(settings, "utf8")) as Record<string, unknown>;
      if (current["workbench.colorTheme"] !== theme) {
        fs.writeFileSync(settings, JSON.stringify({ ...current, "workbench.colorTheme": theme }));
        await runCommand(page, "Developer: Reload Window");
        await delay(2000);
        await page.locator(".monaco-workbench").waitFor({ state: "visible", timeout: 60_000 });
        await delay(3000);
      }
      await runCommand(page, "View: Close All Editor Groups");
      await quickOpen(page, SHOWCASE);
      await runCommand(page, "Explorer: Focus on Outline View");
      const colours = await waitFor(`${theme}: the formulation's and the quotes' colours`, async () => {
        // Run in the page (a string, as this file is compiled without the DOM's types).
        const c = (await page.evaluate(`(() => {
          const spans = [...document.querySelectorAll(".monaco-editor .view-line span span")];
          const colour = (t) => spans.filter((s) => s.textContent === t).map((s) => getComputedStyle(s).color)[0];
          return { formulation: colour("四个意识"), quote: colour("“") ?? colour("”"), body: document.querySelector(".monaco-workbench.vs-dark") ? "dark" : "light" };
        })()`)) as { formulation?: string; quote?: string; body: string };
        const wanted = theme.includes("Dark") ? "dark" : "light";
        return c.formulation && c.quote && c.body === wanted ? c : undefined;
      }, 30_000).catch(async (e) => {
        await snap(page, `vsix-${file.replace(".png", "-failed.png")}`);
        throw e;
      });
      if (colours.formulation === colours.quote) throw new Error(`${theme}: the formulation has the string's colour ${colours.quote}`);
      await delay(500);
      const shot = await snap(page, `vsix-${file}`);
      if (process.env.LECTERN_UPDATE_SCREENSHOT === "1") {
        fs.copyFileSync(shot, path.join(ROOT, "docs", file));
        console.log(`    updated docs/${file}`);
      }
    });
  }
}

async function runWriterChecks(checks: Checks, page: Page, workspace: string): Promise<void> {
  await checks.check("the Problems panel shows slogan.typo and figure.conflict as errors", async () => {
    await runCommand(page, "View: Focus Problems");
    for (const code of ["slogan.typo", "figure.conflict"]) {
      await waitFor(`${code} with an error icon`, async () => ((await page.locator(".markers-panel .monaco-list-row", { hasText: code }).locator(".codicon-error").count()) ? true : undefined));
    }
  });

  await checks.check("Lectern's commands read in Chinese under a Chinese display language (package.nls.zh-cn.json)", async () => {
    await page.keyboard.press("F1");
    const input = page.locator(".quick-input-widget input");
    await input.waitFor({ state: "visible" });
    await input.fill(">Lectern");
    const rows = await waitFor("Lectern's commands", async () => {
      const t = (await texts(page, ".quick-input-list .monaco-list-row")).join("\n");
      return t.includes("列出文中数字") ? t : undefined;
    }).catch(async (e) => {
      throw new Error(`${(e as Error).message}; the palette shows:\n${(await texts(page, ".quick-input-list .monaco-list-row")).join("\n")}`);
    });
    if (!rows.includes("字数与讲话时长")) throw new Error(`字数与讲话时长 missing:\n${rows}`);
    // The category Lectern 讲话稿: 讲话 finds the commands too (the list is long: narrowed by a word of the title).
    await input.fill(">讲话 重排");
    const renumber = await waitFor("重排本节编号 by 讲话", async () => {
      const t = (await texts(page, ".quick-input-list .monaco-list-row")).join("\n");
      return t.includes("重排本节编号") ? t : undefined;
    });
    if (!renumber.includes("Lectern 讲话稿")) throw new Error(`no category Lectern 讲话稿:\n${renumber}`);
    await page.keyboard.press("Escape");
  });

  await checks.check("typing 要坚定“四 inside quotes pops up formulations by itself, 四个自信 first", async () => {
    await openFromExplorer(page, "showcase.speech");
    const editor = page.locator(".monaco-editor .view-lines").first();
    await editor.locator(".view-line", { hasText: "要树牢四个" }).click();
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await page.keyboard.type("要坚定“四", { delay: 80 });
    const first = await waitFor("the suggestion list, unasked", async () => {
      const rows = await texts(page, ".suggest-widget.visible .monaco-list-row");
      return rows.length ? rows[0] : undefined;
    }, 15_000);
    if (!first.includes("四个自信")) throw new Error(`the first suggestion is ${first}`);
    await snap(page, "vsix-completion-in-quotes.png");
    await page.keyboard.press("Escape");
    for (let i = 0; i < 6; i++) await page.keyboard.press("Control+Z");
  });

  await checks.check("the 讲话计时 view lists 开场, the sections and 结尾 with times as 分/秒 and shares", async () => {
    await focusView(page, "讲话计时");
    await waitFor("timing rows", async () => {
      const rows = (await viewRows(page, "讲话计时")).join("\n");
      return rows.includes("开场") && rows.includes("结尾") && rows.includes("一、统一思想") && /\d+(分|秒)[^\n]* · \d+%/.test(rows) ? rows : undefined;
    });
  });

  await checks.check("the 数字核对 view groups the figures, marks the conflict, and exports CSV", async () => {
    await focusView(page, "数字核对");
    await waitFor("figure rows", async () => {
      const rows = (await viewRows(page, "数字核对")).join("\n");
      return rows.includes("地区生产总值") && rows.includes("前后矛盾") && rows.includes("增速/增量") ? rows : undefined;
    });
    const header = page.locator(".pane-header", { hasText: "数字核对" }).first();
    await header.hover();
    await header.locator('.action-label[aria-label*="导出数字为 CSV"]').click();
    const csv = path.join(workspace, "showcase.figures.csv");
    await waitFor("showcase.figures.csv", async () => (fs.existsSync(csv) && fs.readFileSync(csv, "utf8").includes("地区生产总值") ? true : undefined));
    // The CSV opens beside the draft; the picture shows the draft alone.
    await page.locator(".tab", { hasText: "showcase.figures.csv" }).first().waitFor({ state: "visible", timeout: 15_000 });
    await delay(500);
    await runCommand(page, "View: Close All Editor Groups");
    await quickOpen(page, "showcase.speech");
    await runCommand(page, "View: Focus Problems");
    await delay(1000);
    const shot = await snap(page, "vsix-views.png");
    if (process.env.LECTERN_UPDATE_SCREENSHOT === "1") {
      fs.copyFileSync(shot, path.join(ROOT, "docs", "screenshot.png"));
      console.log("    updated docs/screenshot.png");
    }
  });

  await checks.check("opening a .txt that looks like a speech offers 用 Lectern 检查？ 本文件 / 所有 .txt / 不再提示; 本文件 makes it a 讲话稿", async () => {
    await quickOpen(page, "speech-draft.txt");
    const toast = page.locator(".notification-toast", { hasText: "看起来是一篇讲话稿" }).first();
    await toast.waitFor({ state: "visible", timeout: 30_000 });
    for (const label of ["本文件", "所有 .txt", "不再提示"]) await toast.locator(".monaco-button", { hasText: label }).first().waitFor({ state: "visible" });
    await snap(page, "vsix-offer.png");
    await toast.locator(".monaco-button", { hasText: "本文件" }).first().click();
    await waitFor("the language mode 讲话稿", async () => ((await page.locator(".statusbar-item", { hasText: "讲话稿" }).count()) ? true : undefined));
    await waitFor("squiggles in the .txt draft", async () => ((await page.locator(".monaco-editor .squiggly-error").count()) ? true : undefined), 45_000);
  });

  await checks.check("Ctrl+. on a slip offers 关闭此类检查, which writes lectern.rules for the workspace", async () => {
    const editor = page.locator(".editor-group-container.active .monaco-editor .view-lines").first();
    await editor.locator(".view-line", { hasText: "帜鲜明讲政治" }).click();
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Control+.");
    const item = page.locator(".action-widget .monaco-list-row", { hasText: "关闭此类检查" }).first();
    await item.waitFor({ state: "visible", timeout: 15_000 });
    await snap(page, "vsix-actions.png");
    // The menu takes keys (a pointer block sits over it): walk down to the item, then Enter.
    const labels = await page.locator(".action-widget .monaco-list-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("aria-label") ?? ""));
    const at = labels.findIndex((l) => l.startsWith("关闭此类检查"));
    const focused = await page.locator(".action-widget .monaco-list-row.focused").getAttribute("data-index").catch(() => "0");
    for (let i = Number(focused ?? 0); i < at; i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    const settings = path.join(workspace, ".vscode", "settings.json");
    await waitFor("lectern.rules in .vscode/settings.json", async () => (fs.existsSync(settings) && /"slogan\.typo":\s*"off"/.test(fs.readFileSync(settings, "utf8")) ? true : undefined));
    await waitFor("the typo's squiggle to go", async () => ((await page.locator(".editor-group-container.active .monaco-editor .squiggly-error").count()) === 0 ? true : undefined));
  });

  await checks.check("the Extensions page shows the Chinese README with its picture from inside the package", async () => {
    for (let i = 0; i < 3; i++) await page.keyboard.press("Escape");
    await page.keyboard.press("Control+Shift+X");
    await page.locator(".extensions-viewlet .monaco-list-row", { hasText: "Lectern" }).first().click({ timeout: 30_000 });
    const size = await waitFor("the README's picture, loaded", async () => {
      for (const frame of page.frames()) {
        const r = await frame
          .evaluate(() => {
            const doc = (globalThis as unknown as { document: { body?: { innerText: string }; querySelectorAll: (s: string) => { naturalWidth: number; src: string }[] } }).document;
            if (!doc.body?.innerText.includes("讲话稿检查")) return undefined;
            const img = [...doc.querySelectorAll("img")].find((i) => i.src.startsWith("data:image/png"));
            return img && img.naturalWidth > 0 ? img.naturalWidth : undefined;
          })
          .catch(() => undefined);
        if (r) return r;
      }
      return undefined;
    }, 45_000);
    if (size < 100) throw new Error(`the picture is ${size} px wide`);
    await snap(page, "vsix-extension-page.png");
  });
}

export async function runVsixChecks(): Promise<StageResult> {
  const checks = new Checks("VSIX in code-server (browser)");
  const home = scratchDir("vsix-home");
  const profile = { userDataDir: scratchDir("vsix-user-data"), extensionsDir: scratchDir("vsix-extensions"), home };
  let vsix = "";
  if (!(await checks.check("npm run package builds the VSIX with only what runs", () => {
    vsix = packageVsix();
    const listing = spawnSync("unzip", ["-Z1", vsix], { encoding: "utf8" }).stdout.split("\n").filter(Boolean);
    const needs = [
      ...["extension/dist/extension.js", "extension/dist/server.js", "extension/dist/server.bundle", "extension/syntaxes/speech.tmLanguage.json", "extension/package.json"],
      ...["extension/package.nls.json", "extension/package.nls.zh-cn.json", "extension/l10n/bundle.l10n.zh-cn.json", "extension/docs/rules/slogan.typo.md", "extension/docs/screenshot.png"],
    ];
    for (const needed of needs) {
      if (!listing.includes(needed)) throw new Error(`${needed} missing from the VSIX`);
    }
    const stray = listing.filter((f) => /^extension\/(node_modules|server\/src|client\/src|test)\//.test(f) || f.endsWith(".map") || f.endsWith(".ts"));
    if (stray.length) throw new Error(`the VSIX holds files that do not run: ${stray.slice(0, 5).join(", ")}`);
    // The Marketplace page is the user's README, Chinese first, with a picture inside the package.
    const readmeEntry = listing.find((f) => /^extension\/readme\.md$/i.test(f));
    if (!readmeEntry) throw new Error("no extension/README.md in the VSIX");
    const readme = spawnSync("unzip", ["-p", vsix, readmeEntry], { encoding: "utf8" }).stdout;
    if (!readme.startsWith("# Lectern 讲话稿检查")) throw new Error(`the packaged README is not the user's:\n${readme.slice(0, 200)}`);
    // Pictures travel inside the README as data: URIs (the Extensions page does not resolve relative paths).
    const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    if (!pictures.length || !pictures.every((src) => src.startsWith("data:image/png;base64,"))) throw new Error(`the README's pictures are not inside it: ${pictures.map((p) => p.slice(0, 40)).join(", ")}`);
  }))) return checks;

  if (!(await checks.check("code-server --install-extension installs it, beside a zh-cn display language", () => {
    const pack = installExtension(buildChineseLanguagePack(), profile);
    if (!pack.ok) throw new Error(`the zh-cn language pack: ${pack.output}`);
    writeLanguagePacksCache(profile.userDataDir, profile.extensionsDir);
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
  // A Chinese display language: the workbench runs with vscode.env.language = zh-cn.
  const server = await startCodeServer({ ...profile, locale: "zh-cn" });
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
        // The speaking time first in each row (a problem badge cuts off the end of a row, not its start).
        return ["一、统一思想", "二、明确任务", "四、强化保障"].every((h) => t.includes(h)) && /(秒|分)\s+一、统一思想/.test(t) ? t : undefined;
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

    await snap(page, "vsix-code-server.png");
    await page.keyboard.press("Escape");
    await runWriterChecks(checks, page, workspace);
    await runThemeChecks(checks, page, settingsDir);
  } finally {
    await browser.close();
    await server.stop();
  }
  return checks;
}
