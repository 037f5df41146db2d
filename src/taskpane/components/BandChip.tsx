import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { Points } from "../../domain/scoring";

const useStyles = makeStyles({
  chip: {
    display: "inline-block",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    ...shorthands.borderWidth(tokens.strokeWidthThin),
    ...shorthands.borderStyle("solid"),
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  // Fluent's tinted palette pairs: text on tint ≥ 4.6:1 in both the light and the dark web themes.
  band1: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    ...shorthands.borderColor(tokens.colorPaletteRedBorder1),
  },
  band2: {
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    color: tokens.colorPaletteDarkOrangeForeground1,
    ...shorthands.borderColor(tokens.colorPaletteDarkOrangeBorder1),
  },
  band3: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteYellowForeground1,
    ...shorthands.borderColor(tokens.colorPaletteYellowBorder1),
  },
  band4: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    ...shorthands.borderColor(tokens.colorPaletteGreenBorder1),
  },
});

/**
 * A band's label on its colour (red, orange, yellow, green for bands 1–4). The label carries the meaning; the
 * colour only repeats it, so nothing depends on telling colours apart.
 *
 * @example <BandChip band={2} label={bandLabel(2, lang)} />
 */
export function BandChip({ band, label }: { readonly band: Points; readonly label: string }) {
  const styles = useStyles();
  const tint = { 1: styles.band1, 2: styles.band2, 3: styles.band3, 4: styles.band4 }[band];
  return <span className={mergeClasses(styles.chip, tint)}>{label}</span>;
}
