import { ClientObject } from "./client-object";
import { RangeTarget, checkColor, patchFormat, setColumnWidth } from "./range-writes";
import { SimRequestContext } from "./request-context";
import { simulated } from "./simulated-proxy";

/**
 * Formatting objects are write-only in the preview: the add-in sets them and never reads them back, so reading one
 * throws PropertyNotLoaded and loading one throws "not simulated".
 */
abstract class WriteOnlyObject extends ClientObject {
  protected readonly loadable: readonly string[] = [];

  protected readProperty(): unknown {
    return undefined;
  }
}

/** `Excel.RangeFormat`: wrapText, columnWidth, font, fill. */
export class RangeFormatApi extends WriteOnlyObject {
  static readonly excelName = "RangeFormat";
  static readonly members = ["wrapText", "columnWidth", "font", "fill"];
  readonly #locate: () => RangeTarget;
  readonly font: RangeFontApi;
  readonly fill: RangeFillApi;

  constructor(context: SimRequestContext, locate: () => RangeTarget) {
    super(context, RangeFormatApi.excelName);
    this.#locate = locate;
    this.font = simulated(new RangeFontApi(context, locate), RangeFontApi);
    this.fill = simulated(new RangeFillApi(context, locate), RangeFillApi);
  }

  get wrapText(): boolean {
    return this.loaded("wrapText");
  }

  set wrapText(wrap: boolean) {
    this.context.enqueue(() => patchFormat(this.#locate(), { wrap: Boolean(wrap) }));
  }

  get columnWidth(): number {
    return this.loaded("columnWidth");
  }

  set columnWidth(width: number) {
    this.context.enqueue(() => setColumnWidth(this.#locate(), width));
  }
}

/** `Excel.RangeFont`: bold, color. */
export class RangeFontApi extends WriteOnlyObject {
  static readonly excelName = "RangeFont";
  static readonly members = ["bold", "color"];
  readonly #locate: () => RangeTarget;

  constructor(context: SimRequestContext, locate: () => RangeTarget) {
    super(context, RangeFontApi.excelName);
    this.#locate = locate;
  }

  get bold(): boolean {
    return this.loaded("bold");
  }

  set bold(bold: boolean) {
    this.context.enqueue(() => patchFormat(this.#locate(), { bold: Boolean(bold) }));
  }

  get color(): string {
    return this.loaded("color");
  }

  set color(color: string) {
    this.context.enqueue(() =>
      patchFormat(this.#locate(), { fontColor: checkColor(color, "font.color") })
    );
  }
}

/** `Excel.RangeFill`: color. */
export class RangeFillApi extends WriteOnlyObject {
  static readonly excelName = "RangeFill";
  static readonly members = ["color"];
  readonly #locate: () => RangeTarget;

  constructor(context: SimRequestContext, locate: () => RangeTarget) {
    super(context, RangeFillApi.excelName);
    this.#locate = locate;
  }

  get color(): string {
    return this.loaded("color");
  }

  set color(color: string) {
    this.context.enqueue(() =>
      patchFormat(this.#locate(), { fill: checkColor(color, "fill.color") })
    );
  }
}
