import { ExcelError } from "../workbook/excel-error";
import { SimChart, SimSheet } from "../workbook/sheet";
import { ClientObject } from "./client-object";
import { areaOf } from "./make-range";
import { rangeLocator } from "./range-registry";
import { SimRequestContext } from "./request-context";
import { missing, simulated } from "./simulated-proxy";

/** Chart types the preview draws (as bars). */
const CHART_TYPES = ["BarClustered", "ColumnClustered"];

type ChartLocator = () => { sheet: SimSheet; chart: SimChart } | undefined;

function requireChart(locate: ChartLocator): { sheet: SimSheet; chart: SimChart } {
  const found = locate();
  if (!found) throw new ExcelError("ItemNotFound", "The requested chart doesn't exist.");
  return found;
}

/** `Excel.ChartCollection` of a worksheet: add(type, range, seriesBy), getItemOrNullObject(name). */
export class ChartCollectionApi extends ClientObject {
  static readonly excelName = "ChartCollection";
  static readonly members = ["add", "getItemOrNullObject"];
  protected readonly loadable: readonly string[] = [];

  constructor(
    context: SimRequestContext,
    private readonly sheet: () => SimSheet
  ) {
    super(context, ChartCollectionApi.excelName);
  }

  add(type: string, sourceData: unknown, seriesBy?: string): ChartApi {
    if (!CHART_TYPES.includes(type)) throw missing(`chart type ${type}`);
    if (seriesBy !== undefined && seriesBy !== "Columns")
      throw missing(`charts with seriesBy ${seriesBy}`);
    const locateSource = rangeLocator(sourceData);
    if (!locateSource) throw missing("charts whose source is not a Range object");
    let created: { sheet: SimSheet; chart: SimChart } | undefined;
    this.context.enqueue(() => {
      const sheet = this.sheet();
      const source = locateSource();
      const chart: SimChart = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        sourceSheetId: source.sheet.id,
        source: source.area,
        seriesBy: "Columns",
        title: "",
        position: null,
      };
      sheet.charts.push(chart);
      created = { sheet, chart };
    });
    return simulated(new ChartApi(this.context, () => created), ChartApi);
  }

  getItemOrNullObject(name: string): ChartApi {
    const locate: ChartLocator = () => {
      const sheet = this.sheet();
      const chart = sheet.charts.find((c) => c.name.toLowerCase() === name.toLowerCase());
      return chart && { sheet, chart };
    };
    const chart = new ChartApi(this.context, locate);
    chart.markOrNull(() => locate() !== undefined);
    return simulated(chart, ChartApi);
  }

  protected readProperty(): unknown {
    return undefined;
  }
}

/** `Excel.Chart`: name, title, setPosition. */
export class ChartApi extends ClientObject {
  static readonly excelName = "Chart";
  static readonly members = ["name", "title", "setPosition"];
  protected readonly loadable = ["name"];
  readonly #locate: ChartLocator;
  readonly title: ChartTitleApi;

  constructor(context: SimRequestContext, locate: ChartLocator) {
    super(context, ChartApi.excelName);
    this.#locate = locate;
    this.title = simulated(
      new ChartTitleApi(context, () => requireChart(locate).chart),
      ChartTitleApi
    );
  }

  markOrNull(exists: () => boolean): void {
    this.checkExistenceAtSync(exists);
  }

  get name(): string {
    return this.loaded("name");
  }

  set name(name: string) {
    this.context.enqueue(() => {
      requireChart(this.#locate).chart.name = String(name);
    });
  }

  /** Places the chart over cells given as addresses (Range arguments are not simulated). */
  setPosition(startCell: unknown, endCell?: unknown): void {
    if (typeof startCell !== "string" || (endCell !== undefined && typeof endCell !== "string")) {
      throw missing("Chart.setPosition with Range arguments");
    }
    this.context.enqueue(() => {
      const { sheet, chart } = requireChart(this.#locate);
      const start = areaOf(startCell, sheet);
      chart.position = { start, end: endCell === undefined ? start : areaOf(endCell, sheet) };
    });
  }

  protected readProperty(): unknown {
    return requireChart(this.#locate).chart.name;
  }
}

/** `Excel.ChartTitle`: text. */
export class ChartTitleApi extends ClientObject {
  static readonly excelName = "ChartTitle";
  static readonly members = ["text"];
  protected readonly loadable = ["text"];

  constructor(
    context: SimRequestContext,
    private readonly chart: () => SimChart
  ) {
    super(context, ChartTitleApi.excelName);
  }

  get text(): string {
    return this.loaded("text");
  }

  set text(text: string) {
    this.context.enqueue(() => {
      this.chart().title = String(text);
    });
  }

  protected readProperty(): unknown {
    return this.chart().title;
  }
}
