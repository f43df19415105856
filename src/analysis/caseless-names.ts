// Names in text written all in lower case (Antara's archive), where capitals cannot tell a name
// from the words around it: the name after an office or a word for a person, and a short subject
// before a verb of saying.

import { gazetteer } from '../lang/gazetteer.js';
import { SPEAKER_PRONOUNS } from '../lang/attribution.js';
import { ORG_BOARDS_ID, ORG_KEYWORDS, PERSON_NOUNS_ID, ROLE_WORDS_ID, TITLE_WORDS_ID } from '../lang/id/entities.js';
import { stopwordsFor } from '../lang/stopwords.js';

/** Words that end a name written in lower case: function words and verbs (me-, ber-, di- forms). */
const AFTER_NAME = /^(?:dalam|yang|di|pada|saat|ketika|juga|telah|akan|sudah|masih|pun|itu|ini|selaku|sebagai|dari|untuk|dan|me\p{L}+|ber\p{L}+|di\p{L}{4,}|ter\p{L}+)$/u;

/**
 * In text without capitals, the name of a person a sentence opens with, after a title or a word
 * for a person: "ustadz musdar sabam dalam …" → "musdar sabam"; "akademisi dari fisip … (ummu)
 * abdul aziz marsaoly berkomentar …" → "abdul aziz marsaoly", the words before the first verb.
 */
export function titledName(text: string): string | null {
  // "mantan rektor universitas diponegoro semarang, eko budiharjo, mengemukakan …": the name set off by commas.
  const apposition = /^([^,]{3,120}),\s+(\p{Ll}[\p{Ll}'-]+(?:\s\p{Ll}[\p{Ll}'-]+){1,2}),\s/u.exec(text.trim());
  if (apposition && opensWithTitle(apposition[1]!) && !apposition[2]!.split(' ').some((w) => AFTER_NAME.test(w) || stopwordsFor('id').has(w))) return apposition[2]!;
  if (!opensWithTitle(text)) return null;
  const words = text.trim().split(/\s+/);
  if (/^(?:mantan|eks|bekas)$/.test(words[0]!)) words.shift();
  let i = 1;
  // The office's organisation too ("sekretaris jenderal dpp pdip hasto kristiyanto"): words the gazetteer knows, or that make organisations.
  // An acronym in brackets is the office's organisation ("(mui)", "(baleg)").
  const ofOffice = (w: string) => /^\(.+\)$/.test(w) || TITLE_WORDS_ID.has(w) || ROLE_WORDS_ID.has(w) || PERSON_NOUNS_ID.has(w) || ORG_KEYWORDS.has(w)
    || ORG_BOARDS_ID.has(w) || gazetteer().lookup(w) !== undefined;
  const nameWord = (w: string) => /^\p{Ll}[\p{Ll}'-]+$/u.test(w) && !AFTER_NAME.test(w) && !stopwordsFor('id').has(w) && !ofOffice(w);
  let name: string[] = [];
  for (let round = 0; round < 3; round++) {
    while (i < words.length && i < 10 && ofOffice(words[i]!)) i++;
    name = [];
    for (let k = i; k < words.length && name.length < 3 && nameWord(words[k]!); k++) name.push(words[k]!);
    // "ketua dewan pengarah badan pembinaan ideologi pancasila (bpip)": words of the office the lists do not hold, when an
    // organisation or its acronym follows them.
    const next = words[i + name.length];
    const moreOffice = next !== undefined && (/^\(.+\)$/.test(next) || (name.length <= 2 && (ORG_KEYWORDS.has(next) || ORG_BOARDS_ID.has(next) || gazetteer().lookup(next) !== undefined)));
    if (name.length === 0 || !moreOffice) break;
    i += name.length;
  }
  if (name.length) return name.join(' ');
  const verb = words.findIndex((w, k) => k >= i && /^(?:me|ber|ter)\p{Ll}{3,}[,.]?$/u.test(w));
  const before = verb > 0 ? words.slice(Math.max(i, verb - 3), verb) : [];
  // Common words end a name too ("… pendidikan relatif banyak mengorbankan" names no one).
  const named = before.slice(before.findLastIndex((w) => !/^\p{Ll}[\p{Ll}'-]+$/u.test(w) || AFTER_NAME.test(w) || stopwordsFor('id').has(w)) + 1);
  return named.length >= 2 ? named.join(' ') : null;
}

/** Whether a phrase opens with a title or a word for a person ("mantan" before it: a former office). */
function opensWithTitle(text: string): boolean {
  const [first, second] = text.trim().split(/\s+/);
  const word = /^(?:mantan|eks|bekas)$/.test(first ?? '') ? second : first;
  return word !== undefined && (TITLE_WORDS_ID.has(word) || PERSON_NOUNS_ID.has(word));
}

/** In text without capitals, a subject of one to three words before a verb of saying ("mahfud mengatakan"). */
export function shortSubject(subject: string): string | null {
  const words = subject.trim().replace(/^.*,\s*/, '').split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 3 && words.every((w) => /^\p{Ll}[\p{Ll}'-]+$/u.test(w) && !AFTER_NAME.test(w) && !SPEAKER_PRONOUNS.has(w)) ? words.join(' ') : null;
}
