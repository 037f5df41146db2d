import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { PortError } from "../../domain/workbook/workbook-port";
import { areaLabel } from "../area-labels";
import { overallCoverage, scoreAreasFromRows } from "../area-scores";
import type { CheckResult } from "../hooks/useWorkbookCheck";
import { countBySeverity } from "../issue-groups";
import { usePaneText } from "../pane-language";
import { PortErrorMessage } from "./PortErrorMessage";
import { ScoreFacts } from "./ScoreFacts";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  line: { padding: `${tokens.spacingVerticalXXS} 0`, overflowWrap: "anywhere" },
  name: { display: "block", fontWeight: tokens.fontWeightSemibold },
});

/**
 * The coverage line of the status header: how many of the items with a target are scored, as n of N and %.
 *
 * @example <CoverageLine result={check.result} />
 */
export function CoverageLine({ result }: { readonly result: CheckResult }) {
  const { lang, t } = usePaneText();
  const rows = result.snapshot.rows;
  const coverage = useMemo(() => overallCoverage(rows), [rows]);
  if (!coverage.ok) return null; // the issue list says why (an unknown id, a duplicate)
  const { n, N } = coverage.value;
  const percent = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 0 });
  return <Text>{t.statusCoverage(n, N, percent.format(coverage.value.coverage))}</Text>;
}

/**
 * The three dimension scores with band and n/N, at the top of the pane (the sub-dimensions are in "Area scores").
 *
 * @example <DimensionScoreList result={check.result} />
 */
export function DimensionScoreList({ result }: { readonly result: CheckResult }) {
  const { lang, t } = usePaneText();
  const styles = useStyles();
  const rows = result.snapshot.rows;
  const dimensions = useMemo(() => scoreAreasFromRows(rows), [rows]);
  return (
    <ul className={styles.list} aria-label={t.dimensionScores}>
      {dimensions.map(({ dimension }) => (
        <li key={dimension.name} className={styles.line}>
          <Text className={styles.name}>{areaLabel("dimension", dimension.name, lang)}</Text>
          <ScoreFacts result={dimension.result} />
        </li>
      ))}
    </ul>
  );
}

export interface StatusHeaderProps {
  readonly result: CheckResult | null;
  readonly error: PortError | null;
}

/**
 * The top of the pane: counts by severity and coverage in a polite live region (always in the page, so changes
 * are announced; the scores stay outside it, so a re-check while typing does not read them all out again), then
 * the three dimension scores.
 *
 * @example <StatusHeader result={check.result} error={check.error} />
 */
export function StatusHeader({ result, error }: StatusHeaderProps) {
  const { t } = usePaneText();
  const styles = useStyles();
  return (
    <div className={styles.header}>
      <div role="status" aria-live="polite" className={styles.header}>
        {error ? (
          <PortErrorMessage error={error} />
        ) : (
          <Text weight="semibold">
            {result ? t.issueSummary(countBySeverity(result.issues)) : t.notChecked}
          </Text>
        )}
        {result && !error ? <CoverageLine result={result} /> : null}
      </div>
      {result ? <DimensionScoreList result={result} /> : null}
    </div>
  );
}
