import type { AuditEntry as AuditView } from '../../../shared/schemas/admin.ts';
import type { AuditEntry, Catalog, StaffAccount } from '../../store/types.ts';
import type { ServiceContext } from '../context.ts';

type Change = AuditEntry['changes'][number];

/** Each field whose value differs, from what to what; fields named in `secret` show only that they changed. */
export function changesBetween(before: object | undefined, after: object | undefined, secret: readonly string[] = []): Change[] {
  const from = (before ?? {}) as Record<string, unknown>;
  const to = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort();
  return fields.filter((field) => JSON.stringify(from[field]) !== JSON.stringify(to[field])).map((field) => (secret.includes(field) ? { field } : { field, from: from[field], to: to[field] }));
}

/**
 * Applies one admin change and records it in the catalog's journal in the same write, so the change and
 * its record are on disk together or not at all (docs/architecture.md, "The admin area's journal").
 * `change` returns what the journal keeps: the object, the action and the fields that changed.
 */
export async function auditedChange(ctx: ServiceContext, by: Pick<StaffAccount, 'id'>, change: (draft: Catalog) => Omit<AuditEntry, 'at' | 'staffId'>): Promise<void> {
  const at = ctx.clock.now();
  await ctx.store.catalog.update((draft) => {
    const entry = change(draft);
    (draft.audit ??= []).push({ at, staffId: by.id, ...entry });
  });
}

/** The history of one object, newest first, with the names of who changed it. */
export function historyOf(ctx: ServiceContext, kind: string, objectId: string): AuditView[] {
  const { catalog } = ctx.catalog();
  const names = new Map(catalog.staff.map((account) => [account.id, account.name]));
  return (catalog.audit ?? [])
    .filter((entry) => entry.kind === kind && entry.objectId === objectId)
    .reverse()
    .map((entry) => ({ ...entry, at: new Date(entry.at).toISOString(), staffName: names.get(entry.staffId) ?? entry.staffId }));
}
