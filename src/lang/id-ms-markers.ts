// Words that only one of Indonesian and Malay writes in standard spelling, for settling what CLD2
// confuses: spelling (bahwa/bahawa, karena/kerana, uang/wang), loanword forms (polisi/polis,
// universitas/universiti, -itas/-iti), month and day names, and Indonesian institutions.
// Written from the languages' conventions, not learned from any corpus. Not words both write with
// different meanings or uses: pejabat (Malay office, Indonesian official), kereta (car; kereta api,
// train), cukai (tax; Bea Cukai, customs), kerajaan (government; kingdom), awak (you; awak kapal,
// crew), semasa, kemudahan, keutamaan, farmasi, nor names (Wang, Kuala Tungkal, Kualanamu): each
// made Indonesian articles Malay.

export const INDONESIAN_ONLY = new Set([
  'bahwa', 'karena', 'uang', 'kendaraan', 'polisi', 'universitas', 'pajak', 'senin', 'kamis', 'jumat', 'nggak',
  'enggak', 'gak', 'kok', 'sih', 'dong', 'banget', 'kantor', 'aktivitas', 'kualitas', 'fasilitas', 'komunitas',
  'kapasitas', 'identitas', 'prioritas', 'otoritas', 'mayoritas', 'minoritas', 'realitas', 'kreativitas', 'apotek',
  'ponsel', 'kabupaten', 'provinsi', 'pemilu', 'pilkada', 'dpr', 'kpk', 'tni', 'polri', 'wib', 'rp', 'jakarta',
]);

export const MALAY_ONLY = new Set([
  'bahawa', 'kerana', 'kenderaan', 'polis', 'universiti', 'isnin', 'khamis', 'jumaat', 'baharu', 'iaitu', 'mahupun',
  'sahaja', 'sebarang', 'aktiviti', 'kualiti', 'komuniti', 'kapasiti', 'identiti', 'majoriti', 'minoriti', 'realiti',
  'berjaya', 'telefon', 'bimbit', 'ogos', 'disember', 'julai', 'manakala', 'selepas', 'ringgit',
  // Malay spellings of words Indonesian spells otherwise (mau, persen, miliar, proyek, istri, tentara, pikir, paham, obat, kursi, coba)
  'mahu', 'peratus', 'bilion', 'projek', 'isteri', 'tentera', 'fikir', 'berfikir', 'faham', 'ubat', 'kerusi', 'mencuba', 'lapan',
  'doktor', 'teksi', 'lori', 'motosikal', 'bajet', 'tempoh', 'majlis',
  // and Malay words Indonesian does not use (staff, company, meeting, post, toilet, free, Mr, Mrs, coach, lawyer, international,
  // tourist, investment, finance, business, accident, through, newspaper, secretary, soldier, terrorist)
  'hospital', 'kakitangan', 'syarikat', 'mesyuarat', 'jawatan', 'tandas', 'percuma', 'encik', 'puan', 'jurulatih', 'menjaringkan',
  'peguam', 'antarabangsa', 'pelancong', 'pelancongan', 'pelaburan', 'kewangan', 'perniagaan', 'kemalangan', 'menerusi', 'akhbar',
  'setiausaha', 'askar', 'pengganas',
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
