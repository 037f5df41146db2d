import type { MessageTable } from "./message-keys";

/** French. Item names and units come from the catalog, which is in English. */
export const FR: MessageTable = {
  messages: {
    MISSING: "Valeur manquante",
    NOT_NUMERIC: "{subject} : « {raw} » n'est pas un nombre ; saisissez la valeur (unité : {unit})",
    "NOT_NUMERIC.unitWords":
      "{subject} : « {raw} » contient des mots ou une unité après le nombre ; saisissez le nombre seul (unité : {unit})",
    "NOT_NUMERIC.percentSign":
      "{subject} : « {raw} » contient un signe %, mais cet élément n'est pas un pourcentage (unité : {unit}) ; saisissez le nombre seul",
    "NOT_NUMERIC.ambiguous":
      "{subject} : « {raw} » est ambigu : {thousands} si « {separator} » sépare les milliers, {decimal} s'il est le séparateur décimal ; saisissez le nombre sans séparateur de milliers",
    "NOT_NUMERIC.yesNoWord":
      "{subject} : « {raw} » est une réponse oui/non, mais cet élément attend un nombre (unité : {unit})",
    "NOT_NUMERIC.notYesNo":
      "{subject} : « {raw} » n'est pas une réponse oui/non ; saisissez Oui ou Non (ou 1 ou 0)",
    "NOT_NUMERIC.nonFinite": "{subject} : {raw} n'est pas un nombre fini",
    "NOT_NUMERIC.textNumber":
      "{subject} : « {raw} » est un texte qui ressemble au nombre {number} ; convertissez-le en nombre (le modèle ne note que des nombres)",
    "NOT_NUMERIC.year":
      "{subject} : « {raw} » n'est pas une année ; saisissez un nombre entier de {min} à {max}",
    CELL_ERROR:
      "{subject} : la cellule contient l'erreur Excel {raw} ; corrigez la formule ou saisissez la valeur",
    OUT_OF_RANGE: "{subject} : {value} n'est pas une valeur possible (unité : {unit})",
    "OUT_OF_RANGE.between": "{subject} : {value} est hors de l'intervalle {min}–{max} ({unit})",
    "OUT_OF_RANGE.belowMin":
      "{subject} : {value} est inférieur à {min}, la plus petite valeur possible ({unit})",
    "OUT_OF_RANGE.aboveMax":
      "{subject} : {value} est supérieur à {max}, la plus grande valeur possible ({unit})",
    "OUT_OF_RANGE.yesNo":
      "{subject} : {value} n'est pas une réponse oui/non ; saisissez 1 (oui) ou 0 (non)",
    UNKNOWN_ID:
      "« {raw} » n'est pas un identifiant d'ICP U4SSC (par exemple « EC: ICT: ICT: 1C » ou « EN: EN: AQ: 1C/PM2.5 »)",
    "UNKNOWN_ID.blank": "Aucun identifiant d'ICP (par exemple « EC: ICT: ICT: 1C »)",
    DUPLICATE:
      "{subject} : saisi sur {count} lignes ; n'en gardez qu'une, car on ne peut pas savoir quelle valeur compte",
    NO_TARGET: "pas de cible : définissez-en une",
    "NO_TARGET.noDirection":
      "{subject} : non noté, car ni une valeur plus haute ni une plus basse n'est meilleure (donné pour information)",
    STALE:
      "{subject} : l'année des données {year} est antérieure à {oldestYear}, la plus ancienne acceptée pour l'année de référence {reportingYear}",
    FUTURE_YEAR:
      "{subject} : l'année des données {year} est postérieure à l'année de référence {reportingYear}",
    LOW_QUALITY:
      "{subject} : qualité des données faible (« {quality} ») ; citez une source vérifiable si possible",
    INCONSISTENT: "{subject} : la valeur ne concorde pas avec les éléments liés",
    "INCONSISTENT.atMost":
      "{subject} : {value} est supérieur à {other} ({otherValue}), qu'il ne peut pas dépasser",
    "INCONSISTENT.sum": "{subject} : la somme des points de données est {total}, plus de 100",
    FRACTION_SCALE:
      "Les {count} valeurs en pourcentage sont toutes inférieures ou égales à 1 : ce sont sans doute des fractions (0,45) au lieu de pourcentages (45) ; saisissez les pourcentages de 0 à 100",
    INSUFFICIENT_COVERAGE: "données insuffisantes : {scored} sur {eligible} éléments",
    NO_SCORABLE_ITEMS: "aucun élément pouvant être noté dans {area}",
    UNKNOWN_AREA:
      "« {raw} » n'est pas un domaine d'ICP ; utilisez un préfixe de code (EC, EC: ICT), un nom de dimension, de sous-dimension ou de catégorie, ou ALL",
    BAD_ARGUMENT: "{argument} : « {raw} » n'est pas admis ; utilisez {allowed}",
    SHAPE_MISMATCH:
      "{argument} a {cells} cellules, mais ids en a {expected} ; les plages doivent avoir la même taille",
    TOO_LARGE: "plage trop grande : {cells} cellules (au plus {limit})",
    SHAPE_DIFFERS:
      "{argument} est de forme {shape} (lignes×colonnes), mais ids est {expected} ; les plages doivent avoir la même forme",
    BLANK_UNKNOWN:
      "{argument} contient 0 et cet Excel ne distingue pas une cellule vide de 0 : saisissez NR pour non renseigné, ou faites référence aux cellules elles-mêmes",
  },
  fields: { target: "cible", year: "année", reportingYear: "année de référence" },
  bands: [
    "0–33 % de la cible",
    "33–66 % de la cible",
    "66–95 % de la cible",
    "95 % et plus de la cible",
  ],
  areaBands: [
    "moins de 33 % des points max.",
    "33–66 % des points max.",
    "66–95 % des points max.",
    "95 % et plus des points max.",
  ],
  severities: { error: "Erreur", warning: "Avertissement", info: "Information" },
  flagNames: {
    CELL_ERROR: "Erreur de cellule",
    NOT_NUMERIC: "Pas un nombre",
    OUT_OF_RANGE: "Hors limites",
    FUTURE_YEAR: "Année future",
    STALE: "Ancienne",
    LOW_QUALITY: "Qualité faible",
    NO_TARGET: "Sans cible",
    MISSING: "Manquante",
  },
  statusOk: "OK",
};
