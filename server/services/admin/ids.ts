/** A readable id from a name (`Puskesmas Maju Jaya` → `puskesmas-maju-jaya`), numbered when taken. */
export function idFromName(name: string, taken: (id: string) => boolean): string {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56)
      .replace(/-+$/, '') || 'kantor';
  let id = base.length >= 2 ? base : `${base}-1`;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}
