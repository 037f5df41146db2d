import { plural } from "../../domain/messages/ui/plural";
import type { CliStrings } from "./types";

const s = (n: number, one: string, few: string, many: string) =>
  `${n} ${plural("ru", n, { one, few, many, other: few })}`;
const errors = (n: number) => s(n, "ошибка", "ошибки", "ошибок");
const warnings = (n: number) => s(n, "предупреждение", "предупреждения", "предупреждений");
const notes = (n: number) => s(n, "замечание", "замечания", "замечаний");
const rowsOf = (n: number) => s(n, "строка", "строки", "строк");

export const RU: CliStrings = {
  usage: `kpi4ssc — шаблоны КПЭ U4SSC из командной строки

Использование: kpi4ssc <команда> [параметры]

Команды:
  template   записать книгу-шаблон (один файл или по одному на город из CSV)
  check      проверить присланные книги: каждое замечание с ячейкой, затем оценки областей с n/N
  merge      одна длинная таблица (CSV или xlsx): город × показатель
  compare    книга сравнения: города по столбцам, оценки, места, выбросы
  update     привести книги к текущему каталогу и шаблону, сохранив все введённые данные

Параметры всех команд: --lang en|fr|ru (иначе LC_ALL / LANG), --help
Коды выхода: 0 ошибок нет, 1 найдены ошибки, 2 выполнить не удалось.`,
  help: {
    template: `Использование: kpi4ssc template --out ФАЙЛ.xlsx [--lang en|fr|ru] [--core] [--city ГОРОД] [--year ГГГГ]
               kpi4ssc template --out ПАПКА --cities cities.csv [--lang] [--core] [--year ГГГГ]

Записывает книгу-шаблон КПЭ (KPI Data, KPI Summary, KPI Lists). --core: только 67 основных показателей.
cities.csv (UTF-8, запятая или точка с запятой): столбцы city, country, reporting year (или year), language (или lang);
по книге на строку, по имени города. --year и --lang действуют для строк, где они не заданы.
Существующий файл никогда не перезаписывается.`,
    check: `Использование: kpi4ssc check ФАЙЛ… [--json | --csv] [--reporting-year ГГГГ] [--lang en|fr|ru]

Читает присланные книги-шаблоны (любой язык заголовков, перемещённые столбцы, переименованный лист, значения-текст,
файлы из Excel, LibreOffice или Google Sheets) и сообщает каждое замечание: ячейка, код показателя, код, важность,
сообщение; затем оценки измерений и подизмерений с n/N. --reporting-year используется, если в Summary нет года.
--json: {"files":[…]}; --csv: строка на замечание. Нечитаемый файл получает одну строку, работа продолжается.
Код 1, если в каком-либо файле есть ошибка или он нечитаем.`,
    merge: `Использование: kpi4ssc merge ФАЙЛ… --out panel.csv|panel.xlsx [--reporting-year ГГГГ]

Одна длинная таблица, строка на город × показатель: город, страна, отчётный год, код, КПЭ, элемент данных, единица,
значение как введено, значение как прочитано, год, качество, источник, примечания, цель, основание цели, замечания,
оценка, баллы; и сводка по файлам (второй лист в xlsx, panel-files.csv рядом с CSV). CSV в UTF-8 с BOM.`,
    compare: `Использование: kpi4ssc compare ФАЙЛ… --out comparison.xlsx [--outlier-z Z] [--reporting-year ГГГГ]

Города по столбцам: значение и оценка каждого показателя, оценка каждой области с n/N (недостаточное покрытие
показано как таковое, никогда как 0), место среди городов с оценкой, выбросы по показателю (робастный z по медиане
и MAD, по умолчанию выше 3,5).`,
    update: `Использование: kpi4ssc update ФАЙЛ… (--in-place | --out ПАПКА) [--lang en|fr|ru]

Приводит книги к текущему каталогу и шаблону: справочные столбцы, формулы, правила и недостающие показатели, но
никогда не введённые ячейки. Сообщает, что изменилось. С --out ПАПКА исходные файлы не меняются.`,
  },
  unknownCommand: (command) => `Неизвестная команда «${command}». Запустите kpi4ssc --help.`,
  badArguments: (detail, command) => `${detail}. Запустите kpi4ssc ${command} --help.`,
  badLang: (value) => `--lang: en, fr или ru, а не «${value}».`,
  badYear: (value) => `Год — целое число от 1990 до 2100, а не «${value}».`,
  badNumber: (option, value) => `${option}: нужно положительное число, а не «${value}».`,
  needOut: "Нужен параметр --out.",
  needFiles: "Укажите хотя бы одну книгу.",
  outConflict: "Укажите либо --in-place, либо --out ПАПКА.",
  outExists: (path) =>
    `${path} уже существует: не перезаписан. Выберите другое имя или удалите файл.`,
  cannotWrite: (path, detail) => `Не удалось записать ${path}: ${detail}`,
  cannotRead: (path, detail) => `Не удалось прочитать ${path}: ${detail}`,
  wroteFiles: (folder, files) => `Записано книг: ${files}, в папку ${folder}.`,
  wrote: (path, rows) => `Записан ${path} (${rowsOf(rows)}).`,
  citiesProblem: (file, line, problem) => `${file}, строка ${line}: ${problem}`,
  citiesMissingColumn: (column) => `нет столбца «${column}»`,
  citiesEmpty: "в файле нет городов",
  progress: (index, total, file) => `[${index}/${total}] ${file}`,
  readFailure: {
    NOT_FOUND: "не читается (нет такого файла?)",
    EMPTY: "пуст (0 байт)",
    NOT_ZIP: "не книга .xlsx (не zip-архив: CSV, PDF или текст?)",
    ENCRYPTED:
      "защищён паролем: откройте его, снимите пароль (Файл → Сведения → Защита книги), сохраните и повторите",
    LEGACY: "старый двоичный файл (.xls): откройте его и сохраните как .xlsx",
    NOT_XLSX: "zip-архив, но не книга .xlsx (.ods? сохраните как .xlsx)",
    CORRUPT: "повреждён и не открывается как .xlsx",
    ZIP64:
      "в формате ZIP64 (более 4 ГБ или 65 535 частей), который шаблону КПЭ не нужен: сохраните его заново в Excel",
    NOT_TEMPLATE: "не шаблон КПЭ (нет листа с заголовками «Код» и «Значение»)",
    DAMAGED:
      "лист шаблона есть, но нет строки заголовков со столбцами кода и значения (столбец удалён?)",
  },
  fileFailed: (file, reason) => `${file}: ${reason}`,
  fileHeading: (file, city, year, c) =>
    `${file} — ${city || "(город не указан)"}, ${year ?? "(отчётный год не указан)"}: ${errors(c.error)}, ${warnings(c.warning)}, ${notes(c.note)}`,
  structure: (problem) => `  шаблон: ${problem}`,
  renamedSheet: (sheet, expected) => `лист данных называется «${sheet}», а не «${expected}»`,
  formulaInputs: (count, first) =>
    `${s(count, "ячейка ввода содержит", "ячейки ввода содержат", "ячеек ввода содержат")} формулу (первая: ${first}); читается её результат`,
  uncomputedInputs: (count, first) =>
    `${s(count, "формула", "формулы", "формул")} в ячейках ввода не вычислены (первая: ${first}): откройте и сохраните файл в редакторе таблиц`,
  areasHeading: "  оценки (метод U4SSC, n/N):",
  noScore: (reason) => `— (${reason})`,
  totals: (files, failed, c) =>
    `Проверено файлов: ${files}, нечитаемых: ${failed}: ${errors(c.error)}, ${warnings(c.warning)}, ${notes(c.note)}.`,
  noReadableInput: "Нет ни одной читаемой книги.",
  compareSheet: "Сравнение",
  compareLabels: {
    item: "Код",
    kpi: "КПЭ",
    unit: "Единица",
    value: "значение",
    score: "оценка",
    area: "Область",
    rank: "место",
    outlier: "выброс",
    coverage: "n/N",
  },
  insufficient: (n, N) => `недостаточно данных (${n}/${N})`,
  updated: (file, rows, kept, appended) =>
    `${file}: обновлён, ${rowsOf(rows)}, сохранено ячеек ввода: ${kept}, добавлено показателей: ${appended}.`,
  updateRefused: (file, reason) => `${file}: не обновлён: ${reason}`,
  updateTooLarge: (mib, limit) =>
    `TOO_LARGE: ${mib} МиБ в распакованном виде, больше ${limit} МиБ, которые читает update (он загружает книгу целиком); перенесите лишние листы в другой файл, обновите, затем скопируйте их обратно. check, merge и compare читают файлы любого размера.`,
};
