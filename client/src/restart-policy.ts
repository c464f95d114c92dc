/**
 * When the server dies: restart it, unless it has died too often lately.
 * Kept free of the vscode API so the policy is unit-tested.
 */
export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;

export type CrashDecision = { restart: true } | { restart: false; crashes: number; minutes: number };

export class RestartPolicy {
  private crashes: number[] = [];

  constructor(
    private readonly maxRestarts = MAX_RESTARTS,
    private readonly windowMs = RESTART_WINDOW_MS,
  ) {}

  /** Records a crash at `now` and says whether to restart. */
  crashed(now: number): CrashDecision {
    this.crashes = this.crashes.filter((t) => now - t < this.windowMs);
    this.crashes.push(now);
    if (this.crashes.length <= this.maxRestarts) return { restart: true };
    const minutes = Math.round(this.windowMs / 60000);
    return {
      restart: false,
      crashes: this.crashes.length,
      minutes,
    };
  }

  /** A manual restart starts counting afresh. */
  reset(): void {
    this.crashes = [];
  }
}
