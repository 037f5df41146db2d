/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import type { TemplateOptions } from "../../domain/workbook/workbook-port";
import { fakePort } from "../testing/fake-port";
import { useTemplateActions } from "./useTemplateActions";

const options = (lang: TemplateOptions["lang"]): TemplateOptions => ({
  city: "",
  reportingYear: 2024,
  scope: "all",
  lang,
});

describe("useTemplateActions", () => {
  it("inserts a French template only once the translations have loaded", async () => {
    const port = fakePort();
    const gate = { open: () => undefined as void };
    const loaded = new Promise<void>((resolve) => (gate.open = resolve));
    const { result } = renderHook(() => useTemplateActions(port, undefined, () => loaded));
    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = result.current.run("insert", options("fr"));
    });
    await act(async () => {
      await Promise.resolve();
    });
    expect(port.insertTemplate).not.toHaveBeenCalled();
    await act(async () => {
      gate.open();
      await done;
    });
    expect(port.insertTemplate).toHaveBeenCalledWith(options("fr"));
    expect(result.current.status.kind).toBe("done");
  });

  it("writes nothing and reports the failure when the translations cannot load", async () => {
    const port = fakePort();
    const { result } = renderHook(() =>
      useTemplateActions(port, undefined, () => Promise.reject(new Error("chunk failed")))
    );
    await act(async () => {
      await result.current.run("update", options("ru"));
    });
    expect(port.updateTemplate).not.toHaveBeenCalled();
    expect(result.current.status).toMatchObject({
      kind: "failed",
      error: { code: "UNKNOWN", detail: "chunk failed" },
    });
  });

  it("does not wait for translations for an English template", async () => {
    const port = fakePort();
    const load = jest.fn(() => new Promise<void>(() => undefined));
    const { result } = renderHook(() => useTemplateActions(port, undefined, load));
    await act(async () => {
      await result.current.run("insert", options("en"));
    });
    expect(load).not.toHaveBeenCalled();
    expect(port.insertTemplate).toHaveBeenCalledTimes(1);
  });
});
