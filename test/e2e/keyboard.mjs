// Reaching pane controls with the keyboard alone: Tab until the wanted control has focus.

/** What has focus: its tag, role and accessible-ish name (label, aria-label or text). */
export async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: "body", name: "" };
    const label = el.getAttribute("aria-label") || (el.labels && el.labels[0]?.textContent) || el.textContent || "";
    return { tag: el.tagName.toLowerCase(), role: el.getAttribute("role") ?? "", name: label.trim() };
  });
}

/** Presses Tab until `matches(focused)` (at most `limit` times); returns the number of presses. */
export async function tabTo(page, what, matches, limit = 80) {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press("Tab");
    if (matches(await focused(page))) return presses;
  }
  throw new Error(`Tab never reached ${what} in ${limit} presses`);
}
