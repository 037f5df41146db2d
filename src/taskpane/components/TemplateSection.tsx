import type { WorkbookPort } from "../../domain/workbook/workbook-port";
import { useTemplateActions, type TemplateAction } from "../hooks/useTemplateActions";
import { OptionsForm, templateOptions, type TemplateFormValues } from "./OptionsForm";
import { StatusBar } from "./StatusBar";
import { TemplateActions } from "./TemplateActions";

export interface TemplateSectionProps {
  readonly port: WorkbookPort;
  readonly form: TemplateFormValues;
  readonly onFormChange: (form: TemplateFormValues) => void;
  /** Runs after the template was inserted or updated. */
  readonly onWritten?: () => void;
}

/**
 * Options, the two template actions and their status, wired to the port through useTemplateActions.
 *
 * @example <TemplateSection port={port} form={form} onFormChange={setForm} onWritten={recheck} />
 */
export function TemplateSection({ port, form, onFormChange, onWritten }: TemplateSectionProps) {
  const { status, busy, run } = useTemplateActions(port, onWritten);
  const act = (action: TemplateAction) => void run(action, templateOptions(form));
  return (
    <>
      <OptionsForm
        values={form}
        onChange={onFormChange}
        showYearError={status.kind === "invalidYear"}
      />
      <TemplateActions busy={busy} onInsert={() => act("insert")} onUpdate={() => act("update")} />
      <StatusBar status={status} onUpdate={() => act("update")} />
    </>
  );
}
