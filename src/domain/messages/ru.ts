import type { MessageTable } from "./message-keys";

/** Russian. Item names and units come from the catalog, which is in English; counts are placed so no plural
 * form has to agree with them. */
export const RU: MessageTable = {
  messages: {
    MISSING: "Нет значения",
    NOT_NUMERIC: "{subject}: «{raw}» — не число; введите значение (единица: {unit})",
    "NOT_NUMERIC.unitWords":
      "{subject}: в «{raw}» после числа есть слова или единица измерения; введите только число (единица: {unit})",
    "NOT_NUMERIC.percentSign":
      "{subject}: в «{raw}» есть знак %, но этот показатель не в процентах (единица: {unit}); введите только число",
    "NOT_NUMERIC.ambiguous":
      "{subject}: «{raw}» неоднозначно: {thousands}, если «{separator}» разделяет тысячи, или {decimal}, если это десятичный разделитель; введите число без разделителей тысяч",
    "NOT_NUMERIC.yesNoWord":
      "{subject}: «{raw}» — ответ да/нет, а этот показатель числовой (единица: {unit})",
    "NOT_NUMERIC.notYesNo":
      "{subject}: «{raw}» — не ответ да/нет; введите Да или Нет (или 1 или 0)",
    "NOT_NUMERIC.nonFinite": "{subject}: {raw} — не конечное число",
    "NOT_NUMERIC.textNumber":
      "{subject}: «{raw}» — текст, похожий на число {number}; преобразуйте его в число (шаблон оценивает только числа)",
    "NOT_NUMERIC.year": "{subject}: «{raw}» — не год; введите целое число от {min} до {max}",
    CELL_ERROR: "{subject}: в ячейке ошибка Excel {raw}; исправьте формулу или введите значение",
    OUT_OF_RANGE: "{subject}: {value} — недопустимое значение (единица: {unit})",
    "OUT_OF_RANGE.between": "{subject}: {value} вне диапазона {min}–{max} ({unit})",
    "OUT_OF_RANGE.belowMin":
      "{subject}: {value} меньше {min} — наименьшего возможного значения ({unit})",
    "OUT_OF_RANGE.aboveMax":
      "{subject}: {value} больше {max} — наибольшего возможного значения ({unit})",
    "OUT_OF_RANGE.yesNo": "{subject}: {value} — не ответ да/нет; введите 1 (да) или 0 (нет)",
    UNKNOWN_ID:
      "«{raw}» — не код КПЭ U4SSC (коды выглядят так: «EC: ICT: ICT: 1C», «EN: EN: AQ: 1C/PM2.5»)",
    "UNKNOWN_ID.blank": "Не указан код КПЭ (например, «EC: ICT: ICT: 1C»)",
    DUPLICATE:
      "{subject}: введён в нескольких строках ({count}); оставьте одну, иначе неясно, какое значение верно",
    NO_TARGET: "нет целевого значения: задайте его",
    "NO_TARGET.noDirection":
      "{subject}: не оценивается, так как ни большее, ни меньшее значение не лучше (приводится для сведения)",
    STALE:
      "{subject}: год данных {year} раньше {oldestYear} — самого раннего допустимого для отчётного года {reportingYear}",
    FUTURE_YEAR: "{subject}: год данных {year} позже отчётного года {reportingYear}",
    LOW_QUALITY:
      "{subject}: низкое качество данных («{quality}»); по возможности укажите проверяемый источник",
    INCONSISTENT: "{subject}: значение не согласуется со связанными показателями",
    "INCONSISTENT.atMost":
      "{subject}: {value} больше, чем {other} ({otherValue}), а превышать его не может",
    "INCONSISTENT.sum": "{subject}: сумма точек данных равна {total}, это больше 100",
    FRACTION_SCALE:
      "Все значения в процентах ({count}) не больше 1: похоже, это доли (0,45), а не проценты (45); вводите проценты от 0 до 100",
    INSUFFICIENT_COVERAGE: "недостаточно данных: показателей с данными {scored} из {eligible}",
    NO_SCORABLE_ITEMS: "в области {area} нет оцениваемых показателей",
    UNKNOWN_AREA:
      "«{raw}» — не область КПЭ; укажите префикс кода (EC, EC: ICT), название измерения, подизмерения или категории либо ALL",
    BAD_ARGUMENT: "{argument}: значение «{raw}» недопустимо; используйте {allowed}",
    SHAPE_MISMATCH:
      "{argument}: ячеек {cells}, а в ids — {expected}; диапазоны должны быть одного размера",
    TOO_LARGE: "слишком большой диапазон: ячеек {cells} (не более {limit})",
    SHAPE_DIFFERS:
      "{argument} имеет форму {shape} (строки×столбцы), а ids — {expected}; диапазоны должны быть одной формы",
    BLANK_UNKNOWN:
      "{argument} содержит 0, а этот Excel не отличает пустую ячейку от 0: введите NR, если не представлено, или сошлитесь на сами ячейки",
  },
  fields: { target: "целевое значение", year: "год", reportingYear: "отчётный год" },
  bands: [
    "0–33 % от целевого значения",
    "33–66 % от целевого значения",
    "66–95 % от целевого значения",
    "95 % и более от целевого значения",
  ],
  areaBands: [
    "менее 33 % от макс. баллов",
    "33–66 % от макс. баллов",
    "66–95 % от макс. баллов",
    "95 % и более от макс. баллов",
  ],
  severities: { error: "Ошибка", warning: "Предупреждение", info: "Сведения" },
  flagNames: {
    CELL_ERROR: "Ошибка в ячейке",
    NOT_NUMERIC: "Не число",
    OUT_OF_RANGE: "Вне диапазона",
    FUTURE_YEAR: "Будущий год",
    STALE: "Устарело",
    LOW_QUALITY: "Низкое качество",
    NO_TARGET: "Нет цели",
    MISSING: "Нет значения",
  },
  statusOk: "OK",
};
