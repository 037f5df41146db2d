import { Button, makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { usePaneText } from "../pane-language";

export interface TemplateActionsProps {
  readonly busy: boolean;
  readonly onInsert: () => void;
  readonly onUpdate: () => void;
}

const useStyles = makeStyles({
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  hint: {
    display: "block",
    marginTop: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
});

/**
 * "Insert template" and "Update template", with the promise that update keeps every input cell. While a write
 * runs the buttons stay focusable but inert, so keyboard focus is not thrown back to the page.
 *
 * @example <TemplateActions busy={false} onInsert={insert} onUpdate={update} />
 */
export function TemplateActions({ busy, onInsert, onUpdate }: TemplateActionsProps) {
  const { t } = usePaneText();
  const styles = useStyles();
  const hintId = useId("update-hint");
  return (
    <div>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy} onClick={onInsert}>
          {t.insertTemplate}
        </Button>
        <Button disabledFocusable={busy} onClick={onUpdate} aria-describedby={hintId}>
          {t.updateTemplate}
        </Button>
      </div>
      <Text id={hintId} size={200} className={styles.hint}>
        {t.updateHint}
      </Text>
    </div>
  );
}
