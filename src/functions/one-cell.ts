/**
 * A function's one value as the 1×1 array a `matrix` result is (learn.microsoft.com/office/dev/add-ins/excel/
 * custom-functions-dynamic-arrays: a function returning several results "must return a two-dimensional array of
 * values"). Excel spills only a formula that "has resulted in multiple values" (support.microsoft.com/office/
 * 205c6b06-03ba-4151-89a1-87a7eb36e531, "Dynamic array formulas and spilled array behavior"), so one value shows in
 * the formula's cell as a plain value. KPI.SCORE, KPI.POINTS, KPI.COVERAGE and KPI.CHECK need a matrix result to
 * receive their arguments' addresses (docs/excel-hosts.md "Empty cells").
 * A thrown CustomFunctions.Error stays thrown and a rejected promise stays rejected: custom-functions-errors documents
 * throwing it to "return an error back to the cell" without restricting it to scalar results
 * (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors); returning `[[error]]` instead, which its
 * dynamic-array section shows, would be the fallback should Excel desktop disagree.
 */
export type OneCell<T> = [[T]];

/**
 * @example asOneCell(97) // [[97]]; asOneCell(Promise.resolve("OK")) // a promise of [["OK"]]
 */
export function asOneCell<T>(result: T | Promise<T>): OneCell<T> | Promise<OneCell<T>> {
  return result instanceof Promise ? result.then((value) => [[value]]) : [[result]];
}
