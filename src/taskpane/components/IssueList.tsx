import { Button, makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { UiStrings } from "../../domain/messages/ui";
import type { Issue, Severity } from "../../domain/validation/issue";
import type { SheetRow } from "../../domain/workbook/workbook-port";
import { countBySeverity, groupIssuesByArea } from "../issue-groups";
import { usePaneText } from "../pane-language";
import { IssueGroup } from "./IssueGroup";
import { NotesByArea } from "./NotesByArea";

export interface IssueListProps {
  readonly issues: readonly Issue[];
  readonly rows: readonly SheetRow[];
  readonly onSelectCell: (address: string) => void;
}

/** Errors and warnings are listed; notes are collapsed per area below them (NotesByArea). */
const SEVERITIES: readonly Severity[] = ["error", "warning"];
const FILTER_TEXT: Record<Severity, (t: UiStrings, n: number) => string> = {
  error: (t, n) => t.errorsCount(n),
  warning: (t, n) => t.warningsCount(n),
  info: (t, n) => t.infosCount(n),
};

const useStyles = makeStyles({
  filters: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  hint: {
    display: "block",
    marginTop: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground2,
  },
});

/**
 * What to fix first: errors and warnings grouped by area, with one toggle per severity (both shown at first); then
 * the notes, collapsed into counts per area that expand on request.
 *
 * @example <IssueList issues={result.issues} rows={result.snapshot.rows} onSelectCell={select} />
 */
export function IssueList({ issues, rows, onSelectCell }: IssueListProps) {
  const { t } = usePaneText();
  const styles = useStyles();
  const labelId = useId("issue-filters");
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const counts = useMemo(() => countBySeverity(issues), [issues]);
  const groups = useMemo(
    () => groupIssuesByArea(issues.filter((issue) => issue.severity !== "info")),
    [issues]
  );
  const noteGroups = useMemo(
    () => groupIssuesByArea(issues.filter((issue) => issue.severity === "info")),
    [issues]
  );

  if (issues.length === 0) return <Text>{t.noIssues}</Text>;

  const toggle = (severity: Severity) =>
    setShown((current) => {
      const next = new Set(current);
      if (!next.delete(severity)) next.add(severity);
      return next;
    });
  const visibleGroups = groups
    .map((group) => ({ group, visible: group.issues.filter((issue) => shown.has(issue.severity)) }))
    .filter(({ visible }) => visible.length > 0);
  const notes = <NotesByArea groups={noteGroups} rows={rows} onSelectCell={onSelectCell} />;

  if (groups.length === 0)
    return (
      <div>
        <Text>{t.noErrors}</Text>
        {notes}
      </div>
    );

  return (
    <div>
      <div role="group" aria-labelledby={labelId} className={styles.filters}>
        <Text id={labelId}>{t.filterLabel}</Text>
        {SEVERITIES.map((severity) => (
          // A plain Button with aria-pressed (what ToggleButton renders) spares the bundle ToggleButton's styles;
          // pressed is filled, not pressed is outlined, so the state does not rest on colour.
          <Button
            key={severity}
            size="small"
            aria-pressed={shown.has(severity)}
            appearance={shown.has(severity) ? "primary" : "outline"}
            onClick={() => toggle(severity)}
          >
            {FILTER_TEXT[severity](t, counts[severity])}
          </Button>
        ))}
      </div>
      <Text size={200} className={styles.hint}>
        {t.goToCellHint}
      </Text>
      {visibleGroups.length === 0 ? (
        <Text>{t.allFilteredOut}</Text>
      ) : (
        visibleGroups.map(({ group, visible }) => (
          <IssueGroup
            key={group.key}
            group={group}
            visible={visible}
            rows={rows}
            onSelectCell={onSelectCell}
          />
        ))
      )}
      {notes}
    </div>
  );
}
