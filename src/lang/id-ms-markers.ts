// Words that only one of Indonesian and Malay writes in standard spelling, for settling what CLD2
// confuses: spelling (bahwa/bahawa, karena/kerana, uang/wang), loanword forms (polisi/polis,
// universitas/universiti, -itas/-iti), month and day names, and Indonesian institutions.
// Written from the languages' conventions, not learned from any corpus.

export const INDONESIAN_ONLY = new Set([
  'bahwa', 'karena', 'uang', 'kendaraan', 'polisi', 'universitas', 'pajak', 'senin', 'kamis', 'jumat', 'nggak',
  'enggak', 'gak', 'kok', 'sih', 'dong', 'banget', 'kantor', 'aktivitas', 'kualitas', 'fasilitas', 'komunitas',
  'kapasitas', 'identitas', 'prioritas', 'otoritas', 'mayoritas', 'minoritas', 'realitas', 'kreativitas', 'apotek',
  'ponsel', 'kabupaten', 'provinsi', 'pemilu', 'pilkada', 'dpr', 'kpk', 'tni', 'polri', 'wib', 'rp', 'jakarta',
]);

export const MALAY_ONLY = new Set([
  'bahawa', 'kerana', 'wang', 'kenderaan', 'polis', 'universiti', 'cukai', 'isnin', 'khamis', 'jumaat', 'kerajaan',
  'baharu', 'iaitu', 'mahupun', 'sahaja', 'semasa', 'sebarang', 'awak', 'kereta', 'pejabat', 'aktiviti', 'kualiti',
  'kemudahan', 'komuniti', 'kapasiti', 'identiti', 'keutamaan', 'majoriti', 'minoriti', 'realiti', 'berjaya',
  'farmasi', 'telefon', 'bimbit', 'ogos', 'disember', 'julai', 'manakala', 'selepas', 'ringgit', 'kuala',
]);

/** Indonesian-only minus Malay-only words in `text`: positive means Indonesian. */
export function idMsBalance(text: string): number {
  let balance = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (INDONESIAN_ONLY.has(word)) balance++;
    else if (MALAY_ONLY.has(word)) balance--;
  }
  return balance;
}
