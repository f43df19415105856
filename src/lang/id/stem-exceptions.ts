// Words whose every reading by affixes is wrong and lands on another word of the news, given
// their stems here (as Snowball's stemmers list exceptional forms). Each was found wrong in the
// stems of the listed words (models/words-id.json), and its wrong stem is a word of its own:
// searching "Selat Hormuz" found every "Sulawesi Selatan".

/** Word (without its clitics) → stem. */
export const STEM_EXCEPTIONS_ID: ReadonlyMap<string, string> = new Map([
  ['selatan', 'selatan'], // south, not selat-an (strait)
  ['perdana', 'perdana'], // prime (menteri), not per-dana (fund)
  ['sepak', 'sepak'], // kick (sepak bola), not se-pak (Mr)
  ['ringan', 'ringan'], // light, not ring-an (boxing ring); meringankan already reaches ringan
  ['organisasi', 'organisasi'], // as berorganisasi already is, not organ-isasi
  ['teroris', 'teror'], // as terorisme is, not ter-oris
  ['digital', 'digital'], // as digitalisasi is, not di-gital
  ['kawasan', 'kawasan'], // area, not a reading of kawas (mengawasi is of awas)
  ['penegakan', 'tegak'], // as ditegakkan is, not pe-tega-kan (heartless)
]);
