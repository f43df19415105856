// Abbreviations that end with a full stop inside a sentence (Indonesian and English), lower case.
export const ABBREVIATIONS = new Set([
  // Indonesian titles, addresses and common short forms
  'jl', 'jln', 'no', 'dr', 'drs', 'dra', 'h', 'hj', 'ir', 'prof', 'sekjen', 'st', 'kh', 'tn', 'ny', 'nn', 'sdr', 'sdri',
  'bpk', 'yth', 'dll', 'dsb', 'dst', 'tsb', 'an', 'kab', 'kec', 'kel', 'prov', 'pt', 'cv', 'tbk', 'rp', 'hlm', 'tgl',
  'kol', 'letjen', 'mayjen', 'brigjen', 'irjen', 'kombes', 'akbp', 'ipda', 'aiptu', 'bripka', 'mr', 'mrs', 'ms',
  'jr', 'sr', 'vs', 'etc', 'inc', 'ltd', 'corp', 'co', 'gen', 'lt', 'col', 'sgt', 'capt', 'rep', 'sen', 'gov', 'dept',
  'approx', 'est', 'fig', 'vol', 'u.s', 'e.g', 'i.e', 'a.m', 'p.m', 'no', 'nos', 'pp', 'ps',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'agu', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'des', 'dec',
]);
