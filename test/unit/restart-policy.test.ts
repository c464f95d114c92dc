import * as assert from "assert";
import { MAX_RESTARTS, RESTART_WINDOW_MS, RestartPolicy } from "../../client/src/restart-policy";

describe("client restart policy", () => {
  it("restarts after each of the first crashes, then gives up, saying how many crashes in how many minutes (the client words the message)", () => {
    const policy = new RestartPolicy();
    for (let i = 0; i < MAX_RESTARTS; i++) assert.deepStrictEqual(policy.crashed(1000 * i), { restart: true });
    const last = policy.crashed(1000 * MAX_RESTARTS);
    assert.strictEqual(last.restart, false);
    assert.ok(!last.restart && last.crashes === MAX_RESTARTS + 1 && last.minutes === Math.round(RESTART_WINDOW_MS / 60000));
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
