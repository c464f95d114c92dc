/** A small pass/fail recorder for the browser and Neovim checks (the extension host uses mocha). */
export class Checks {
  passed = 0;
  failed = 0;
  readonly failures: string[] = [];

  constructor(private readonly title: string) {
    console.log(`\n  ${title}`);
  }

  async check(name: string, fn: () => unknown | Promise<unknown>): Promise<boolean> {
    const started = Date.now();
    try {
      await fn();
      this.passed++;
      console.log(`    ✔ ${name} (${Date.now() - started} ms)`);
      return true;
    } catch (e) {
      this.failed++;
      const message = (e as Error).message ?? String(e);
      this.failures.push(`${this.title} › ${name}: ${message}`);
      console.log(`    ✗ ${name}\n      ${message.split("\n").join("\n      ")}`);
      return false;
    }
  }

  /** A stage that could not run at all counts as one failure, never as a skip. */
  broken(reason: string): void {
    this.failed++;
    this.failures.push(`${this.title}: ${reason}`);
    console.log(`    ✗ could not run: ${reason}`);
  }
}
