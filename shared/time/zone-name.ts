/** Indonesia's three zones by their everyday names (WIB, WITA, WIT); any other zone by its IANA name. */
export function zoneName(timeZone: string): string {
  return ({ 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' } as Record<string, string>)[timeZone] ?? timeZone;
}
