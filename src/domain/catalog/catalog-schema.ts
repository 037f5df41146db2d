import { z } from "zod";

// Used by the tests (the runtime bundle carries no zod): the shape every catalog item must have.
const finite = z.number().finite();

export const defaultTargetSchema = z.object({
  target: finite,
  worst: finite.nullable(),
  unit: z.string().min(1),
  basis: z.string().min(1),
  source: z.string().min(1),
  confidence: z.enum(["high", "medium", "low"]),
  notes: z.string(),
});

const translationSchema = z.object({
  name: z.string().min(1),
  pointName: z.string().min(1).nullable(),
  unit: z.string().min(1),
  basis: z.string().min(1).nullable(),
});

export const catalogItemSchema = z
  .object({
    id: z.string().regex(/^(EC|EN|SC): [A-Z]+: [A-Z]+: \d+[CA](\/[A-Z0-9_.]+)?$/),
    code: z.string().regex(/^(EC|EN|SC): [A-Z]+: [A-Z]+: \d+[CA]$/),
    point: z.string().min(1).nullable(),
    dimension: z.enum(["Economy", "Environment", "Society and Culture"]),
    subdimension: z.string().min(1),
    category: z.string().min(1),
    name: z.string().min(1),
    pointName: z.string().min(1).nullable(),
    unit: z.string().min(1),
    type: z.enum(["core", "advanced"]),
    direction: z.enum(["higher", "lower", "band", "yesno", "none"]),
    min: finite.nullable(),
    max: finite.nullable(),
    sdgGoals: z.array(z.number().int().min(1).max(17)),
    sdgTargets: z.array(z.string().regex(/^\d+\.\w+(\.\d+)?$/)),
    aliases: z.array(z.string().min(1)),
    notes: z.string(),
    defaultTarget: defaultTargetSchema.nullable(),
    targetNotes: z.string(),
  })
  .superRefine((item, ctx) => {
    const fail = (message: string) =>
      ctx.addIssue({ code: "custom", message: `${item.id}: ${message}` });
    if (item.min !== null && item.max !== null && item.min >= item.max)
      fail("min must be below max");
    if ((item.point === null) !== (item.pointName === null))
      fail("point and pointName go together");
    if (item.id !== (item.point ? `${item.code}/${item.point}` : item.code))
      fail("id must be code[/point]");
    if (item.code.endsWith("C") !== (item.type === "core"))
      fail("C codes are core, A codes advanced");
    if (item.direction === "yesno" && (item.min !== 0 || item.max !== 1))
      fail("yes/no items are bounded 0..1");
    const t = item.defaultTarget;
    if (t) {
      if (item.direction === "none") fail("a direction-none item cannot have a target");
      const inBounds = (v: number) =>
        (item.min === null || v >= item.min) && (item.max === null || v <= item.max);
      if (!inBounds(t.target)) fail("default target outside the item's bounds");
      if (t.worst !== null && !inBounds(t.worst)) fail("worst goalpost outside the item's bounds");
      if (t.worst !== null && t.worst === t.target) fail("worst goalpost equals the target");
      if (t.worst !== null && item.direction === "higher" && t.worst > t.target)
        fail("worst above target for higher-is-better");
      if (t.worst !== null && item.direction === "lower" && t.worst < t.target)
        fail("worst below target for lower-is-better");
    } else if (item.targetNotes.trim() === "") {
      fail("an item without a default target must say why (targetNotes)");
    }
  });

export const catalogSchema = z.object({
  provenance: z.object({
    items: z.string().min(1),
    targets: z.string().min(1),
    translations: z.string().regex(/UNOFFICIAL/),
  }),
  items: z.array(catalogItemSchema).length(112),
});

/** translations.json: UNOFFICIAL fr / ru texts for every item, and the area names (checked against ITEMS in tests). */
export const translationDataSchema = z.object({
  provenance: z.string().regex(/UNOFFICIAL/),
  items: z.record(z.string(), z.object({ fr: translationSchema, ru: translationSchema })),
  areas: z.array(
    z.object({
      level: z.enum(["dimension", "subdimension", "category"]),
      name: z.string().min(1),
      fr: z.string().min(1),
      ru: z.string().min(1),
    })
  ),
});
