/**
 * The six data-quality choices of the official U4SSC data-collection template, in its order and its English wording
 * (docs/scoring.md §3; shared reference README). They stay in English in every label language: the validation's
 * LOW_QUALITY rule and the U4SSC verification both read these exact words.
 */
export const DATA_QUALITY_CHOICES = [
  "Based on accurate measurements",
  "Extrapolated based on survey of inhabitants",
  "Extrapolated based on higher-level data",
  "Estimation based on certain assumptions",
  "Personal estimation",
  "Unknown methodology, not traceable",
] as const;

export type DataQualityChoice = (typeof DATA_QUALITY_CHOICES)[number];
