// English number words, scales, qualifiers and units.

export const SCALES_EN: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};

export const UNITS_EN: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
};

export const APPROXIMATE_EN: Record<string, number> = { dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 };

export const QUALIFIERS_EN: [string, string][] = [
  ['more than', 'more than'], ['over', 'more than'], ['upwards of', 'more than'], ['less than', 'less than'],
  ['fewer than', 'less than'], ['at least', 'at least'], ['nearly', 'nearly'], ['almost', 'nearly'],
  ['about', 'approximately'], ['around', 'approximately'], ['approximately', 'approximately'], ['roughly', 'approximately'],
  ['some', 'approximately'], ['an estimated', 'approximately'], ['up to', 'up to'], ['as many as', 'up to'], ['at most', 'at most'],
];

export const PERCENT_WORDS_EN = ['percent', 'per cent'];
export const CURRENCY_AFTER_EN: Record<string, string> = { dollars: 'USD', dollar: 'USD', euros: 'EUR', pounds: 'GBP', rupiah: 'IDR', yuan: 'CNY', yen: 'JPY' };
