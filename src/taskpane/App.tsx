import { FluentProvider, Link, makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { catalogTranslationsReady, loadCatalogTranslations } from "../domain/catalog";
import { uiText } from "../domain/messages/ui";
import type { Lang, RawCell, WorkbookPort } from "../domain/workbook/workbook-port";
import { CellFixContext } from "./cell-fix";
import { AreaScores } from "./components/AreaScores";
import { CheckPanel } from "./components/CheckPanel";
import { LanguagePicker } from "./components/LanguagePicker";
import type { TemplateFormValues } from "./components/OptionsForm";
import { TemplateSection } from "./components/TemplateSection";
import { useCellSelection } from "./hooks/useCellSelection";
import { useWorkbookCheck } from "./hooks/useWorkbookCheck";
import { fluentThemeFor, type OfficeThemeColors } from "./office-theme";
import { PaneLangContext } from "./pane-language";
import { parseReportingYear } from "./reporting-year";

export interface AppProps {
  /** The workbook the pane works on: the Excel adapter in Excel and in the preview, a fake in tests. */
  readonly port: WorkbookPort;
  /** First language of the pane and of the template's labels (from Office's display language). */
  readonly initialLang: Lang;
  /** Office's theme colours when the host gives them; the pane is light without. */
  readonly officeTheme?: OfficeThemeColors;
}

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  subtitle: { color: tokens.colorNeutralForeground2 },
  main: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
});

/**
 * The KPI4SSC task pane, in the order of the task at hand: Check (status header with counts, coverage and the
 * dimension scores; errors and warnings by area, click to select the cell; notes collapsed per area), the area
 * scores, then the template options and actions — in English, French or Russian. It talks to the workbook only
 * through `port`.
 *
 * @example root.render(<App port={createExcelWorkbookPort()} initialLang="fr" officeTheme={Office.context.officeTheme} />)
 */
export function App({ port, initialLang, officeTheme }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [form, setForm] = useState<TemplateFormValues>({
    city: "",
    yearText: "",
    scope: "all",
    templateLang: initialLang,
  });
  const t = uiText(lang);
  // The unofficial fr / ru names load as a separate chunk; the pane (and, in the shared runtime, the functions' messages)
  // use them once here. A failed load leaves the official English, which is still right.
  const [, setTranslations] = useState(catalogTranslationsReady());
  useEffect(() => {
    if (catalogTranslationsReady()) return;
    void loadCatalogTranslations()
      .then(() => setTranslations(true))
      .catch(() => undefined);
  }, []);
  const theme = useMemo(() => fluentThemeFor(officeTheme), [officeTheme]);

  const paneYear = parseReportingYear(form.yearText);
  const check = useWorkbookCheck(port, paneYear.ok ? paneYear.year : null);
  const recheck = check.check;
  const onWritten = useCallback(() => void recheck(), [recheck]);
  const selection = useCellSelection(port);
  const headingId = useId("kpi-heading");
  const convertTextNumber = useCallback(
    (address: string, text: RawCell, number: number) =>
      void port.convertTextNumber(address, text, number).then(() => recheck()),
    [port, recheck]
  );

  return (
    <PaneLangContext.Provider value={lang}>
      <CellFixContext.Provider value={convertTextNumber}>
        <FluentProvider theme={theme} lang={lang} className={styles.root}>
          <header>
            <h1 className={styles.title}>{t.appTitle}</h1>
            <Text size={200} className={styles.subtitle}>
              {t.appSubtitle}
            </Text>
            <LanguagePicker label={t.languagePickerLabel} value={lang} onChange={setLang} />
          </header>
          <main className={styles.main}>
            {check.result ? null : (
              <Text>
                <Link href={`#${headingId}-template`}>{t.startHint}</Link>
              </Text>
            )}
            <section aria-labelledby={`${headingId}-check`} className={styles.section}>
              <h2 id={`${headingId}-check`} className={styles.heading}>
                {t.checkHeading}
              </h2>
              <CheckPanel
                check={check}
                onSelectCell={(a) => void selection.select(a)}
                selectError={selection.error}
              />
            </section>
            <section aria-labelledby={`${headingId}-scores`} className={styles.section}>
              <h2 id={`${headingId}-scores`} className={styles.heading}>
                {t.scoresHeading}
              </h2>
              <AreaScores rows={check.result?.snapshot.rows ?? null} />
            </section>
            <section aria-labelledby={`${headingId}-template`} className={styles.section}>
              <h2 id={`${headingId}-template`} className={styles.heading}>
                {t.templateHeading}
              </h2>
              <TemplateSection
                port={port}
                form={form}
                onFormChange={setForm}
                onWritten={onWritten}
              />
            </section>
          </main>
        </FluentProvider>
      </CellFixContext.Provider>
    </PaneLangContext.Provider>
  );
}
