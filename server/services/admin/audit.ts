import type { AuditEntry as AuditView } from '../../../shared/schemas/admin.ts';
import type { AuditEntry, Catalog, CatalogStore, StaffAccount } from '../../store/types.ts';
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

/** Adds one entry to the catalog's journal. */
export function journal(catalog: CatalogStore, entry: AuditEntry): Promise<void> {
  return catalog.update((draft) => void (draft.audit ??= []).push(entry));
}

/**
 * Changes one account and records it in the catalog's journal. The accounts have their own store, so these
 * are two writes: the account first, then its entry; a crash between them loses the entry, never the change
 * (docs/architecture.md, "Accounts and sessions"). `change` gets the account as stored now and may throw to refuse.
 */
export async function auditedStaffChange(
  ctx: ServiceContext,
  by: Pick<StaffAccount, 'id'>,
  staffId: string,
  change: (account: StaffAccount) => { account: StaffAccount; entry: Omit<AuditEntry, 'at' | 'staffId'> }
): Promise<StaffAccount> {
  const at = ctx.clock.now();
  let entry: Omit<AuditEntry, 'at' | 'staffId'> | undefined;
  const after = await ctx.store.staff.update(staffId, (current) => {
    const changed = change(current);
    entry = changed.entry;
    return changed.account;
  });
  await journal(ctx.store.catalog, { at, staffId: by.id, ...entry! });
  return after;
}

/** The history of one object, newest first, with the names of who changed it. */
export function historyOf(ctx: ServiceContext, kind: string, objectId: string): AuditView[] {
  const { catalog } = ctx.catalog();
  const nameOf = (id: string) => ctx.store.staff.byId(id)?.name ?? id;
  return (catalog.audit ?? [])
    .filter((entry) => entry.kind === kind && entry.objectId === objectId)
    .reverse()
    .map((entry) => ({ ...entry, at: new Date(entry.at).toISOString(), staffName: nameOf(entry.staffId) }));
}
