import type { HostProfile } from "../preview/host/host-profile";
import type { TemplateOptions } from "../domain/workbook/workbook-port";
import { createExcelWorkbookPort } from "./excel-workbook-port";
import { simulation } from "../preview/excel-api/simulation.fixture";

/**
 * Every port action against the preview's strict simulation of Excel (reads need load() and a sync, isNullObject a sync, work left queued
 * at the end of a batch is one more round trip): the round trips of src/excel/README.md, counted as Excel counts
 * them. scripts/mutation-check.mjs relies on these to catch a load removed, isNullObject read before the sync and
 * a write queued after the last sync.
 */
const OPTIONS: TemplateOptions = {
  city: "Ålesund",
  reportingYear: 2024,
  scope: "core",
  lang: "en",
};

type Port = ReturnType<typeof createExcelWorkbookPort>;

async function roundTrips(action: (port: Port) => Promise<unknown>, profile: HostProfile) {
  const sim = simulation({ profile });
  const port = createExcelWorkbookPort(sim.host);
  await port.insertTemplate(OPTIONS);
  const before = sim.stats.syncs;
  const result = await action(port);
  return { result, syncs: sim.stats.syncs - before };
}

describe.each(["web", "desktop"] as const)("round trips of each action (%s)", (profile) => {
  it.each([
    ["hasTemplate", (port: Port) => port.hasTemplate(), 1],
    ["readSheet", (port: Port) => port.readSheet(), 2],
    ["updateTemplate", (port: Port) => port.updateTemplate(OPTIONS), 3],
    ["selectCell", (port: Port) => port.selectCell("'KPI Data'!K9"), 1],
    ["onDataChanged", (port: Port) => port.onDataChanged(jest.fn()), 2],
  ] as [string, (port: Port) => Promise<unknown>, number][])(
    "%s succeeds in the round trips src/excel/README.md gives",
    async (_, action, expected) => {
      const { result, syncs } = await roundTrips(action, profile);
      expect(result).toMatchObject({ ok: true });
      expect(syncs).toBe(expected);
    }
  );

  it("inserts in 2 round trips and answers hasTemplate true afterwards, false before", async () => {
    const sim = simulation({ profile });
    const port = createExcelWorkbookPort(sim.host);
    await expect(port.hasTemplate()).resolves.toEqual({ ok: true, value: false });
    const before = sim.stats.syncs;
    await expect(port.insertTemplate(OPTIONS)).resolves.toMatchObject({ ok: true });
    expect(sim.stats.syncs - before).toBe(2);
    await expect(port.hasTemplate()).resolves.toEqual({ ok: true, value: true });
  });
});
