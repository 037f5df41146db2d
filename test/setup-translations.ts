// Jest: install the UNOFFICIAL catalog translations before each test file, as the pane does when it starts
// (loadCatalogTranslations loads them as an async chunk in the bundles; jest runs CommonJS without dynamic import).
import { installCatalogTranslations } from "../src/domain/catalog/localized-text";
import type { TranslationData } from "../src/domain/catalog/types";
import translations from "../src/domain/catalog/translations.json";

installCatalogTranslations(translations as TranslationData);
