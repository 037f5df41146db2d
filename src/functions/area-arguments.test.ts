import { formatMessage } from "../domain/messages";
import { areaRows } from "./area-arguments";

const IDS_4X1 = [["SC: EH: ED: 1C"], ["SC: EH: ED: 2C"], ["SC: EH: ED: 3C"], ["SC: EH: ED: 4C"]];

describe("areaRows: ranges aligned with ids by shape, not only by size", () => {
  it("refuses values of the same size but another shape, naming both shapes", () => {
    const rows = areaRows(
      "Education",
      IDS_4X1,
      [
        [20, 70],
        [1000, 10],
      ],
      "value",
      null
    );
    expect(rows.ok).toBe(false);
    if (rows.ok) return;
    expect(rows.failure).toEqual({
      code: "SHAPE_DIFFERS",
      params: { argument: "value", shape: "2×2", expected: "4×1" },
    });
    expect(formatMessage(rows.failure.code, rows.failure.params, "en")).toBe(
      "value is 2×2 (rows×columns) but ids is 4×1; the ranges must have the same shape"
    );
  });

  it("refuses targets laid out as a row against ids in a column", () => {
    const rows = areaRows("Education", IDS_4X1, [[1], [2], [3], [4]], "value", [[1, 2, 3, 4]]);
    expect(!rows.ok && rows.failure.params).toEqual({
      argument: "targets",
      shape: "1×4",
      expected: "4×1",
    });
  });

  it("accepts ranges of the ids' shape, and still says SHAPE_MISMATCH for another size", () => {
    const ok = areaRows("Education", IDS_4X1, [[20], [70], [1000], [10]], "value", null);
    expect(ok.ok && ok.value.values).toEqual([20, 70, 1000, 10]);
    const short = areaRows("Education", IDS_4X1, [[20], [70]], "value", null);
    expect(!short.ok && short.failure.code).toBe("SHAPE_MISMATCH");
  });
});
