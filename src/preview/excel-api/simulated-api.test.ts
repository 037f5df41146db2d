import { AutoFilterApi } from "./auto-filter-api";
import { ChartApi, ChartCollectionApi, ChartTitleApi } from "./chart-api";
import { ConditionalFormatCollectionApi } from "./conditional-format-api";
import {
  ConditionalColorApi,
  ConditionalFormatApi,
  ConditionalFormatRuleApi,
  ConditionalRangeFormatApi,
  CustomConditionalFormatApi,
} from "./conditional-format-parts";
import { DataValidationApi } from "./data-validation-api";
import { EventHandlerResultApi, EventHandlersApi } from "./event-api";
import { RangeApi } from "./range-api";
import { RangeFillApi, RangeFontApi, RangeFormatApi } from "./range-format-api";
import { SimulatedClass } from "./simulated-proxy";
import { TableApi, TableCollectionApi } from "./table-api";
import { TableRowCollectionApi } from "./table-rows";
import { WorkbookApi, WorkbookProtectionApi } from "./workbook-api";
import { WorksheetApi, WorksheetCollectionApi } from "./worksheet-api";
import { FreezePanesApi, WorksheetProtectionApi } from "./worksheet-parts";

/**
 * The exact Excel API the preview simulates (src/preview/README.md lists the same): src/excel/README.md's list,
 * nothing more. Every other member throws "Preview does not simulate …". A member added here must be added there.
 */
const SIMULATED: Record<string, readonly string[]> = {
  Workbook: ["worksheets", "tables", "protection"],
  WorkbookProtection: ["protected"],
  WorksheetCollection: ["getItem", "getItemOrNullObject", "add"],
  Worksheet: [
    "name",
    "id",
    "getRange",
    "getUsedRange",
    "tables",
    "charts",
    "freezePanes",
    "protection",
    "autoFilter",
    "activate",
    "onChanged",
  ],
  WorksheetProtection: ["protected"],
  WorksheetFreezePanes: ["freezeRows", "freezeAt"],
  Range: [
    "values",
    "valueTypes",
    "formulas",
    "numberFormat",
    "address",
    "rowHidden",
    "format",
    "dataValidation",
    "conditionalFormats",
    "select",
  ],
  RangeFormat: ["wrapText", "columnWidth", "font", "fill"],
  RangeFont: ["bold", "color"],
  RangeFill: ["color"],
  DataValidation: ["clear", "rule", "prompt", "errorAlert", "ignoreBlanks"],
  ConditionalFormatCollection: ["add", "clearAll"],
  ConditionalFormat: ["custom"],
  CustomConditionalFormat: ["rule", "format"],
  ConditionalFormatRule: ["formula"],
  ConditionalRangeFormat: ["fill", "font"],
  ConditionalRangeFill: ["color"],
  ConditionalRangeFont: ["color"],
  TableCollection: ["add", "getItemOrNullObject"],
  Table: ["name", "style", "getRange", "rows", "worksheet", "autoFilter", "resize"],
  AutoFilter: ["isDataFiltered"],
  TableRowCollection: ["add"],
  ChartCollection: ["add", "getItemOrNullObject"],
  Chart: ["name", "title", "setPosition"],
  ChartTitle: ["text"],
  EventHandlers: ["add"],
  EventHandlerResult: ["remove"],
};

const CLASSES: readonly SimulatedClass[] = [
  WorkbookApi,
  WorkbookProtectionApi,
  WorksheetCollectionApi,
  WorksheetApi,
  WorksheetProtectionApi,
  FreezePanesApi,
  RangeApi,
  RangeFormatApi,
  RangeFontApi,
  RangeFillApi,
  DataValidationApi,
  ConditionalFormatCollectionApi,
  ConditionalFormatApi,
  CustomConditionalFormatApi,
  ConditionalFormatRuleApi,
  ConditionalRangeFormatApi,
  ConditionalColorApi.fill,
  ConditionalColorApi.font,
  TableCollectionApi,
  TableApi,
  TableRowCollectionApi,
  AutoFilterApi,
  ChartCollectionApi,
  ChartApi,
  ChartTitleApi,
  EventHandlersApi,
  EventHandlerResultApi,
];

describe("the simulated Excel API", () => {
  it("is exactly the documented list", () => {
    expect(Object.fromEntries(CLASSES.map((c) => [c.excelName, c.members]))).toEqual(SIMULATED);
  });
});
