import { z } from 'zod';
import { ElementCode, Slug } from '../../../shared/schemas/index.ts';
import { BUILT_IN_SETS, SKM_2017, unitElementSet, type UnitElementSetInput } from '../../../shared/skm/elements.ts';
import { ConflictError, ValidationError } from '../../errors.ts';
import type { Catalog } from '../../store/types.ts';
import type { ServiceContext } from '../context.ts';
import { requireOffice } from '../offices/find-office.ts';

const Labels = z.tuple([z.string().min(1), z.string().min(1), z.string().min(1), z.string().min(1)]);

/** A unit's own set: the 2017 nine plus added elements, and optional weights that sum to 1. */
export const UnitElementSetDefinition = z.object({
  id: Slug,
  officeId: Slug,
  name: z.string().trim().min(3).max(120),
  extraElements: z
    .array(
      z.object({
        code: ElementCode,
        name: z.string().min(2),
        question: z.string().min(5),
        labels: Labels,
        nameEn: z.string().optional(),
        questionEn: z.string().optional(),
        labelsEn: Labels.optional()
      })
    )
    .max(11)
    .optional(),
  weights: z.record(ElementCode, z.number().min(0).max(1)).optional()
});

/**
 * Checks a unit's set against the catalog: a fresh id (sets are never changed once defined, so an id in use
 * is a 409), element codes used once, weights over known elements summing to 1. Returns it, ready to store.
 */
export function checkElementSet(ctx: ServiceContext, input: unknown): UnitElementSetInput {
  const parsed = UnitElementSetDefinition.safeParse(input);
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message })));
  const definition = parsed.data as UnitElementSetInput;
  requireOffice(ctx, definition.officeId);
  if (BUILT_IN_SETS.some((set) => set.id === definition.id) || (ctx.store.catalog.get().surveyElementSets ?? []).some((set) => set.id === definition.id)) {
    throw new ConflictError(`set unsur '${definition.id}' sudah ada dan tidak dapat diubah; buat id baru / already exists and cannot be changed, use a new id`);
  }
  const codes = [...SKM_2017.elements.map((e) => e.code), ...(definition.extraElements ?? []).map((e) => e.code)];
  const errors: { field: string; message: string }[] = [];
  if (new Set(codes).size !== codes.length) errors.push({ field: 'extraElements', message: 'kode unsur ganda / duplicate element code' });
  if (definition.weights) {
    const unknown = Object.keys(definition.weights).filter((code) => !codes.includes(code));
    if (unknown.length > 0) errors.push({ field: 'weights', message: `unsur tidak dikenal / unknown elements: ${unknown.join(', ')}` });
    const total = codes.reduce((sum, code) => sum + (definition.weights![code] ?? 0), 0);
    if (Math.abs(total - 1) > 1e-9) errors.push({ field: 'weights', message: `jumlah bobot harus 1 / weights must sum to 1 (got ${total})` });
  }
  if (errors.length > 0) throw new ValidationError(errors);
  unitElementSet(definition); // fails loudly on anything the expansion cannot take
  return definition;
}

/** Stores a checked set; it becomes the office's current one. */
export function storeElementSet(draft: Catalog, definition: UnitElementSetInput): void {
  draft.surveyElementSets = [...(draft.surveyElementSets ?? []), definition];
  draft.currentElementSets = { ...draft.currentElementSets, [definition.officeId]: definition.id };
}

/** Defines a unit's element set (the command line's import); it becomes the office's current one. */
export async function defineElementSet({ ctx, input }: { ctx: ServiceContext; input: unknown }): Promise<UnitElementSetInput> {
  const definition = checkElementSet(ctx, input);
  await ctx.store.catalog.update((draft) => storeElementSet(draft, definition));
  return definition;
}
