import { gridKeyAction } from "./grid-keys";

const key = (
  k: string,
  mods: Partial<Record<"ctrlKey" | "metaKey" | "altKey" | "shiftKey", boolean>> = {}
) =>
  gridKeyAction({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  });

describe("gridKeyAction", () => {
  it.each([
    ["ArrowUp", {}, { kind: "move", rows: -1, cols: 0 }],
    ["ArrowRight", {}, { kind: "move", rows: 0, cols: 1 }],
    ["Enter", {}, { kind: "move", rows: 1, cols: 0 }],
    ["Enter", { shiftKey: true }, { kind: "move", rows: -1, cols: 0 }],
    ["F2", {}, { kind: "edit", initial: null }],
    ["Delete", {}, { kind: "clear" }],
    ["Backspace", {}, { kind: "clear" }],
    ["5", {}, { kind: "edit", initial: "5" }],
    ["N", { shiftKey: true }, { kind: "edit", initial: "N" }],
    ["=", {}, { kind: "edit", initial: "=" }],
    ["v", { ctrlKey: true }, { kind: "none" }],
    ["c", { metaKey: true }, { kind: "none" }],
    ["Tab", {}, { kind: "none" }],
    ["Escape", {}, { kind: "none" }],
    ["z", { ctrlKey: true }, { kind: "undo" }],
    ["Z", { metaKey: true }, { kind: "undo" }],
    ["z", { ctrlKey: true, shiftKey: true }, { kind: "none" }],
    ["ArrowDown", { altKey: true }, { kind: "list" }],
  ])("%s %j → %j", (k, mods, action) => {
    expect(key(k, mods)).toEqual(action);
  });
});
