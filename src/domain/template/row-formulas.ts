import { MESSAGE_TABLES } from "../messages";
import type { RowFlagCode } from "../messages/message-keys";
import type { Direction } from "../catalog";
import type { Lang } from "../workbook/workbook-port";
import { labelsFor } from "./labels";
import { absoluteCell, cell, qualified } from "./a1";
import { checkCode, isMissing, quote, readNumber, readYear, trimmedIn } from "./formulas";
import { DATA_QUALITY_CHOICES } from "../validation/data-quality";
import { SUMMARY_SHEET, SUMMARY_YEAR_READ_CELL, dataColumn } from "./layout";
import type { DataColumnKey } from "./layout";
import { ROW_FLAG_ORDER } from "./row-verdict";
import { BAND_CUTOFFS } from "../scoring/bands";
import { DEFAULT_STALE_AFTER_YEARS } from "../validation";

const [LOW, MID, HIGH] = BAND_CUTOFFS;

/** The reporting year as the Summary reads it (a year or ""), the cell every row's Status compares with. */
export const REPORTING_YEAR_READ_REF = qualified(
  SUMMARY_SHEET,
  absoluteCell(SUMMARY_YEAR_READ_CELL)
);

const LOW_QUALITY_WORDS = DATA_QUALITY_CHOICES.filter((c) => c.low).map((c) => c.label);

/** The p of docs/scoring.md §4 for the row's direction, from the value read, the target used and W. */
function ratio(is: (d: Direction) => string, x: string, t: string, w: string): string {
  const lower =
    `IF(${t}>0,IF(${x}<=0,1,${t}/${x}),` +
    `IF(${x}<=0,1,IF(AND(ISNUMBER(${w}),${w}>0),MAX(0,(${w}-${x})/${w}),0)))`;
  return (
    `IF(${is("higher")},IF(${t}>0,MAX(0,${x}/${t}),1),IF(${is("lower")},${lower},` +
    `IF(${is("band")},IF(${t}=0,IF(${x}=0,1,0),MAX(0,1-ABS(${x}-${t})/ABS(${t}))),` +
    `IF(${is("yesno")},MAX(0,${x}),""))))`
  );
}

/**
 * The formulas of one data row, by column: Status, Score and Points, and the method's steps (value and target
 * as read and checked, the target used, whether the item counts in N, the ratio p, the year as read). Status
 * names the row's flags in `lang`, in the order of ROW_FLAG_ORDER, with the words of src/domain/messages.
 *
 * @example rowFormulaCells(5, "en").score === '=IF(ISNUMBER(AF5),100*MIN(MAX(AF5,0),1),"")'
 */
export function rowFormulaCells(row: number, lang: Lang): Partial<Record<DataColumnKey, string>> {
  const r = (key: DataColumnKey) => cell(dataColumn(key), row);
  // The Direction column holds the label language's words (labels.directions).
  const words = labelsFor(lang).directions;
  const is = (d: Direction) => `${r("direction")}=${quote(words[d])}`;
  const method = { yesNo: is("yesno"), min: r("min"), max: r("max") };
  const [vc, tc, yr, ry] = [
    r("valueCheck"),
    r("targetCheck"),
    r("yearRead"),
    REPORTING_YEAR_READ_REF,
  ];
  const present = `${vc}<>"MISSING"`;
  const years = `AND(${present},ISNUMBER(${yr}),ISNUMBER(${ry}))`;
  const quality = r("quality");
  const conditions: Record<RowFlagCode, string> = {
    CELL_ERROR: `OR(${vc}="CELL_ERROR",${tc}="CELL_ERROR")`,
    NOT_NUMERIC: `OR(${vc}="NOT_NUMERIC",${tc}="NOT_NUMERIC",AND(${present},${yr}="NOT_NUMERIC"))`,
    OUT_OF_RANGE: `OR(${vc}="OUT_OF_RANGE",${tc}="OUT_OF_RANGE")`,
    FUTURE_YEAR: `IF(${years},${yr}>${ry},FALSE)`,
    STALE: `IF(${years},${yr}<${ry}-${DEFAULT_STALE_AFTER_YEARS},FALSE)`,
    LOW_QUALITY: `IF(AND(${present},ISTEXT(${quality})),${trimmedIn(quality, LOW_QUALITY_WORDS)},FALSE)`,
    NO_TARGET: `${tc}="NO_TARGET"`,
    MISSING: `${vc}="MISSING"`,
  };
  const table = MESSAGE_TABLES[lang];
  const flags = ROW_FLAG_ORDER.map(
    (code) => `IF(${conditions[code]},${quote(`, ${table.flagNames[code]}`)},"")`
  ).join("&");
  const target = r("target");
  const p = r("ratio");
  return {
    status: `=IF(${r("flags")}="",${quote(table.statusOk)},MID(${r("flags")},3,1000))`,
    flags: `=${flags}`,
    score: `=IF(ISNUMBER(${p}),100*MIN(MAX(${p},0),1),"")`,
    points: `=IF(ISNUMBER(${p}),IF(${p}>=${HIGH},4,IF(${p}>=${MID},3,IF(${p}>=${LOW},2,1))),"")`,
    valueRead: `=${readNumber(r("value"), method.yesNo, r("unit"))}`,
    valueCheck: `=${checkCode(r("value"), r("valueRead"), method)}`,
    targetRead: `=${readNumber(r("target"), method.yesNo, r("unit"))}`,
    targetCheck:
      `=IF(${is("none")},"NO_TARGET",IF(${isMissing(target)},` +
      `IF(ISNUMBER(${r("defaultTarget")}),"OK","NO_TARGET"),${checkCode(target, r("targetRead"), method)}))`,
    targetUsed: `=IF(${tc}="OK",IF(ISNUMBER(${r("targetRead")}),${r("targetRead")},${r("defaultTarget")}),"")`,
    eligible: `=IF(${tc}="NO_TARGET",0,1)`,
    ratio: `=IF(AND(${vc}="OK",${tc}="OK"),${ratio(is, r("valueRead"), r("targetUsed"), r("worst"))},"")`,
    yearRead: `=${readYear(r("year"))}`,
  };
}
