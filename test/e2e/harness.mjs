// A small scenario runner for the e2e tests: named steps run in order, each failure is recorded with its message,
// and the run ends with the closing line "e2e: N passed, M failed".

/** Polls `probe` until it returns a truthy value (which is returned) or `timeout` ms pass (then throws `what`). */
export async function waitFor(what, probe, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      const seen = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out waiting for ${what} (last: ${seen})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Throws with `message` unless `condition` holds. */
export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Throws unless `actual` equals `expected` (compared as JSON). */
export function checkEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

/**
 * Runs scenarios one after another. A failed scenario is reported and the next one still runs (later ones may then
 * fail too; the first failure is the one to read). `afterEach` runs after every scenario (e.g. "no console error").
 */
export async function runScenarios(scenarios, { afterEach } = {}) {
  const results = [];
  for (const [name, body] of scenarios) {
    const started = Date.now();
    try {
      await body();
      if (afterEach) await afterEach(name);
      results.push({ name, ok: true });
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      results.push({ name, ok: false, error });
      console.log(`  ✗ ${name}\n      ${String(error?.message ?? error).split("\n").join("\n      ")}`);
    }
  }
  return results;
}
