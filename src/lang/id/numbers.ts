// Indonesian number words, scales, qualifiers and units.

export const SCALES_ID: Record<string, number> = {
  ribu: 1e3, rb: 1e3, juta: 1e6, jt: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12, trilyun: 1e12,
};

export const UNITS_ID: Record<string, number> = {
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
  sepuluh: 10, sebelas: 11, seratus: 100, seribu: 1000, sejuta: 1e6,
};

/** `dua puluh`, `tiga belas`, `lima ratus`: multipliers that follow a unit word. */
export const MULTIPLIERS_ID: Record<string, number> = { belas: -10, puluh: 10, ratus: 100 };

/** Approximate amounts: `ribuan` (thousands), `puluhan ribu` (tens of thousands). */
export const APPROXIMATE_ID: Record<string, number> = { puluhan: 10, ratusan: 100, ribuan: 1e3, jutaan: 1e6, miliaran: 1e9 };

/** Qualifiers before a number, normalised to English. Longest first. */
export const QUALIFIERS_ID: [string, string][] = [
  ['lebih dari', 'more than'], ['lebih kurang', 'approximately'], ['kurang dari', 'less than'],
  ['paling sedikit', 'at least'], ['sedikitnya', 'at least'], ['setidaknya', 'at least'], ['minimal', 'at least'],
  ['hampir', 'nearly'], ['nyaris', 'nearly'], ['sekitar', 'approximately'], ['kira-kira', 'approximately'],
  ['kurang lebih', 'approximately'], ['mencapai', 'up to'], ['hingga', 'up to'], ['sampai', 'up to'],
  ['maksimal', 'at most'], ['di atas', 'more than'], ['di bawah', 'less than'],
];

export const PERCENT_WORDS_ID = ['persen'];
export const CURRENCY_ID: [RegExp, string][] = [[/^rp\.?$/i, 'IDR'], [/^us\$$/i, 'USD'], [/^\$$/, 'USD']];
export const CURRENCY_AFTER_ID: Record<string, string> = { rupiah: 'IDR', dolar: 'USD', dollar: 'USD', euro: 'EUR', yuan: 'CNY', yen: 'JPY' };
