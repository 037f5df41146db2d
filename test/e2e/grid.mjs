// Driving the preview's simulated workbook as a person does: sheet tabs, cells, typing, pasting.

/** The grid cell of the shown sheet at an A1 address. */
export function cell(page, address) {
  return page.locator(`.preview-grid td[data-address="${address}"]`);
}

/** The text a cell shows. */
export async function cellText(page, address) {
  return (await cell(page, address).textContent()) ?? "";
}

/** Shows a sheet by clicking its tab. */
export async function showSheet(page, name) {
  await page.getByRole("navigation", { name: "Sheets" }).getByRole("button", { name, exact: true }).click();
  await page.locator(`.preview-grid[aria-label="Sheet ${name}"]`).waitFor();
}

/** Types `text` into a cell (click, type, Enter), as into Excel. */
export async function typeInto(page, address, text) {
  await cell(page, address).click();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

/** Pastes `text` at a cell (a paste event on the grid with the text on the clipboard: what Ctrl+V delivers). */
export async function pasteInto(page, address, text) {
  await cell(page, address).click();
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData("text/plain", pasted);
    const event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
    document.querySelector(".preview-grid").dispatchEvent(event);
  }, text);
}

/** The 1-based row of the shown sheet whose column A holds `id` (the data sheet's item ids). */
export async function rowOfItem(page, id) {
  const row = await page.evaluate((wanted) => {
    const found = [...document.querySelectorAll('.preview-grid td[data-address^="A"]')].find(
      (td) => td.textContent === wanted
    );
    return found ? Number(found.dataset.address.slice(1)) : null;
  }, id);
  if (row === null) throw new Error(`no row with id ${id} on the shown sheet`);
  return row;
}

/** The selected cell's address, as the name box shows it. */
export async function selectedAddress(page) {
  return page.getByRole("textbox", { name: "Selected cell" }).inputValue();
}
