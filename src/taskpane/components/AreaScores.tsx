import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { formatMessage } from "../../domain/messages";
import type { SheetRow } from "../../domain/workbook/workbook-port";
import { areaLabel } from "../area-labels";
import { scoreAreasFromRows, type AreaScoreLine } from "../area-scores";
import { usePaneText } from "../pane-language";
import { ScoreFacts } from "./ScoreFacts";

export interface AreaScoresProps {
  /** Rows of the last successful check; null before any. */
  readonly rows: readonly SheetRow[] | null;
}

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  nested: { listStyleType: "none", margin: 0, paddingLeft: tokens.spacingHorizontalL },
  line: {
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // Long names wrap inside a 320 px pane instead of being cut.
  name: { display: "block", overflowWrap: "anywhere" },
  dimension: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
});

const failureText = (line: AreaScoreLine, lang: Parameters<typeof formatMessage>[2]) =>
  line.result.ok ? "" : formatMessage(line.result.failure.code, line.result.failure.params, lang);

/**
 * Dimension and sub-dimension scores (U4SSC method, minimum coverage 2/3) as shares of the maximum points, with
 * band and n/N beside each, or the reason an area has no score ("insufficient data: 3 of 9 items"). A failure
 * every area shares (an unknown id in the sheet) is said once. The dimension and the sub-dimension both named
 * Environment carry their level.
 *
 * @example <AreaScores rows={check.result?.snapshot.rows ?? null} />
 */
export function AreaScores({ rows }: AreaScoresProps) {
  const { lang, t } = usePaneText();
  const styles = useStyles();
  const lines = useMemo(() => (rows ? scoreAreasFromRows(rows) : null), [rows]);
  if (!lines) return <Text>{t.scoresNeedCheck}</Text>;

  const all = lines.flatMap(({ dimension, subdimensions }) => [dimension, ...subdimensions]);
  const messages = new Set(all.map((line) => (line.result.ok ? "" : failureText(line, lang))));
  const shared = messages.size === 1 && !all[0].result.ok ? failureText(all[0], lang) : null;

  return (
    <div>
      <Text size={200} className={mergeClasses(styles.name, styles.muted)}>
        {t.scoresHint}
      </Text>
      {shared ? (
        <Text>{shared}</Text>
      ) : (
        <ul className={styles.list}>
          {lines.map(({ dimension, subdimensions }) => (
            <li key={dimension.name}>
              <div className={styles.line}>
                <Text className={mergeClasses(styles.name, styles.dimension)}>
                  {areaLabel("dimension", dimension.name, lang)}
                </Text>
                <ScoreFacts result={dimension.result} />
              </div>
              <ul className={styles.nested}>
                {subdimensions.map((sub) => (
                  <li key={sub.name} className={styles.line}>
                    <Text className={styles.name}>{areaLabel("subdimension", sub.name, lang)}</Text>
                    <ScoreFacts result={sub.result} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
