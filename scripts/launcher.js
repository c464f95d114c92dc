#!/usr/bin/env node
// Lectern's command-line tool or language server: this launcher, and beside it the
// bundle (cli.bundle or server.bundle, which esbuild.js writes with it). The bundle is
// compiled with a V8 code cache kept beside this file in .lectern-cache/, so a run
// deserialises the functions an earlier run compiled instead of compiling them
// again: what Node 22's module.enableCompileCache() does, for the Node 20 this
// tool supports. Without a usable cache (first run, another Node, a folder it
// cannot write) the bundle compiles as usual. LECTERN_COMPILE_CACHE=0 turns
// the cache off.
"use strict";
(function launch() {
  const fs = require("fs");
  const path = require("path");
  const vm = require("vm");
  // Patched by esbuild.js: the bundle's file, its byte ranges, a hash of it.
  const BUNDLE_FILE = "";
  const BUNDLE_END = 0;
  const WASM_END = 0;
  const BUILD = "________________";
  // "cli" writes its cache as it exits; "server" once it has analysed its first document (a
  // server is often killed rather than exited).
  const KIND = "___";
  const bundleFile = path.join(__dirname, BUNDLE_FILE);

  /** Bytes [start, end) of the bundle's file, read alone: the WebAssembly after the bundle is read only when needed. */
  const readRange = (start, end) => {
    let fd;
    try {
      fd = fs.openSync(bundleFile, "r");
    } catch (e) {
      throw new Error(`${bundleFile} cannot be read (${e.code || e.message}): it belongs beside ${__filename}; reinstall Lectern`);
    }
    try {
      const buf = Buffer.allocUnsafe(end - start);
      for (let at = 0; at < buf.length; ) {
        const n = fs.readSync(fd, buf, at, buf.length - at, start + at);
        if (n === 0) throw new Error(`${bundleFile} is shorter than its launcher says: reinstall Lectern`);
        at += n;
      }
      return buf;
    } finally {
      fs.closeSync(fd);
    }
  };

  // The segmenter's WebAssembly (deflated, after the bundle): read only if the native segmenter is missing.
  globalThis[Symbol.for("lectern.jiebaWasm")] = () => new Uint8Array(require("zlib").inflateRawSync(readRange(BUNDLE_END, WASM_END)));

  let source;
  try {
    // The bundle is ASCII (esbuild.js escapes the rest), so latin1 is exact and gives V8 a one-byte string.
    source = readRange(0, BUNDLE_END).toString("latin1");
  } catch (e) {
    process.stderr.write(`lectern: ${e.message}\n`);
    process.exit(2);
  }

  const enabled = process.env.LECTERN_COMPILE_CACHE !== "0";
  const dir = path.join(__dirname, ".lectern-cache");
  const name = `${path.basename(__filename)}-${BUILD}-${process.version}-${process.arch}.v8`;
  let cachedData;
  if (enabled) {
    try {
      cachedData = fs.readFileSync(path.join(dir, name));
    } catch {
      // No cache yet: this run compiles, and may write one.
    }
  }
  const script = new vm.Script(source, { filename: bundleFile, cachedData });
  const args = process.argv.slice(2);
  // A run that analyses compiles most of what later runs need; --help and --version compile little.
  const worthKeeping = args.length > 0 && !args.some((a) => /^(-h|--help|-V|--version)$/.test(a));
  if (enabled && worthKeeping && (!cachedData || script.cachedDataRejected)) {
    const write = () => {
      try {
        const data = script.createCachedData();
        fs.mkdirSync(dir, { recursive: true });
        const tmp = path.join(dir, `.${name}.${process.pid}.tmp`);
        fs.writeFileSync(tmp, data);
        fs.renameSync(tmp, path.join(dir, name));
        // Caches of other builds or Node versions are never read again.
        for (const old of fs.readdirSync(dir)) if (old !== name && old.startsWith(path.basename(__filename) + "-")) fs.rmSync(path.join(dir, old), { force: true });
      } catch {
        // A cache is an optimisation: a read-only install simply runs without one.
      }
    };
    if (KIND === "server") {
      // After the first complete analysis (the server calls this), or ten seconds after start.
      let written = false;
      const once = () => {
        if (!written) (written = true), write();
      };
      globalThis[Symbol.for("lectern.saveCodeCache")] = once;
      setTimeout(once, 10_000).unref();
    } else process.once("exit", write);
  }
  script.runInThisContext()(exports, require, module, __filename, __dirname);
})();
