import { plural } from "./plural";
import type { UiStrings } from "./types";

const count = (n: number, one: string, other: string) => `${n} ${plural("fr", n, { one, other })}`;

/** Task pane texts in French. */
export const fr: UiStrings = {
  appTitle: "KPI4SSC",
  appSubtitle: "Indicateurs clés de performance U4SSC pour des villes intelligentes et durables",
  languagePickerLabel: "Langue du volet",
  notInHost:
    "Ce volet s'exécute dans Excel (ou dans la page d'aperçu KPI4SSC) : ouvrez-le depuis l'onglet Accueil d'Excel.",

  templateHeading: "Modèle",
  cityLabel: "Nom de la ville",
  cityHint: "Inscrit sur la feuille de synthèse.",
  yearLabel: "Année de référence",
  yearHint: "Un nombre entier de 1990 à 2100 ; laissez vide si elle n'est pas encore connue.",
  yearInvalid:
    "Saisissez l'année de référence sous forme d'entier de 1990 à 2100, ou laissez le champ vide.",
  scopeLabel: "Indicateurs",
  scopeAll: "Tous les indicateurs (de base et avancés)",
  scopeCore: "Indicateurs de base seulement",
  templateLangLabel: "Langue des libellés du modèle",
  insertTemplate: "Insérer le modèle",
  updateTemplate: "Mettre à jour le modèle",
  updateHint:
    "La mise à jour actualise les libellés, les formules et les règles et conserve chaque cellule de saisie : valeurs, années, qualité des données et cibles restent telles que vous les avez saisies.",
  working: "En cours…",
  inserted: (rows) => `Modèle inséré : ${count(rows, "ligne écrite", "lignes écrites")}.`,
  updated: (rows, kept) =>
    `Modèle mis à jour : ${count(rows, "ligne", "lignes")} ; ${count(kept, "cellule de saisie conservée", "cellules de saisie conservées")} telles quelles.`,
  fixYearFirst: "Corrigez d'abord l'année de référence.",
  portErrors: {
    CELL_EDIT_MODE:
      "Terminez la saisie dans la cellule (appuyez sur Entrée ou Échap), puis réessayez.",
    PROTECTED:
      "Une feuille du modèle ou la structure du classeur est protégée. Ôtez la protection, puis réessayez.",
    NO_TEMPLATE:
      "Ce classeur ne contient pas le modèle KPI (ou sa feuille a été renommée). Insérez d'abord le modèle.",
    TEMPLATE_EXISTS:
      "Le modèle est déjà dans ce classeur. Utilisez « Mettre à jour le modèle » pour l'actualiser : chaque cellule de saisie est conservée.",
    TEMPLATE_DAMAGED:
      "La ligne d'en-tête ou la colonne des codes du modèle est introuvable. Rétablissez-les (annulez les dernières modifications) ou insérez le modèle dans un nouveau classeur.",
    NO_ROOM:
      "La mise à jour doit ajouter les éléments manquants en nouvelles lignes à la fin du tableau, mais des cellules sous le tableau ne sont pas vides. Déplacez-les plus bas (ou insérez des lignes vides sous le tableau), puis réessayez. Rien n'a été modifié.",
    FILTERED:
      "La feuille KPI Data est filtrée. Effacez le filtre (Données → Effacer), puis réessayez : la mise à jour n'écrit jamais dans une feuille filtrée. Rien n'a été modifié.",
    API_UNSUPPORTED:
      "Cette version d'Excel ne dispose pas d'une fonction nécessaire au complément. Mettez Excel à jour ou utilisez Excel pour le web.",
    UNKNOWN:
      "Un problème est survenu lors de l'échange avec Excel. Réessayez ; si l'erreur persiste, consultez les détails.",
  },
  errorTitle: "Action impossible",
  successTitle: "Terminé",
  details: "Détails",

  checkHeading: "Vérification",
  checkButton: "Vérifier les données",
  checkHint:
    "Lit la feuille de données et liste chaque problème, sans rien écrire. La vérification se relance d'elle-même quand les données changent.",
  checking: "Vérification…",
  notChecked: "Pas encore vérifié.",
  noIssues: "Aucun problème trouvé.",
  issueSummary: (c) =>
    `${count(c.error, "erreur", "erreurs")}, ${count(c.warning, "avertissement", "avertissements")}, ${count(c.info, "remarque", "remarques")}.`,
  filterLabel: "Afficher",
  errorsCount: (n) => `Erreurs (${n})`,
  warningsCount: (n) => `Avertissements (${n})`,
  infosCount: (n) => `Remarques (${n})`,
  allFilteredOut: "Aucun problème ne correspond aux filtres choisis.",
  sheetGroup: "Feuille entière et codes non reconnus",
  structureHeading: "Structure du modèle",
  convertToNumber: (number) => `Convertir en nombre : ${number}`,
  goToCellHint: "Choisissez un problème pour aller à sa cellule.",
  issueWithSubject: (subject, message) => `${subject} : ${message}`,
  reportingYearUsed: (year) => `Année de référence utilisée pour les contrôles : ${year}.`,

  scoresHeading: "Scores des domaines (% des points max.)",
  scoresHint:
    "Méthode U4SSC : chaque indicateur noté reçoit de 1 à 4 points selon son % de la cible ; le score d'un domaine est la somme de ses points en % du maximum (4 par indicateur), pas un % de la cible. Un domaine n'est noté que si au moins 2/3 de ses indicateurs ayant une cible le sont.",
  scoresNeedCheck: "Lancez « Vérifier les données » pour voir les scores.",
  itemsScored: (n, total) => `${count(n, "indicateur noté", "indicateurs notés")} sur ${total}`,

  statusCoverage: (n, total, percent) =>
    `Couverture : ${n} sur ${count(total, "indicateur ayant une cible", "indicateurs ayant une cible")} notés (${percent}).`,
  dimensionScores: "Scores des dimensions",
  pointsShare: (percent) => `${percent} des points max.`,
  notesHint:
    "Les remarques ne sont pas des erreurs : indicateurs pas encore renseignés, ou sans cible. Dépliez un domaine pour les voir.",
  noErrors: "Aucune erreur ni aucun avertissement.",
  startHint:
    "Nouveau classeur ? Commencez par « Insérer le modèle », dans la section Modèle ci-dessous.",
  notReported: (n) =>
    `${count(n, "indicateur pas encore renseigné", "indicateurs pas encore renseignés")}`,
  withoutTarget: (n) => `${count(n, "indicateur sans cible", "indicateurs sans cible")}`,
  levelDimension: "dimension",
  levelSubdimension: "sous-dimension",
  unofficialNames:
    "Noms et unités des indicateurs en français : traduction de travail non officielle (U4SSC ne les publie qu'en anglais).",
};
