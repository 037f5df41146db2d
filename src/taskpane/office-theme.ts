import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The colours Office gives in `Office.context.officeTheme` (a subset; all "#RRGGBB"). */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor?: string;
  readonly controlBackgroundColor?: string;
  readonly controlForegroundColor?: string;
}

/** WCAG relative luminance of a "#RGB" or "#RRGGBB" colour; undefined for anything else. */
function relativeLuminance(color: string): number | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!match) return undefined;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join("") : match[1];
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The Fluent theme that matches Office's: dark when the pane's body background is dark (luminance below the
 * mid-grey point where black text stops contrasting better than white), light otherwise — and light when the host
 * gives no theme or an unreadable colour.
 *
 * @example fluentThemeFor({ bodyBackgroundColor: "#1F1F1F" }) === webDarkTheme
 * @example fluentThemeFor(undefined) === webLightTheme
 */
export function fluentThemeFor(officeTheme: OfficeThemeColors | undefined): Theme {
  const luminance = officeTheme ? relativeLuminance(officeTheme.bodyBackgroundColor) : undefined;
  return luminance !== undefined && luminance < 0.179 ? webDarkTheme : webLightTheme;
}
