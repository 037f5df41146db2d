/** A run of consecutive rows sharing one key. `first` is a 0-based offset into the data rows. */
export interface RowRun<T> {
  readonly first: number;
  readonly count: number;
  /** The run's first row (all rows of a run share its key). */
  readonly sample: T;
}

/**
 * Groups consecutive rows with the same key, so one validation or format rule (with a formula relative to the run's
 * first row) covers a whole run instead of one rule per cell. Null rows belong to no run.
 *
 * @example rowRuns([1, 1, null, 2], String).map((r) => [r.first, r.count]) // [[0, 2], [3, 1]]
 */
export function rowRuns<T>(rows: readonly (T | null)[], key: (row: T) => string): RowRun<T>[] {
  const runs: RowRun<T>[] = [];
  let runKey: string | null = null;
  rows.forEach((row, index) => {
    const k = row === null ? null : key(row);
    const open = runs.at(-1);
    if (row !== null && k === runKey && open) {
      runs[runs.length - 1] = { ...open, count: open.count + 1 };
    } else if (row !== null) {
      runs.push({ first: index, count: 1, sample: row });
    }
    runKey = k;
  });
  return runs;
}
