/** One step forward: turns what version `from` wrote into what version `from + 1` writes. */
export type Migration<T> = { from: number; why: string; up(subject: T): T | Promise<T> };

/** DATA_DIR holds a format this release does not know: a newer release wrote it. */
export class FormatTooNew extends Error {
  constructor(
    readonly what: string,
    readonly found: number,
    readonly known: number
  ) {
    super(
      `${what} ditulis oleh versi Suara Layanan yang lebih baru / was written by a newer release of Suara Layanan ` +
        `(format ${found}; this release reads up to ${known}). Jalankan versi itu atau yang lebih baru, atau pulihkan cadangan dari versi ini / ` +
        `run that release or a newer one, or restore a backup made by this one (docs/operations.md, "Upgrades").`
    );
    this.name = 'FormatTooNew';
  }
}

/**
 * Runs, in order, the migrations that take `subject` from `version` to `current` (the list's length + 1:
 * version 1 is the first format, and each entry moves one version on). Refuses a version newer than it knows.
 */
export async function migrate<T>(what: string, migrations: readonly Migration<T>[], subject: T, version: number): Promise<{ subject: T; ran: Migration<T>[] }> {
  const current = migrations.length + 1;
  if (!Number.isInteger(version) || version < 1) throw new Error(`${what}: format version ${String(version)} is not a version`);
  if (version > current) throw new FormatTooNew(what, version, current);
  const ran: Migration<T>[] = [];
  for (const migration of migrations.slice(version - 1)) {
    if (migration.from !== version + ran.length) throw new Error(`${what}: migration from ${migration.from} is out of order`);
    subject = await migration.up(subject);
    ran.push(migration);
  }
  return { subject, ran };
}
