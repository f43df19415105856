// English titles before a person's name; multi-word titles first. Matched case-insensitively.
export const TITLES_EN = [
  'secretary general', 'secretary-general', 'vice president', 'prime minister', 'foreign minister', 'defence minister',
  'defense secretary', 'secretary of state', 'press secretary', 'chief executive', 'president', 'minister', 'secretary',
  'chancellor', 'king', 'queen', 'prince', 'princess', 'general', 'gen', 'senator', 'sen', 'rep', 'governor', 'mayor',
  'chairman', 'chairwoman', 'director', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'judge',
  'pope', 'mr', 'mrs', 'ms', 'dr', 'professor', 'sir', 'lord', 'lady', 'commander', 'colonel', 'captain', 'premier',
];

export const ROLE_WORDS_EN = new Set(['foreign', 'defence', 'defense', 'finance', 'state', 'general', 'deputy', 'acting', 'former', 'of', 'us', 'u.s.']);
