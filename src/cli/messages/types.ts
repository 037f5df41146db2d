import type { ReadFailureCode } from "../../xlsx/read-template-file";

/** Counts of a checked file, as the command line prints them. */
export interface Counts {
  readonly error: number;
  readonly warning: number;
  readonly note: number;
}

/**
 * Every text the command line prints, per language (en, fr, ru). A record type, so a text missing in one language
 * is a compile error; texts that carry values are functions, so each language can order and inflect them.
 */
export interface CliStrings {
  readonly usage: string;
  readonly help: Readonly<Record<"template" | "check" | "merge" | "compare" | "update", string>>;
  readonly unknownCommand: (command: string) => string;
  readonly badArguments: (detail: string, command: string) => string;
  readonly badLang: (value: string) => string;
  readonly badYear: (value: string) => string;
  readonly badNumber: (option: string, value: string) => string;
  readonly needOut: string;
  readonly needFiles: string;
  readonly outConflict: string;
  readonly outExists: (path: string) => string;
  readonly cannotWrite: (path: string, detail: string) => string;
  readonly cannotRead: (path: string, detail: string) => string;
  readonly wroteFiles: (folder: string, files: number) => string;
  readonly wrote: (path: string, rows: number) => string;
  readonly citiesProblem: (file: string, line: number, problem: string) => string;
  readonly citiesMissingColumn: (column: string) => string;
  readonly citiesEmpty: string;
  readonly progress: (index: number, total: number, file: string) => string;
  readonly readFailure: Readonly<Record<ReadFailureCode, string>>;
  readonly fileFailed: (file: string, reason: string) => string;
  readonly fileHeading: (file: string, city: string, year: number | null, counts: Counts) => string;
  readonly structure: (problem: string) => string;
  readonly renamedSheet: (sheet: string, expected: string) => string;
  readonly formulaInputs: (count: number, first: string) => string;
  readonly uncomputedInputs: (count: number, first: string) => string;
  readonly areasHeading: string;
  readonly noScore: (reason: string) => string;
  readonly totals: (files: number, failed: number, counts: Counts) => string;
  readonly noReadableInput: string;
  readonly compareSheet: string;
  readonly compareLabels: Readonly<
    Record<
      "item" | "kpi" | "unit" | "value" | "score" | "area" | "rank" | "outlier" | "coverage",
      string
    >
  >;
  readonly insufficient: (n: number, N: number) => string;
  readonly updated: (file: string, rows: number, kept: number, appended: number) => string;
  readonly updateRefused: (file: string, reason: string) => string;
  /** Why `update` refuses a file over its limit: its unpacked size and the limit, in MiB. */
  readonly updateTooLarge: (mib: number, limit: number) => string;
}
