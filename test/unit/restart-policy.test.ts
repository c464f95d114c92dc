import * as assert from "assert";
import { MAX_RESTARTS, RESTART_WINDOW_MS, RestartPolicy } from "../../client/src/restart-policy";

describe("client restart policy", () => {
  it("restarts after each of the first crashes, then gives up with a message that says what to do", () => {
    const policy = new RestartPolicy();
    for (let i = 0; i < MAX_RESTARTS; i++) assert.deepStrictEqual(policy.crashed(1000 * i), { restart: true });
    const last = policy.crashed(1000 * MAX_RESTARTS);
    assert.strictEqual(last.restart, false);
    assert.ok(!last.restart && last.message.includes("Lectern: Restart Server"), "the message names the command that restarts it");
    assert.ok(!last.restart && last.message.includes(`${MAX_RESTARTS + 1} 次`));
  });

  it("forgets crashes older than the window", () => {
    const policy = new RestartPolicy();
    for (let i = 0; i < MAX_RESTARTS; i++) policy.crashed(i);
    assert.deepStrictEqual(policy.crashed(RESTART_WINDOW_MS + MAX_RESTARTS), { restart: true });
  });

  it("counts afresh after a manual restart", () => {
    const policy = new RestartPolicy(1, 60_000);
    policy.crashed(0);
    assert.strictEqual(policy.crashed(1).restart, false);
    policy.reset();
    assert.deepStrictEqual(policy.crashed(2), { restart: true });
  });
});
