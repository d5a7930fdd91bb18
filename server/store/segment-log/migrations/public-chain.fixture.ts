import { hash } from 'node:crypto';

const oldHash = (line: string) => hash('sha256', line, 'base64url').slice(0, 22);

/** Lines as format 2 wrote them (private fields inline, each "p" the sha256 of the whole line before), for the migration tests. */
export const V2_LINES: readonly string[] = (() => {
  const bodies = [
    '"t":"r","a":1736130600000,"o":"kantor-a","s":4,"c":"widget"',
    '"t":"r","a":1736130601000,"o":"kantor-a","s":2,"m":"Hubungi 0812-3456-7890","c":"qr"',
    '"t":"cs","a":1736130602000,"k":"SL-7K3M-Q9XA-2B","h":"c2VjcmV0","o":"kantor-a","g":"pungli","d":"NIK saya 3201234567890123","y":"confidential","n":{"name":"Siti","phone":"+62 812 3456 7890","email":"siti@example.id"}',
    '"t":"crp","a":1736130603000,"k":"SL-7K3M-Q9XA-2B","u":"petugas","m":"Kami hubungi ke siti@example.id"'
  ];
  const lines: string[] = [];
  let previous = 'A'.repeat(22);
  for (const body of bodies) {
    const line = `{"p":"${previous}",${body}}`;
    lines.push(line);
    previous = oldHash(line);
  }
  return lines;
})();

/** The format 2 head of V2_LINES. */
export const V2_HEAD = { seq: V2_LINES.length, hash: oldHash(V2_LINES.at(-1)!) };
