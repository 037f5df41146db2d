import type { TemplateLabels } from "./labels";
import { idList } from "./structure-problem";

/** French labels (UNECE working language), line by line after labels.en.ts. */
export const FR_LABELS: TemplateLabels = {
  lang: "fr",
  dataTitle:
    "Indicateurs clés de performance U4SSC pour des villes intelligentes et durables : données",
  dataIntro:
    "Saisissez dans les colonnes à en-tête bleu (de Valeur à Base de la cible) ; NR = non renseigné. Statut, Score et Points sont des formules Excel ordinaires, calculées à partir des colonnes de méthode à droite (sans complément). Un pourcentage saisi 21 % compte pour 21. Méthode et sources : voir KPI Summary.",
  headers: {
    id: "Identifiant",
    dimension: "Dimension",
    subdimension: "Sous-dimension",
    category: "Catégorie",
    kpi: "Indicateur (KPI)",
    dataPoint: "Donnée",
    unit: "Unité",
    type: "Essentiel / avancé",
    sdg: "ODD",
    allowed: "Valeurs admises",
    value: "Valeur",
    year: "Année",
    quality: "Qualité des données",
    source: "Source",
    notes: "Remarques",
    target: "Cible",
    targetBasis: "Base de la cible",
    status: "Statut",
    score: "Score",
    points: "Points",
    direction: "Sens (méthode)",
    min: "Minimum possible",
    max: "Maximum possible",
    defaultTarget: "Cible par défaut",
    worst: "Pire valeur W",
    valueRead: "Valeur lue",
    valueCheck: "Contrôle de la valeur",
    targetRead: "Cible lue",
    targetCheck: "Contrôle de la cible",
    targetUsed: "Cible appliquée",
    eligible: "Compte dans N",
    ratio: "Part de la cible p",
    flags: "Signalements (pour le statut)",
    yearRead: "Année lue",
    kpiTranslated: "Indicateur (traduction non officielle)",
    unitTranslated: "Unité (traduction non officielle)",
  },
  typeCore: "Essentiel",
  typeAdvanced: "Avancé",
  yes: "Oui",
  no: "Non",
  directions: {
    higher: "plus élevé",
    lower: "plus bas",
    band: "fourchette",
    yesno: "oui/non",
    none: "sans direction",
  },
  anyNumber: "tout nombre",
  unitNotVerified: "unité non vérifiée sur la fiche officielle de l'indicateur",
  unofficialTranslation: "(traduction non officielle)",
  noDefaultTarget: "Pas de cible par défaut : fixez la vôtre",
  notScored: "Non noté : pas de sens d'évolution (pour information)",
  summaryTitle: "Synthèse des KPI U4SSC",
  city: "Ville",
  reportingYear: "Année de référence",
  summaryIntro:
    "Les scores sont des formules Excel ordinaires (SUMIFS, COUNTIFS) sur la feuille KPI Data ; ils se mettent à jour pendant la saisie, dans tout tableur, avec ou sans le complément.",
  summaryHeaders: {
    level: "Niveau",
    code: "Code",
    area: "Domaine",
    score: "Score",
    band: "Tranche",
    coverage: "Couverture",
    scored: "n (notés)",
    eligible: "N (avec cible)",
  },
  levels: { dimension: "Dimension", subdimension: "Sous-dimension", category: "Catégorie" },
  chartTitle: "Scores des domaines par dimension et sous-dimension (% des points max.)",
  methodTitle: "Méthode et sources",
  methodLines: [
    "Points (méthode U4SSC) : chaque KPI ou donnée renseigné reçoit de 1 à 4 points selon sa part de la cible : moins de 33 % 1, 33-66 % 2, 66-95 % 3, 95 % ou plus 4.",
    "Score d'un domaine = somme des points / (4 x n) x 100 sur les n éléments du domaine qui ont une valeur et une cible (U4SSC) : une part du maximum de points, pas un % de la cible. Les éléments non renseignés ou sans cible sont exclus.",
    "Part de la cible : plus c'est haut mieux c'est, valeur / cible ; plus c'est bas mieux c'est, cible / valeur (notre choix : U4SSC ne publie pas cette règle) ; cible à atteindre exactement, 1 - |valeur - cible| / cible ; oui/non, 1 ou 0.",
    "Couverture = n / N, N = éléments du domaine ayant une cible. Sous 2/3 de couverture, un domaine affiche #N/A (données insuffisantes) : pratique du JRC / COINr, U4SSC n'en applique aucune.",
    "Cibles : les valeurs de référence U4SSC ne sont pas publiées. Des cibles par défaut ne sont données que lorsqu'une référence internationale citable existe ; la base de chacune figure dans la colonne Base de la cible. Modifiez Cible et Base de la cible pour fixer les vôtres.",
    "Le statut signale les valeurs manquantes, le texte qui n'est pas un nombre (un nombre stocké comme texte aussi : convertissez-le), les erreurs, les valeurs hors bornes, anciennes ou d'une année future, la faible qualité des données et les éléments sans cible.",
    "Sources : U4SSC, Collection Methodology for Key Performance Indicators for Smart Sustainable Cities (2017) ; U4SSC, Verification Manual (2022).",
  ],
  listsTitle: "Listes des menus déroulants de KPI Data",
  listsNote:
    "Conservez cette feuille et son nom : les menus déroulants et leur validation lisent ces cellules.",
  qualityHeader: "Qualité des données (U4SSC)",
  yesNoHeader: "Oui / Non",
  prompts: {
    valueTitle: "Valeur",
    value: (unit, allowed) =>
      `Unité : ${unit}. Admis : ${allowed}. Saisissez le nombre seul, ou NR s'il n'est pas renseigné.`,
    yesNo: "Tapez Oui ou Non (ou 1 / 0), ou NR si non renseigné.",
    yearTitle: "Année",
    year: (min, max) => `Année à laquelle se rapporte la valeur (${min}-${max}).`,
    qualityTitle: "Qualité des données",
    quality: "Indiquez comment la valeur a été obtenue (échelle de qualité U4SSC).",
    targetTitle: "Cible",
    target: (unit) =>
      `Cible en ${unit}. Préremplie avec la cible par défaut s'il y en a une ; adaptez-la au contexte et justifiez-la dans Base de la cible.`,
  },
  errors: {
    title: "KPI4SSC",
    value: (allowed) =>
      `Saisissez un nombre (${allowed}) ou NR. Saisissez le nombre lui-même, pas du texte.`,
    year: (min, max) => `Saisissez une année entre ${min} et ${max}.`,
    quality: "Choisissez l'un des niveaux de qualité de la liste.",
    target: (allowed) =>
      `Saisissez un nombre (${allowed}), ou laissez la cellule vide pour la cible par défaut. Saisissez le nombre lui-même, pas du texte.`,
    yesNo: "Saisissez Oui ou Non (ou 1 / 0), ou NR si non renseigné.",
  },
  problem: (problem) => {
    switch (problem.code) {
      case "MISSING_COLUMN":
        return `La colonne « ${problem.header} » manque dans la ligne d'en-tête (renommée ou supprimée ?).`;
      case "MOVED_COLUMN":
        return `La colonne « ${problem.header} » est en colonne ${problem.actual} au lieu de ${problem.expected} ; la mise à jour du modèle exige la disposition d'origine.`;
      case "NO_ID":
        return `La ligne ${problem.row} contient des saisies mais pas d'identifiant.`;
      case "ROWS_MISSING":
        return `${problem.ids.length} élément(s) du modèle manquent (lignes supprimées ?) : ${idList(problem.ids)}. La mise à jour du modèle les rétablit.`;
      case "ROWS_REORDERED":
        return "Les lignes ne sont plus dans l'ordre du modèle (triées ?). Les valeurs restent lues par identifiant ; lancez la mise à jour du modèle pour que les règles de validation suivent les lignes.";
      case "NO_SUMMARY":
        return "La feuille « KPI Summary » est introuvable (renommée ou supprimée ?) : l'année de référence et la ville sont inconnues.";
    }
  },
};
