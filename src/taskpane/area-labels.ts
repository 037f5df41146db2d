import { AREA_TREE, localizedAreaName } from "../domain/catalog";
import { uiText } from "../domain/messages/ui";
import type { Lang } from "../domain/workbook/workbook-port";

const DIMENSIONS = new Set(AREA_TREE.children.map((node) => node.name));
const SUBDIMENSIONS = new Set(
  AREA_TREE.children.flatMap((node) => node.children.map((sub) => sub.name))
);

/**
 * The pane's name of a dimension or sub-dimension in `lang` (the unofficial translation in fr and ru). A name used
 * at both levels (Environment) gets its level word, so the two are never confused (docs/scoring.md §1).
 *
 * @example areaLabel("dimension", "Environment", "en") === "Environment (dimension)"
 * @example areaLabel("subdimension", "Energy", "fr") === "Énergie"
 */
export function areaLabel(level: "dimension" | "subdimension", name: string, lang: Lang): string {
  const text = localizedAreaName(level, name, lang);
  const t = uiText(lang);
  if (level === "dimension" && SUBDIMENSIONS.has(name)) return `${text} (${t.levelDimension})`;
  if (level === "subdimension" && DIMENSIONS.has(name)) return `${text} (${t.levelSubdimension})`;
  return text;
}
