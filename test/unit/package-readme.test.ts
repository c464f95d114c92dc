/** The Marketplace README (README.vsix.md): Chinese first, its pictures inlined into the packaged copy. */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { inlinePictures } from "../../scripts/package-readme";

const ROOT = path.resolve(__dirname, "../..");

describe("the README inside the VSIX", () => {
  const source = fs.readFileSync(path.join(ROOT, "README.vsix.md"), "utf8");
  it("is Chinese first and tells how to turn Lectern on for .txt, fix on save and the settings", () => {
    assert.ok(source.startsWith("# Lectern 讲话稿检查"));
    for (const part of ["本文件", "所有 .txt", "source.fixAll.lectern", "lectern.enableFor", "lectern.rules"]) assert.ok(source.includes(part), part);
  });
  it("inlines every local picture as a data: URI and leaves the text alone", () => {
    const out = inlinePictures(source, ROOT);
    const pictures = [...out.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    assert.ok(pictures.length >= 1);
    for (const p of pictures) assert.ok(p.startsWith("data:image/png;base64,iVBORw0KGgo"), p.slice(0, 40));
    assert.strictEqual(out.replace(/\(data:[^)]+\)/g, "()"), source.replace(/!\[([^\]]*)\]\([^)]+\)/g, "![$1]()"));
  });
  it("refuses a picture it cannot inline", () => {
    assert.throws(() => inlinePictures("![x](docs/rules/slogan.typo.md)", ROOT), /only PNG, JPEG and GIF/);
  });
});
