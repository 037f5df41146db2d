import { Field, Select } from "@fluentui/react-components";
import type { Lang } from "../../domain/workbook/workbook-port";
import { LANG_AUTONYMS, PANE_LANGS } from "../pane-language";

export interface LanguagePickerProps {
  readonly label: string;
  readonly value: Lang;
  readonly onChange: (lang: Lang) => void;
  readonly className?: string;
}

const isLang = (value: string): value is Lang => (PANE_LANGS as readonly string[]).includes(value);

/**
 * A native select of en / fr / ru, each named in its own language (used for the pane and for the template).
 *
 * @example <LanguagePicker label={t.languagePickerLabel} value={lang} onChange={setLang} />
 */
export function LanguagePicker({ label, value, onChange, className }: LanguagePickerProps) {
  return (
    <Field label={label} className={className}>
      <Select
        value={value}
        onChange={(_event, data) => {
          if (isLang(data.value)) onChange(data.value);
        }}
      >
        {PANE_LANGS.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {LANG_AUTONYMS[lang]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
