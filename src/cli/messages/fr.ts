import { plural } from "../../domain/messages/ui/plural";
import type { CliStrings } from "./types";

const s = (n: number, one: string, other = `${one}s`) => `${n} ${plural("fr", n, { one, other })}`;

export const FR: CliStrings = {
  usage: `kpi4ssc — classeurs modèles des ICP U4SSC en ligne de commande

Usage : kpi4ssc <commande> [options]

Commandes :
  template   écrire le classeur modèle (un fichier, ou un par ville d'un CSV)
  check      vérifier les classeurs reçus : chaque signalement avec sa cellule, puis les scores avec n/N
  merge      une table longue (CSV ou xlsx) de chaque ville × élément
  compare    un classeur de comparaison : villes en colonnes, scores, rangs, valeurs atypiques
  update     mettre les classeurs à jour (catalogue et modèle actuels) en gardant chaque saisie

Options de toutes les commandes : --lang en|fr|ru (sinon LC_ALL / LANG), --help
Codes de sortie : 0 aucune erreur, 1 erreurs trouvées, 2 exécution impossible.`,
  help: {
    template: `Usage : kpi4ssc template --out FICHIER.xlsx [--lang en|fr|ru] [--core] [--city NOM] [--year AAAA]
        kpi4ssc template --out DOSSIER --cities villes.csv [--lang] [--core] [--year AAAA]

Écrit le classeur modèle des ICP (KPI Data, KPI Summary, KPI Lists). --core : les 67 éléments essentiels.
villes.csv (UTF-8, virgule ou point-virgule) : colonnes city, country, reporting year (ou year), language (ou lang) ;
un classeur par ligne, nommé d'après la ville. --year et --lang valent pour les lignes qui les laissent vides.
Un fichier existant n'est jamais écrasé.`,
    check: `Usage : kpi4ssc check FICHIER… [--json | --csv] [--reporting-year AAAA] [--lang en|fr|ru]

Lit les classeurs modèles reçus (toute langue d'étiquettes, colonnes déplacées, feuille renommée, valeurs en texte,
fichiers enregistrés par Excel, LibreOffice ou Google Sheets) et signale chaque problème avec sa cellule, l'identifiant,
le code, la gravité et le message, puis les scores des dimensions et sous-dimensions avec n/N. --reporting-year sert
quand une feuille Summary n'a pas d'année. --json : {"files":[…]} ; --csv : une ligne par signalement.
Un fichier illisible reçoit une ligne et l'exécution continue. Sortie 1 si un fichier a une erreur ou est illisible.`,
    merge: `Usage : kpi4ssc merge FICHIER… --out panel.csv|panel.xlsx [--reporting-year AAAA]

Une table longue, une ligne par ville × élément : ville, pays, année de référence, identifiant, ICP, donnée, unité,
valeur saisie, valeur lue, année, qualité, source, remarques, cible, base de la cible, signalements, score, points ;
et un résumé par fichier (deuxième feuille en xlsx, panel-files.csv à côté d'un CSV). CSV en UTF-8 avec BOM.`,
    compare: `Usage : kpi4ssc compare FICHIER… --out comparaison.xlsx [--outlier-z Z] [--reporting-year AAAA]

Villes en colonnes : valeur et score de chaque élément, score de chaque domaine avec n/N (couverture insuffisante
indiquée comme telle, jamais 0), rang parmi les villes notées, valeurs atypiques par élément (z robuste à partir de
la médiane et de l'écart absolu médian, signalé au-delà de 3,5 par défaut).`,
    update: `Usage : kpi4ssc update FICHIER… (--in-place | --out DOSSIER) [--lang en|fr|ru]

Met les classeurs au catalogue et au modèle actuels : colonnes de référence, formules, règles et éléments manquants,
jamais une cellule saisie. Indique ce qui a changé. Avec --out DOSSIER, les originaux restent tels quels.`,
  },
  unknownCommand: (command) => `Commande inconnue « ${command} ». Lancez kpi4ssc --help.`,
  badArguments: (detail, command) => `${detail}. Lancez kpi4ssc ${command} --help.`,
  badLang: (value) => `--lang vaut en, fr ou ru, pas « ${value} ».`,
  badYear: (value) => `Une année est un nombre entier de 1990 à 2100, pas « ${value} ».`,
  badNumber: (option, value) => `${option} doit être un nombre positif, pas « ${value} ».`,
  needOut: "--out est obligatoire.",
  needFiles: "Indiquez au moins un classeur.",
  outConflict: "Utilisez soit --in-place, soit --out DOSSIER.",
  outExists: (path) => `${path} existe : non écrasé. Choisissez un autre nom ou supprimez-le.`,
  cannotWrite: (path, detail) => `Impossible d'écrire ${path} : ${detail}`,
  cannotRead: (path, detail) => `Impossible de lire ${path} : ${detail}`,
  wroteFiles: (folder, files) => `${s(files, "classeur")} écrits dans ${folder}.`,
  wrote: (path, rows) => `${path} écrit (${s(rows, "ligne")}).`,
  citiesProblem: (file, line, problem) => `${file}, ligne ${line} : ${problem}`,
  citiesMissingColumn: (column) => `pas de colonne « ${column} »`,
  citiesEmpty: "aucune ville dans le fichier",
  progress: (index, total, file) => `[${index}/${total}] ${file}`,
  readFailure: {
    NOT_FOUND: "est illisible (fichier introuvable ?)",
    EMPTY: "est vide (0 octet)",
    NOT_ZIP: "n'est pas un classeur .xlsx (pas une archive zip : CSV, PDF ou texte ?)",
    ENCRYPTED:
      "est protégé par mot de passe : ouvrez-le, retirez le mot de passe (Fichier → Informations → Protéger le classeur), enregistrez, recommencez",
    LEGACY: "est un ancien fichier binaire (.xls) : ouvrez-le et enregistrez-le en .xlsx",
    NOT_XLSX: "est une archive zip mais pas un classeur .xlsx (un .ods ? enregistrez-le en .xlsx)",
    CORRUPT: "est endommagé et ne s'ouvre pas comme .xlsx",
    ZIP64:
      "est au format ZIP64 (plus de 4 Go ou de 65 535 parties), inutile pour un modèle KPI : réenregistrez-le depuis Excel",
    NOT_TEMPLATE:
      "n'est pas un modèle des ICP (aucune feuille avec les en-têtes Identifiant et Valeur)",
    DAMAGED:
      "a la feuille du modèle, mais pas de ligne d'en-tête avec à la fois Identifiant et Valeur (colonne supprimée ?)",
  },
  fileFailed: (file, reason) => `${file} ${reason}`,
  fileHeading: (file, city, year, c) =>
    `${file} — ${city || "(sans ville)"}, ${year ?? "(sans année de référence)"} : ${s(c.error, "erreur")}, ${s(c.warning, "avertissement")}, ${s(c.note, "remarque")}`,
  structure: (problem) => `  modèle : ${problem}`,
  renamedSheet: (sheet, expected) =>
    `la feuille des données s'appelle « ${sheet} », pas « ${expected} »`,
  formulaInputs: (count, first) =>
    `${s(count, "cellule saisie", "cellules saisies")} contiennent une formule (première : ${first}) ; lue comme son résultat`,
  uncomputedInputs: (count, first) =>
    `${s(count, "formule")} dans des cellules saisies jamais calculées (première : ${first}) : ouvrez et enregistrez le fichier dans un tableur`,
  areasHeading: "  scores (méthode U4SSC, n/N) :",
  noScore: (reason) => `— (${reason})`,
  totals: (files, failed, c) =>
    `${s(files, "fichier")} vérifiés, ${failed} illisibles : ${s(c.error, "erreur")}, ${s(c.warning, "avertissement")}, ${s(c.note, "remarque")}.`,
  noReadableInput: "Aucun classeur lisible.",
  compareSheet: "Comparaison",
  compareLabels: {
    item: "Identifiant",
    kpi: "ICP",
    unit: "Unité",
    value: "valeur",
    score: "score",
    area: "Domaine",
    rank: "rang",
    outlier: "atypique",
    coverage: "n/N",
  },
  insufficient: (n, N) => `données insuffisantes (${n}/${N})`,
  updated: (file, rows, kept, appended) =>
    `${file} : mis à jour, ${s(rows, "ligne")}, ${s(kept, "cellule saisie", "cellules saisies")} gardées, ${s(appended, "élément")} ajoutés.`,
  updateRefused: (file, reason) => `${file} : non mis à jour : ${reason}`,
  updateTooLarge: (mib, limit) =>
    `TOO_LARGE : ${mib} Mio décompressés, au-delà des ${limit} Mio que update lit (il charge le classeur entier) ; déplacez les feuilles en plus dans un autre fichier, mettez à jour, puis recopiez-les. check, merge et compare lisent les fichiers de toute taille.`,
};
