// The page a form post gets when ORIGIN is left at its default and the site was opened under another
// address (127.0.0.1, a phone on the LAN). Placeholders are `{name}`.
import { dictionary } from './web.ts';

const id = {
  title: 'Alamat situs belum diatur',
  lead: 'Formulir dikirim dari {used}, tetapi server ini hanya menerima formulir dari alamatnya sendiri, {expected}. Karena itu isian Anda belum tersimpan.',
  fix: 'Bagi yang menjalankan server: hentikan server, lalu jalankan lagi dengan alamat yang dipakai pengunjung, misalnya:',
  why: 'Pemeriksaan ini melindungi formulir dari pengiriman oleh situs lain (CSRF). Alamat diatur sekali dengan variabel ORIGIN; lihat README, bagian "Run it".',
  back: 'Ke beranda'
};

const en: typeof id = {
  title: "The site's address is not set",
  lead: 'The form was sent from {used}, but this server only accepts forms from its own address, {expected}. So nothing you entered was saved.',
  fix: 'For whoever runs the server: stop it and start it again with the address visitors use, for example:',
  why: 'This check protects forms from being posted by other sites (CSRF). The address is set once with the ORIGIN variable; see the README, section "Run it".',
  back: 'To the home page'
};

export const originHelp = dictionary({ id, en });
