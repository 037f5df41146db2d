import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Issue } from "../../domain/validation/issue";
import type { SheetRow } from "../../domain/workbook/workbook-port";
import { areaLabel } from "../area-labels";
import type { IssueGroupData } from "../issue-groups";
import { usePaneText } from "../pane-language";
import { IssueGroup } from "./IssueGroup";

export interface NotesByAreaProps {
  /** Groups of notes only (severity info), one per area. */
  readonly groups: readonly IssueGroupData[];
  readonly rows: readonly SheetRow[];
  readonly onSelectCell: (address: string) => void;
}

const useStyles = makeStyles({
  heading: { margin: `${tokens.spacingVerticalM} 0 0`, fontSize: tokens.fontSizeBase300 },
  hint: { display: "block", color: tokens.colorNeutralForeground2 },
  list: { listStyleType: "none", margin: `${tokens.spacingVerticalXS} 0 0`, padding: 0 },
  toggle: { justifyContent: "flex-start", textAlign: "start", height: "auto", minWidth: 0 },
  words: { overflowWrap: "anywhere" },
  panel: { paddingLeft: tokens.spacingHorizontalL },
});

const isMissing = (issue: Issue) => issue.code === "MISSING";

/**
 * Notes (MISSING, NO_TARGET) collapsed into one line per area — "34 items not reported yet" — each a disclosure
 * button (aria-expanded) that shows the area's notes on request, so a fresh template does not bury its errors
 * under a hundred and more notes.
 *
 * @example <NotesByArea groups={noteGroups} rows={snapshot.rows} onSelectCell={select} />
 */
export function NotesByArea({ groups, rows, onSelectCell }: NotesByAreaProps) {
  const { lang, t } = usePaneText();
  const styles = useStyles();
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const total = groups.reduce((sum, group) => sum + group.issues.length, 0);
  if (total === 0) return null;

  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  return (
    <div>
      <h3 className={styles.heading}>{t.infosCount(total)}</h3>
      <Text size={200} className={styles.hint}>
        {t.notesHint}
      </Text>
      <ul className={styles.list}>
        {groups.map((group) => {
          const missing = group.issues.filter(isMissing).length;
          const other = group.issues.length - missing;
          const title = group.area
            ? `${areaLabel("dimension", group.area.dimension, lang)} › ${areaLabel("subdimension", group.area.subdimension, lang)}`
            : t.sheetGroup;
          const counts = [
            ...(missing > 0 ? [t.notReported(missing)] : []),
            ...(other > 0 ? [t.withoutTarget(other)] : []),
          ].join(" · ");
          const panelId = `notes-${group.key.replace(/[^A-Za-z0-9]+/g, "-")}`;
          const expanded = open.has(group.key);
          return (
            <li key={group.key}>
              <Button
                appearance="subtle"
                className={styles.toggle}
                aria-expanded={expanded}
                aria-controls={panelId}
                onClick={() => toggle(group.key)}
              >
                <span className={styles.words}>
                  <span aria-hidden="true">{expanded ? "▾ " : "▸ "}</span>
                  {title}: {counts}
                </span>
              </Button>
              <div id={panelId} className={styles.panel} hidden={!expanded}>
                {expanded ? (
                  <IssueGroup
                    group={group}
                    visible={group.issues}
                    rows={rows}
                    onSelectCell={onSelectCell}
                    hideHeading
                  />
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
