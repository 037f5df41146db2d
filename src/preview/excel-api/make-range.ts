import { Area, parseArea } from "../workbook/area";
import { ExcelError } from "../workbook/excel-error";
import { SimSheet } from "../workbook/sheet";
import { RangeApi } from "./range-api";
import { registerRange } from "./range-registry";
import { RangeTarget } from "./range-writes";
import { SimRequestContext } from "./request-context";
import { simulated } from "./simulated-proxy";

/** A Range object for the add-in: wrapped so unknown members throw, and registered for methods taking a Range. */
export function makeRange(context: SimRequestContext, locate: () => RangeTarget): RangeApi {
  const range = simulated(new RangeApi(context, locate), RangeApi);
  registerRange(range, locate);
  return range;
}

/** Reads a `getRange(address)` argument; an address the preview cannot read is InvalidArgument, as in Excel. */
export function areaOf(address: string, sheet: SimSheet): Area {
  const bang = address.lastIndexOf("!");
  if (bang >= 0) {
    const named = address
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    if (named.toLowerCase() !== sheet.name.toLowerCase()) {
      throw new ExcelError(
        "InvalidArgument",
        `The address ${address} is not on sheet ${sheet.name}.`
      );
    }
  }
  const area = parseArea(address.slice(bang + 1));
  if (!area) throw new ExcelError("InvalidArgument", `The address ${address} is not valid.`);
  return area;
}
