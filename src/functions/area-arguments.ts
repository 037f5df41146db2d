import type { AreaRowsInput } from "../domain/scoring";
import type { Scored } from "../domain/scoring";
import type { RawCell } from "../domain/workbook/workbook-port";
import { alignedRange, shapeOf } from "./argument-readers";
import { cellCount, isOmitted } from "./excel-arguments";

/**
 * The range arguments of an area call as the domain takes them: ids first (TOO_LARGE past the row limit), then
 * values and targets, each of the size (SHAPE_MISMATCH) and shape (SHAPE_DIFFERS) of ids, named as the function
 * calls them.
 * Omitted targets mean every default target.
 *
 * @example areaRows("Education", [["SC: EH: ED: 1C"]], [[45]], "value", null) // ok { area, ids, values }
 */
export function areaRows(
  area: RawCell,
  ids: unknown,
  values: unknown,
  valuesName: string,
  targets: unknown
): Scored<AreaRowsInput> {
  const idCells = alignedRange(ids, "ids", cellCount(ids));
  if (!idCells.ok) return idCells;
  const idsShape = shapeOf(ids);
  const valueCells = alignedRange(values, valuesName, idCells.value.length, idsShape);
  if (!valueCells.ok) return valueCells;
  if (isOmitted(targets))
    return { ok: true, value: { area, ids: idCells.value, values: valueCells.value } };
  const targetCells = alignedRange(targets, "targets", idCells.value.length, idsShape);
  if (!targetCells.ok) return targetCells;
  return {
    ok: true,
    value: { area, ids: idCells.value, values: valueCells.value, targets: targetCells.value },
  };
}
