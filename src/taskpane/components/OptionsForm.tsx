import { Field, Input, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Lang, TemplateOptions } from "../../domain/workbook/workbook-port";
import { usePaneText } from "../pane-language";
import { parseReportingYear } from "../reporting-year";
import { LanguagePicker } from "./LanguagePicker";

/** The form's raw state: the year stays text so a half-typed value is never lost or rewritten. */
export interface TemplateFormValues {
  readonly city: string;
  readonly yearText: string;
  readonly scope: TemplateOptions["scope"];
  readonly templateLang: Lang;
}

/**
 * The options the port needs, or null while the reporting year is invalid.
 *
 * @example templateOptions({ city: " Lyon ", yearText: "2024", scope: "core", templateLang: "fr" })
 *   // { city: "Lyon", reportingYear: 2024, scope: "core", lang: "fr" }
 */
export function templateOptions(values: TemplateFormValues): TemplateOptions | null {
  const year = parseReportingYear(values.yearText);
  if (!year.ok) return null;
  return {
    city: values.city.trim(),
    reportingYear: year.year,
    scope: values.scope,
    lang: values.templateLang,
  };
}

export interface OptionsFormProps {
  readonly values: TemplateFormValues;
  readonly onChange: (values: TemplateFormValues) => void;
  /** Show the year's error even before the field lost focus (after an action was refused for it). */
  readonly showYearError: boolean;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/**
 * City, reporting year, scope and template language; the year is checked when the field loses focus.
 *
 * @example <OptionsForm values={form} onChange={setForm} showYearError={false} />
 */
export function OptionsForm({ values, onChange, showYearError }: OptionsFormProps) {
  const { t } = usePaneText();
  const styles = useStyles();
  const [yearBlurred, setYearBlurred] = useState(false);
  const yearInvalid = !parseReportingYear(values.yearText).ok && (yearBlurred || showYearError);

  return (
    <div className={styles.form}>
      <Field label={t.cityLabel} hint={t.cityHint}>
        <Input
          value={values.city}
          autoComplete="address-level2"
          onChange={(_event, data) => onChange({ ...values, city: data.value })}
        />
      </Field>
      <Field
        label={t.yearLabel}
        hint={t.yearHint}
        validationState={yearInvalid ? "error" : "none"}
        validationMessage={yearInvalid ? t.yearInvalid : undefined}
      >
        <Input
          value={values.yearText}
          inputMode="numeric"
          onChange={(_event, data) => onChange({ ...values, yearText: data.value })}
          onBlur={() => setYearBlurred(true)}
        />
      </Field>
      <Field label={t.scopeLabel}>
        <RadioGroup
          value={values.scope}
          onChange={(_event, data) =>
            onChange({ ...values, scope: data.value === "core" ? "core" : "all" })
          }
        >
          <Radio value="all" label={t.scopeAll} />
          <Radio value="core" label={t.scopeCore} />
        </RadioGroup>
      </Field>
      <LanguagePicker
        label={t.templateLangLabel}
        value={values.templateLang}
        onChange={(templateLang) => onChange({ ...values, templateLang })}
      />
    </div>
  );
}
