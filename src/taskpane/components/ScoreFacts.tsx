import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { areaBandLabel, formatMessage } from "../../domain/messages";
import type { AreaScore, Scored } from "../../domain/scoring";
import { usePaneText } from "../pane-language";
import { BandChip } from "./BandChip";

const useStyles = makeStyles({
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

/**
 * An area score as what it is — a share of the maximum points, not a "% of target" (docs/scoring.md §5) — with its
 * band in points words and n/N (read out in full for screen readers); or why the area has no score.
 *
 * @example <ScoreFacts result={scoreArea({ area: "Education", ids, values })} />
 */
export function ScoreFacts({ result }: { readonly result: Scored<AreaScore> }) {
  const { lang, t } = usePaneText();
  const styles = useStyles();
  if (!result.ok) {
    const { code, params } = result.failure;
    return <Text className={styles.muted}>{formatMessage(code, params, lang)}</Text>;
  }
  const score = result.value;
  const percent = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 });
  return (
    <span className={styles.facts}>
      <Text weight="semibold">{t.pointsShare(percent.format(score.score / 100))}</Text>
      <BandChip band={score.band} label={areaBandLabel(score.band, lang)} />
      <Text className={styles.muted}>
        <span aria-hidden="true">
          {score.n}/{score.N}
        </span>
        <span className={styles.hidden}>{t.itemsScored(score.n, score.N)}</span>
      </Text>
    </span>
  );
}
