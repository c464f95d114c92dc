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
      setImmediate(() => console.log(`${s.passes || 0} passed, ${s.failures || 0} failed`));
    });
  }
}
module.exports = CountReporter;
