import {
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { PortError } from "../../domain/workbook/workbook-port";
import { usePaneText } from "../pane-language";

export interface PortErrorMessageProps {
  readonly error: PortError;
  /** A follow-up the user can take at once (e.g. "Update template" after TEMPLATE_EXISTS). */
  readonly action?: ReactNode;
}

const useStyles = makeStyles({
  details: { marginTop: tokens.spacingVerticalXS },
  summary: { cursor: "pointer" },
  detail: {
    margin: 0,
    whiteSpace: "pre-wrap",
    wordBreak: "break-word",
    fontFamily: tokens.fontFamilyMonospace,
  },
});

/**
 * A port error in the pane's language. The technical detail, when there is one, sits in a closed native
 * disclosure (keyboard operable as is); it is the adapter's message, never a stack trace.
 *
 * @example <PortErrorMessage error={{ code: "UNKNOWN", detail: "GeneralException" }} />
 */
export function PortErrorMessage({ error, action }: PortErrorMessageProps) {
  const { t } = usePaneText();
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
        {t.portErrors[error.code]}
        {error.detail ? (
          <details className={styles.details}>
            <summary className={styles.summary}>{t.details}</summary>
            <pre className={styles.detail}>{error.detail}</pre>
          </details>
        ) : null}
      </MessageBarBody>
      {action ? <MessageBarActions>{action}</MessageBarActions> : null}
    </MessageBar>
  );
}
