import { Button, Link, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useContext } from "react";
import { severityLabel } from "../../domain/messages";
import type { Issue, Severity } from "../../domain/validation/issue";
import type { SheetRow } from "../../domain/workbook/workbook-port";
import { areaLabel } from "../area-labels";
import { issueCellAddress } from "../issue-address";
import { issueText } from "../issue-text";
import type { IssueGroupData } from "../issue-groups";
import { usePaneText } from "../pane-language";
import { CellFixContext, textNumberFix } from "../cell-fix";

export interface IssueGroupProps {
  readonly group: IssueGroupData;
  /** Only these issues of the group are listed (severity filters); the counts stay the group's. */
  readonly visible: readonly Issue[];
  readonly rows: readonly SheetRow[];
  readonly onSelectCell: (address: string) => void;
  /** No heading of its own: the notes' disclosure button already names the area and counts. */
  readonly hideHeading?: boolean;
}

const useStyles = makeStyles({
  heading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300 },
  counts: { display: "block", color: tokens.colorNeutralForeground2 },
  // No bullets: a multi-line button beside a marker misaligns it, and the entries read as a list anyway.
  list: { listStyleType: "none", margin: `${tokens.spacingVerticalXS} 0 0`, padding: 0 },
  item: { marginBottom: tokens.spacingVerticalXS },
  entry: { display: "block", textAlign: "start", overflowWrap: "anywhere" },
  severity: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  // Status colours with ≥ 5:1 contrast on the pane's background in both web themes (Foreground1 of danger is
  // 4.2:1 in the dark theme).
  error: { color: tokens.colorStatusDangerForeground3 },
  warning: { color: tokens.colorStatusWarningForeground3 },
  info: { color: tokens.colorNeutralForeground2 },
});

/**
 * One area's issues under a heading with its counts per severity. An issue whose cell is known is a button that
 * selects that cell (Enter and Space work as on any button); the severity is written out, not only coloured.
 *
 * @example <IssueGroup group={groups[0]} visible={groups[0].issues} rows={snapshot.rows} onSelectCell={select} />
 */
export function IssueGroup({ group, visible, rows, onSelectCell, hideHeading }: IssueGroupProps) {
  const { lang, t } = usePaneText();
  const convert = useContext(CellFixContext);
  const styles = useStyles();
  const numbers = new Intl.NumberFormat(lang, { maximumSignificantDigits: 15, useGrouping: false });
  const severityClass: Record<Severity, string> = {
    error: styles.error,
    warning: styles.warning,
    info: styles.info,
  };
  const title = group.area
    ? `${areaLabel("dimension", group.area.dimension, lang)} › ${areaLabel("subdimension", group.area.subdimension, lang)}`
    : t.sheetGroup;

  return (
    <div>
      {hideHeading ? null : (
        <h3 className={styles.heading}>
          {title}
          <Text size={200} weight="regular" className={styles.counts}>
            {t.issueSummary(group.counts)}
          </Text>
        </h3>
      )}
      <ul className={styles.list}>
        {visible.map((issue, index) => {
          const address = issueCellAddress(issue, rows);
          const fix = convert ? textNumberFix(issue, rows) : null;
          const words = (
            <>
              <span className={mergeClasses(styles.severity, severityClass[issue.severity])}>
                {severityLabel(issue.severity, lang)}:
              </span>
              {issueText(issue, lang)}
            </>
          );
          return (
            <li key={`${issue.code}-${issue.row ?? "sheet"}-${index}`} className={styles.item}>
              {address ? (
                <Link className={styles.entry} onClick={() => onSelectCell(address)}>
                  {words}
                </Link>
              ) : (
                <span>{words}</span>
              )}
              {fix && convert ? (
                // Writes only this cell, only now that the user asked (docs/template.md, "Text numbers").
                <Button size="small" onClick={() => convert(fix.address, fix.text, fix.number)}>
                  {t.convertToNumber(numbers.format(fix.number))}
                </Button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
