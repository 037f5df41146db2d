import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { PortError } from "../../domain/workbook/workbook-port";
import type { WorkbookCheck } from "../hooks/useWorkbookCheck";
import { usePaneText } from "../pane-language";
import { IssueList } from "./IssueList";
import { PortErrorMessage } from "./PortErrorMessage";
import { StatusHeader } from "./StatusHeader";

export interface CheckPanelProps {
  readonly check: WorkbookCheck;
  readonly onSelectCell: (address: string) => void;
  /** Why selecting a cell failed, shown next to the list. */
  readonly selectError: PortError | null;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  bar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  hint: { color: tokens.colorNeutralForeground2 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * The Check button and what it found, in the order of the task at hand: the status header (counts, coverage, the
 * three dimension scores), template-structure warnings, errors and warnings by area, then the notes collapsed per
 * area. It never writes to the workbook.
 *
 * @example <CheckPanel check={useWorkbookCheck(port, 2024)} onSelectCell={select} selectError={null} />
 */
export function CheckPanel({ check, onSelectCell, selectError }: CheckPanelProps) {
  const { t } = usePaneText();
  const styles = useStyles();
  const hintId = useId("check-hint");
  const { result, error, running } = check;

  return (
    <div className={styles.panel}>
      <div className={styles.bar}>
        <Button appearance="primary" aria-describedby={hintId} onClick={() => void check.check()}>
          {t.checkButton}
        </Button>
        {running ? <Text>{t.checking}</Text> : null}
      </div>
      <Text id={hintId} size={200} className={styles.hint}>
        {t.checkHint}
      </Text>
      <StatusHeader result={result} error={error} />
      {selectError ? <PortErrorMessage error={selectError} /> : null}
      {result && result.snapshot.structureProblems.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.structureHeading}</MessageBarTitle>
            <ul className={styles.problems}>
              {result.snapshot.structureProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result?.reportingYear != null ? (
        <Text size={200}>{t.reportingYearUsed(result.reportingYear)}</Text>
      ) : null}
      {result ? (
        <Text size={200} className={styles.hint}>
          {t.unofficialNames}
        </Text>
      ) : null}
      {result ? (
        <IssueList issues={result.issues} rows={result.snapshot.rows} onSelectCell={onSelectCell} />
      ) : null}
    </div>
  );
}
