/**
 * The README inside the VSIX (the Extensions page): README.vsix.md with each
 * local picture inlined as a data: URI. VS Code renders a local extension's
 * README in a webview that does not resolve relative paths against the
 * extension's folder, so `docs/screenshot.png` would show as a broken image;
 * inlined, the picture travels inside the package and needs no network.
 * Writes out/vsix-README.md for `vsce package --readme-path`.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..");
const MIME: Record<string, string> = { ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif" };

export function inlinePictures(markdown: string, baseDir: string): string {
  return markdown.replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, alt: string, src: string) => {
    if (/^[a-z][\w+.-]*:/i.test(src)) return whole;
    const file = path.join(baseDir, src);
    const mime = MIME[path.extname(file).toLowerCase()];
    if (!mime) throw new Error(`${src}: only PNG, JPEG and GIF pictures can be inlined`);
    return `![${alt}](data:${mime};base64,${fs.readFileSync(file).toString("base64")})`;
  });
}

if (require.main === module) {
  const out = path.join(ROOT, "out", "vsix-README.md");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, inlinePictures(fs.readFileSync(path.join(ROOT, "README.vsix.md"), "utf8"), ROOT));
}
