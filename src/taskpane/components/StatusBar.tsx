import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from "@fluentui/react-components";
import type { TemplateStatus } from "../hooks/useTemplateActions";
import { usePaneText } from "../pane-language";
import { PortErrorMessage } from "./PortErrorMessage";

export interface StatusBarProps {
  readonly status: TemplateStatus;
  /** Offered when an insert found the template already there. */
  readonly onUpdate: () => void;
}

/**
 * The outcome of the last template action, in a polite live region that is always in the page (a region added
 * together with its text is often not announced).
 *
 * @example <StatusBar status={{ kind: "working", action: "insert" }} onUpdate={update} />
 */
export function StatusBar({ status, onUpdate }: StatusBarProps) {
  return (
    <div role="status" aria-live="polite">
      <StatusContent status={status} onUpdate={onUpdate} />
    </div>
  );
}

function StatusContent({ status, onUpdate }: StatusBarProps) {
  const { t } = usePaneText();
  switch (status.kind) {
    case "idle":
      return null;
    case "working":
      return <Text>{t.working}</Text>;
    case "invalidYear":
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
            {t.fixYearFirst}
          </MessageBarBody>
        </MessageBar>
      );
    case "failed":
      return (
        <PortErrorMessage
          error={status.error}
          action={
            status.error.code === "TEMPLATE_EXISTS" ? (
              <Button onClick={onUpdate}>{t.updateTemplate}</Button>
            ) : null
          }
        />
      );
    case "done":
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.successTitle}</MessageBarTitle>
            {status.action === "insert"
              ? t.inserted(status.summary.rows)
              : t.updated(status.summary.rows, status.summary.keptInputCells)}
          </MessageBarBody>
        </MessageBar>
      );
  }
}
