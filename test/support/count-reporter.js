// Mocha's spec reporter, plus a closing line "N passed, N failed" that CI reads.
"use strict";
const Mocha = require("mocha");
const { EVENT_RUN_END } = Mocha.Runner.constants;

class CountReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const s = runner.stats || {};
      // Printed after the spec summary so it is the last line of the run.
      process.stdout.on("drain", () => {});
      // Skipped tests are counted and say why (test/support/office.ts records the reasons).
      const reasons = [...(globalThis.__lecternSkipReasons || [])];
      setImmediate(() => {
        for (const r of reasons) console.log(`skipped: ${r}`);
        const skipped = s.pending ? `, ${s.pending} skipped` : "";
        console.log(`${s.passes || 0} passed, ${s.failures || 0} failed${skipped}`);
      });
    });
  }
}
module.exports = CountReporter;
