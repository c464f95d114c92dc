/**
 * A test that cannot run here is skipped with its reason, never lost: the reasons are
 * printed before the run's closing line, which counts the skipped tests
 * (test/support/count-reporter.js).
 */
export function skipBecause(ctx: Mocha.Context, reason: string): never {
  const reasons: Set<string> = ((globalThis as { __lecternSkipReasons?: Set<string> }).__lecternSkipReasons ??= new Set());
  reasons.add(reason);
  ctx.skip();
}
