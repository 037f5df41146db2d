import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { bandLabel, formatMessage } from "../../domain/messages";
import type { AreaScore } from "../../domain/scoring";
import type { Lang, SheetRow } from "../../domain/workbook/workbook-port";
import { scoreAreasFromRows, type AreaScoreLine } from "../area-scores";
import { usePaneText } from "../pane-language";
import { BandChip } from "./BandChip";

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
  name: { display: "block" },
  dimension: { fontWeight: tokens.fontWeightSemibold },
  facts: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

function ScoreFacts({ score, lang }: { score: AreaScore; lang: Lang }) {
  const { t } = usePaneText();
  const styles = useStyles();
  const percent = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 });
  return (
    <span className={styles.facts}>
      <Text weight="semibold">{percent.format(score.score / 100)}</Text>
      <BandChip band={score.band} label={bandLabel(score.band, lang)} />
      <Text className={styles.muted}>
        <span aria-hidden="true">
          {score.n}/{score.N}
        </span>
        <span className={styles.hidden}>{t.itemsScored(score.n, score.N)}</span>
      </Text>
    </span>
  );
}

const failureText = (line: AreaScoreLine, lang: Lang) =>
  line.result.ok ? "" : formatMessage(line.result.failure.code, line.result.failure.params, lang);

function LineText({ line, lang }: { line: AreaScoreLine; lang: Lang }) {
  const styles = useStyles();
  if (line.result.ok) return <ScoreFacts score={line.result.value} lang={lang} />;
  return <Text className={styles.muted}>{failureText(line, lang)}</Text>;
}

/**
 * Dimension and sub-dimension scores (U4SSC method, minimum coverage 2/3) with band and n/N beside each, or the
 * reason an area has no score ("insufficient data: 3 of 9 items"). A failure every area shares (an unknown id
 * in the sheet) is said once.
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
                  {dimension.name}
                </Text>
                <LineText line={dimension} lang={lang} />
              </div>
              <ul className={styles.nested}>
                {subdimensions.map((sub) => (
                  <li key={sub.name} className={styles.line}>
                    <Text className={styles.name}>{sub.name}</Text>
                    <LineText line={sub} lang={lang} />
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
