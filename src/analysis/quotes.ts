// Direct quotations and reported statements: quotes in “ ” " " « » ‘ ’ marks (paragraphs that
// leave their mark open, pull quotes), with the attribution after (`”, kata Joe Biden`,
// `katanya`) or before (`Mark Rutte menuturkan, “`); statements in reported speech (`X mengatakan
// …`, `Menurut X, …`, `X said …`). Short quotes without attribution are scare quotes or names
// (judi "online") and are skipped. Who speaks is speakers.ts's to say.

import type { EntityMention, Quote, Sentence } from '../article.js';
import {
  REPORTED_ACCORDING, REPORTED_ACCORDING_LAST, REPORTED_PARENTHETICAL, REPORTED_PARENTHETICAL_PRONOUN_ID, REPORTED_PASSIVE_ID, REPORTED_PARENTHETICAL_ID, REPORTED_SUBJECT_FIRST, REPORTED_SUBJECT_FIRST_AFTER_BOUNDARY, REPORTED_SUBJECT_FIRST_CASELESS, REPORTED_SUBJECT_LAST, REPORTED_TOLD_LAST, REPORTED_AND_SAID, REPORTED_PARTICIPLE,
  REPORTED_VERB_SUBJECT_LAST, REPORTING_CUE, SAYING_BEFORE_QUOTE, SAYING_NEEDS_THAT, SAYING_VERB, SPEAKER_BEFORE_QUOTE, SPEAKER_PRONOUNS,
  SPEAKER_THEN_VERB, VERB_AFTER_ID, VERB_PRONOUN, VERB_THEN_SPEAKER, WRITING,
} from '../lang/attribution.js';
import { firstAfter, searchForward } from './offsets.js';
import { titledName } from './caseless-names.js';
import { SpeakerResolver, speakerPhrase } from './speakers.js';
import { SENTENCE_OPENERS_EN } from '../lang/en/entities.js';
import { OFFICE_TITLES_ID, TITLE_WORDS_ID } from '../lang/id/entities.js';

/** Fewer words than this without an attribution is a scare quote or a name, not a quotation. */
const MIN_UNATTRIBUTED_WORDS = 6;
/** Fewer words than this is never a quotation on its own (a partial quote needs the later stage). */
const MIN_QUOTE_WORDS = 3;
/**
 * Two words are a quotation when they close a clause and an Indonesian verb of saying follows
 * (`"Tidak masalah," kata Jokowi`, `"Itu hoax," ujarnya`). Not in English, whose writers put the
 * comma after a title inside the marks (`"Pulp Fiction," said`).
 */
const MIN_CLOSED_QUOTE_WORDS = 2;
/** An unattributed quotation this close after another continues that speaker's words ("…," he said. "…"). */
const CONTINUATION_CHARS = 600;
/** A short unattributed quotation this close after another in its paragraph is more of the same speaker's words. */
const SAME_BREATH_CHARS = 80;
/** Fewer words than this in a reported clause is not a statement ("he said so"). */
const MIN_REPORTED_WORDS = 4;
const PAIRS: [string, string][] = [['“', '”'], ['«', '»'], ['‘', '’']];

interface Span {
  start: number;
  end: number;
  text: string;
}

/** Finds the quotations of an article body; `entities` canonicalise the speakers. */
export function extractQuotes(source: string, sentences: Sentence[], entities: EntityMention[]): Quote[] {
  // ''…'' (two apostrophes, as typewriters and some newsrooms write quotation marks) is read as "…": same length, so
  // every offset into the text still holds.
  const text = source.replace(/''/g, '" ');
  const body = sentences.filter((s) => !s.isTitle).map((s) => (s.text.includes("''") ? { ...s, text: s.text.replace(/''/g, '" ') } : s));
  const found: (Quote & { at: number; end?: number })[] = [];
  const speakers = new SpeakerResolver(text, body, entities);
  const { people, caseless } = speakers;

  type Found = Quote & { at: number; end?: number };
  // Direct quotations and their attributions, not yet resolved.
  const direct: { span: Span; attribution: Attribution | null }[] = [];
  const lines = lineStarts(text);
  for (const span of findQuoteSpans(text)) {
    const words = span.text.split(/\s+/).filter(Boolean).length;
    if (words < MIN_CLOSED_QUOTE_WORDS || isTeaserLine(text, span.start, lines)) continue;
    const after = text.slice(span.end + 1, span.end + 200).split('\n')[0]!;
    if (words < MIN_QUOTE_WORDS && !(/[,!?]$/.test(span.text.trimEnd()) && VERB_AFTER_ID.test(after))) continue;
    const before = text.slice(Math.max(0, span.start - 200), span.start).split('\n').pop()!;
    // "kuliah umum bertajuk “…”", "a report titled “…”": a name in quotation marks, not words someone said.
    if (NAMED_BY.test(before)) continue;
    const attribution = attributionAfter(after) ?? attributionBefore(before) ?? nameAfter(after, people);
    // `“…,” Tarek said. “It didn’t get better.”`: a short quotation right after another, in its paragraph, goes on with it.
    const previous = direct[direct.length - 1];
    const goesOn = previous !== undefined && span.start - previous.span.end < SAME_BREATH_CHARS && !text.slice(previous.span.end, span.start).includes('\n');
    if (!attribution && ((words < MIN_UNATTRIBUTED_WORDS && !goesOn) || isTitleCase(span.text))) continue;
    // `"…," I said`: the writer's own words, not a quotation of someone in the story.
    if (attribution?.phrase && /^(?:I|we)$/i.test(attribution.phrase)) continue;
    direct.push({ span, attribution });
  }
  const reported = reportedStatements(text, body, direct.map((d) => d.span), people, caseless);

  // Speakers are resolved in reading order, so that "katanya" and "Ia mengatakan" find whoever was
  // last said to speak, by a quotation or by a reported statement.
  const steps = [
    ...direct.map((d) => ({ at: d.span.start, direct: d, reported: null })),
    ...reported.map((r) => ({ at: r.at, direct: null, reported: r })),
  ].sort((a, b) => a.at - b.at);
  let previous: Found | null = null;
  /** Reported statements by where the quotation that finishes them opens. */
  const finishing = new Map<number, Found>();
  for (const step of steps) {
    if (step.reported) {
      const r = step.reported;
      const statement: Found = { kind: 'reported', text: r.clause, ...speakers.resolve(r.subject, r.at), cue: `${r.subject} ${r.verb}`, sentence: r.sentence, at: r.at };
      found.push(statement);
      if (r.quotedFrom !== undefined) finishing.set(r.quotedFrom, statement);
      if (r.second) found.push({ ...statement, text: r.second.text, at: r.second.at });
      // "Jeff Fraser says the system is designed for that. “As we're going to zero, …”": the quotation after goes on with
      // him; a statement by a description ("People arrested last week say …") leaves the quotations to their speaker.
      if (statement.speakerKey || isBareName(statement.speaker)) previous = statement;
      continue;
    }
    const { span, attribution } = step.direct!;
    // The end of a reported statement in quotation marks, attributed by it: one statement, the speaker's.
    const finished = attribution ? undefined : finishing.get(span.start);
    if (finished) {
      finished.text = `${finished.text} ${span.text.replace(/[,\s]+$/, '')}`;
      continue;
    }
    // No attribution: the words go on from the quotation just before, if there is one close by.
    const last: Found | null = previous;
    const continues = !attribution && last !== null && span.start - (last.end ?? last.at) < CONTINUATION_CHARS
      && !speakers.otherSpeakerBetween(last.speakerKey ?? last.speaker, last.end ?? last.at, span.start);
    // Neither attributed nor continuing: a quoted paragraph belongs to whoever was last said to speak.
    const who = attribution ? speakers.resolve(attribution.phrase, span.start) : continues && last ? { speaker: last.speaker, speakerKey: last.speakerKey } : speakers.resolve(null, span.start);
    const quote: Found = {
      kind: 'direct',
      text: span.text.replace(/[,\s]+$/, ''),
      ...who,
      cue: attribution?.cue ?? null,
      sentence: sentenceAt(body, span.start),
      at: span.start,
      end: span.end,
    };
    found.push(quote);
    previous = quote;
  }
  found.push(...pullQuotes(text, body, people, found));
  found.push(...participleStatements(body, found));
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, end: _end, ...quote }) => quote);
}

interface ReportedCandidate {
  at: number;
  sentence: number;
  subject: string;
  verb: string;
  clause: string;
  /** The words after an attribution standing in the middle (`…, she says, and …`), where they start. */
  second?: { text: string; at: number };
  /** Where the quotation that closes the sentence opens, when the statement stops there. */
  quotedFrom?: number;
}

/** Statements in reported speech (`X mengatakan …`, `Menurut X, …`, `X said …`): who, by which verb, what. */
function reportedStatements(text: string, body: Sentence[], quoted: Span[], people: EntityMention[], caseless: boolean): ReportedCandidate[] {
  const out: ReportedCandidate[] = [];
  for (const sentence of body) {
    // Only what stands before a quotation is reported speech: the quotation, and whatever of it the
    // sentence splitter left in this sentence ("A. B," kata X), are direct. A few quoted words inside
    // a sentence are still reported speech.
    // A link to another article ("READ MORE: Trudeau says …") reports nothing of this one.
    if (/^\s*["“”«»‘]/.test(sentence.text) || TEASER_LINE.test(sentence.text) || (caseless && isHeadlineLine(text, sentence))) continue;
    const end = sentence.start + sentence.text.length;
    // The first quotation of four words or more that stands in the sentence (spans come in order of their start).
    const first = quoted.find((q) => q.start < end && q.end > sentence.start && q.text.split(/\s+/).length >= 4);
    const cut = first ? first.start - sentence.start : sentence.text.length;
    if (cut <= 0) continue;
    const plain = sentence.text.slice(0, cut).replace(/["“”«»]/g, '').trim();
    // "Valanciunas told reporters in Atlanta on Thursday morning: “…”": a colon before a quotation introduces it.
    if (cut < sentence.text.length && plain.endsWith(':')) continue;
    // The first form whose subject can speak: a sentence the subject-first form misreads ("In
    // extreme cold, … , said the report") may still fit a later one.
    let statement: ReturnType<typeof statementOf> = null;
    for (const m of reportedSpeech(plain, caseless)) if ((statement = statementOf(m, sentence, people, caseless))) break;
    if (!statement) continue;
    const { subject, verb, clause, second } = statement;
    // A quotation that closes the sentence finishes the statement cut short before it (`…, saying a review will look into
    // the “very serious matter that has …”`); the reading step joins the two.
    const closing = first !== undefined && !second && /^[\s"“”«»’.,!?]*$/.test(text.slice(first.end + 1, end));
    out.push({
      at: sentence.start, sentence: sentence.index, subject, verb, clause, ...(closing ? { quotedFrom: sentence.start + cut } : {}),
      ...(second ? { second: { text: second, at: sentence.start + Math.max(0, sentence.text.lastIndexOf(second)) } } : {}),
    });
  }
  return out;
}

/** The speaker, verb and statement of one reading of a sentence, or null when it says nothing. */
function statementOf(m: RegExpExecArray, sentence: Sentence, people: EntityMention[], caseless: boolean): { subject: string; verb: string; clause: string; second?: string } | null {
  const groups = m.groups!;
  const clause = [groups.clause!, groups.rest].filter(Boolean).join(' ').replace(/[.!\s]+$/, '');
  // "menteri koordinator …, mahfud md, menyebutkan": the name set off by commas is the speaker.
  const apposition = groups.apposition?.trim();
  const named = apposition && (people.some((e) => e.type === 'PERSON' && e.mentions.includes(apposition)) || (caseless && apposition.split(/\s+/).length <= 3));
  // "Dikatakannya, …" names its speaker only by the enclitic: whoever was last said to speak.
  const subject = named ? apposition : speakerPhrase(groups.subject ?? groups.subject2 ?? 'dia');
  if (clause.split(/\s+/).length < MIN_REPORTED_WORDS || !isSpeakerPhrase(subject, caseless) || REFERS_BACK.test(clause)) return null;
  // "…, the company wrote in a report in December.": where it was said, not what.
  if (WHERE_ONLY.test(clause) && !FINITE_CLAUSE.test(clause)) return null;
  // "The drugs have a limited set of uses, he says, and are mostly meant …": the attribution stands in the middle,
  // and the statement is on both sides of it, which the parenthetical form reads.
  if (groups.comma && /^(?:and|but)\s/i.test(groups.clause ?? '')) return null;
  const verb = groups.verb ?? groups.verb2 ?? (/^menurut/i.test(sentence.text) ? 'menurut' : 'according to');
  // "Hamilton added a goal": a verb that also takes a plain object says something only with "that" or a comma.
  if (groups.clause && !groups.that && !groups.comma && SAYING_NEEDS_THAT.test(verb) && !FINITE_CLAUSE.test(groups.clause)) return null;
  // "Kody alone made the choice he did that day, she says, and lost his life …": in English the attribution in the
  // middle divides the words into two stretches of text, each quoted as it stands (as GenderGapTracker's annotators
  // do). Indonesian "pertama, kata mahfud, …" opens with a word or two that say nothing alone: one statement.
  if (groups.rest && ENGLISH_SAYING.test(verb)) {
    // "…, he said, though he did not name any individuals": what follows is the writer's, not the speaker's.
    if (NARRATION_AFTER.test(groups.rest)) return { subject, verb, clause: groups.clause!.trim() };
    return { subject, verb, clause: groups.clause!.trim(), second: groups.rest.replace(/[.!\s]+$/, '') };
  }
  return { subject, verb, clause };
}

/**
 * A line of its own, short and without a full stop, in Antara's lower-case archive is the title of
 * another article the page links to ("perlu definisi ulang istilah radikalisme …, kata wapres"):
 * not this article's statement. (English headings like "He hasn't decided yet, he says" are.)
 */
function isHeadlineLine(text: string, sentence: Sentence): boolean {
  const line = sentence.text.trim();
  if (/[.!?"”’)]$/.test(line) || line.split(/\s+/).length > 16) return false;
  // The sentence is its line when nothing but spaces stands between it and the line breaks around it
  // (read from the sentence outwards: a line of a whole body without breaks is not read once per sentence).
  const blankTo = (from: number, step: 1 | -1): boolean => {
    for (let i = from; i >= 0 && i < text.length && text[i] !== '\n'; i += step) if (!/\s/.test(text[i]!)) return false;
    return true;
  };
  const start = sentence.start + sentence.text.indexOf(line);
  return blankTo(start - 1, -1) && blankTo(start + line.length, 1);
}

/** English verbs whose attribution may stand in the middle of a statement. */
const ENGLISH_SAYING = /^(?:says|said|adds|added|notes|noted|explains|explained|insists|insisted|argues|argued)$/;
/** Words after `…, he said,` that go on with the writer's account rather than the statement. */
const NARRATION_AFTER = /^(?:though|although|adding|noting|citing|referring|especially|particularly|according to)\b/i;

/** A short phrase of place or occasion ("in a report in December", "in a tearful Instagram account"), which a statement is not. */
const WHERE_ONLY = /^(?:in|on|at|during|via|through|to|from)\s+(?:a|an|the|its|his|her|their|this|that)\s+(?![^,]*\b(?:it|he|she|they|we|there|I)\b)[^,]{0,60}$/i;

/** "menhan mengatakan hal tersebut ketika …": the clause points back at something said before; it says nothing itself. */
const REFERS_BACK = /^(?:hal|hal-hal)\s+(?:itu|tersebut|ini)\b/i;

/** A clause with a subject and a finite verb early on ("a study had been done"), unlike an object ("responsibility for the attack"). */
const FINITE_CLAUSE = /^(?:[\p{L}\d'’-]+\s+){1,5}?(?:is|are|was|were|had|has|have|will|would|could|can|should|may|might|must|did|does|do)(?:n['’]t)?\b/iu;

/** A paragraph of its own that ends in a person's name, the way pages print a pull quote: "… an emergency. Linda Lamoureux". */
const PULL_QUOTE = /^(?<words>[^"“”«»\n]{20,}[.!?])\s+(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*[\p{L}'’-])+)\.?(?:,\s*[^,.\n]{2,40}(?:\.\p{L}{2,4})?)?\s*$/u;

function pullQuotes(text: string, body: Sentence[], people: EntityMention[], found: { at: number }[]): (Quote & { at: number })[] {
  const quotes: (Quote & { at: number })[] = [];
  for (const paragraph of text.matchAll(/[^\n]+/g)) {
    const m = PULL_QUOTE.exec(paragraph[0].trim());
    if (!m?.groups) continue;
    const person = people.find((e) => e.type === 'PERSON' && e.mentions.includes(m.groups!.name!));
    const at = paragraph.index! + paragraph[0].search(/\S/);
    if (!person || found.some((q) => q.at === at)) continue;
    quotes.push({ kind: 'direct', text: m.groups.words!.trim(), speaker: person.name, speakerKey: person.key, cue: null, sentence: sentenceAt(body, at), at });
  }
  return quotes;
}

/** A second statement hung on the first by a participle: "…, noting that he's been in public service for 43 years". */
const PARTICIPLE_STATEMENT = /(?:,\s+(?!added|said|noted)|,?\s+and\s+(?=added|said|noted)|\s+dan\s+(?=menambahkan))(?:noting|adding|saying|insisting|arguing|explaining|stressing|warning|added|said|noted|menambahkan|seraya menambahkan|sambil menegaskan)\s+(?:that\s+|bahwa\s+)?(?<clause>[^"“”]{15,}?)[.!]?\s*$/u;

function participleStatements(body: Sentence[], found: (Quote & { at: number })[]): (Quote & { at: number })[] {
  const statements: (Quote & { at: number })[] = [];
  for (const sentence of body) {
    const m = PARTICIPLE_STATEMENT.exec(sentence.text);
    const clause = m?.groups?.clause?.trim();
    if (!clause || clause.split(/\s+/).length < MIN_REPORTED_WORDS) continue;
    // The speaker is whoever the sentence already has speaking; without one, the participle hangs on something else.
    const first = found.find((q) => q.sentence === sentence.index && q.speaker);
    if (!first) continue;
    // "He said unionization is overdue …, and added he doesn't think …": the statement read whole becomes two, one per verb.
    const whole = found.find((q) => q.sentence === sentence.index && q.kind === 'reported' && q.text.includes(clause) && q.text !== clause);
    const connector = m![0].slice(0, m![0].indexOf(clause)).trim();
    if (whole) {
      const before = whole.text.slice(0, whole.text.indexOf(clause)).trimEnd();
      if (!before.endsWith(connector)) continue;
      const head = before.slice(0, -connector.length).replace(/[,\s]+$/, '');
      if (head.split(/\s+/).length < MIN_REPORTED_WORDS) continue;
      whole.text = head;
    } else if (found.some((q) => q.sentence === sentence.index && q.text.includes(clause))) continue;
    statements.push({
      kind: 'reported', text: clause, speaker: first.speaker, speakerKey: first.speakerKey, cue: connector.replace(/^[,\s]*(?:(?:and|dan)\s+)?/, ''),
      sentence: sentence.index, at: sentence.start + m!.index,
    });
  }
  return statements;
}

// The parenthetical forms first: "para purnawirawan, kata dia, juga berharap …" is Mahfud's report, not "juga"'s hope,
// and in "There are people trying to create fear …, he said, though he did not name …" the statement is before the verb.
const REPORTED_FORMS = [
  REPORTED_PARENTHETICAL_ID, REPORTED_PARENTHETICAL_PRONOUN_ID, REPORTED_PARENTHETICAL, REPORTED_PASSIVE_ID, REPORTED_ACCORDING, REPORTED_SUBJECT_FIRST,
  REPORTED_SUBJECT_LAST, REPORTED_VERB_SUBJECT_LAST, REPORTED_ACCORDING_LAST, REPORTED_TOLD_LAST, REPORTED_AND_SAID, REPORTED_PARTICIPLE,
];
/** The same forms, for text written all in lower case (Antara's archive), where names have no capitals. */
const REPORTED_FORMS_CASELESS = REPORTED_FORMS.map((r) => (r === REPORTED_SUBJECT_FIRST ? REPORTED_SUBJECT_FIRST_CASELESS : new RegExp(r.source, r.flags.includes('i') ? r.flags : `${r.flags}i`)));

/** The forms of reported speech the sentence fits, in order: subject, verb and statement of each. */
function* reportedSpeech(sentence: string, caseless: boolean): Generator<RegExpExecArray> {
  // Most sentences have no reporting verb: twelve forms tried on each were a twentieth of analysis.
  if (!REPORTING_CUE.test(sentence) && !SAYING_VERB.test(sentence)) return;
  const forms = caseless ? REPORTED_FORMS_CASELESS : REPORTED_FORMS;
  for (const re of forms) {
    const m = re.exec(sentence);
    if (m?.groups) yield m;
  }
  // The subject-first form takes the first subject it can from the start, however long ("The PGA Tour's schedule …
  // underwent a big change and Hadwin says …"): when no reading could speak, it reads again after each clause boundary.
  if (!SAYING_VERB.test(sentence)) return;
  const subjectFirst = caseless ? REPORTED_SUBJECT_FIRST_CASELESS : REPORTED_SUBJECT_FIRST_AFTER_BOUNDARY;
  for (const boundary of sentence.matchAll(CLAUSE_BOUNDARY)) {
    const m = subjectFirst.exec(sentence.slice(boundary.index + boundary[0].length));
    if (m?.groups) yield m;
  }
}

/** Where a clause may begin inside a sentence: after a comma, a dash or a conjunction. */
const CLAUSE_BOUNDARY = /(?:,|\s[—–-])\s+|\s(?:and|but|while|whereas|so|dan|namun|tetapi|sementara)\s+/gu;

/** A subject that can be a speaker: a name, a pronoun or a short description, not a clause. */
function isSpeakerPhrase(subject: string, caseless: boolean): boolean {
  // A title and a name may be long: "Kepala Biro Penerangan Masyarakat Divisi Humas Polri Brigjen Pol Trunoyudo Wisnu Andiko",
  // every word capitalised; in text without capitals, "ketua umum majelis ulama indonesia (mui) kh miftachul akhyar".
  const words = subject.split(/\s+/);
  const titled = words.length <= 16 && (words.every((w) => /^[\p{Lu}\d(]/u.test(w)) || (caseless && titledName(subject) !== null));
  // "PKB nampak menunjukkan resistensi dengan": a clause with a verb of its own is no subject (menteri, menkeu are offices).
  if (words.some((w) => /^me\p{Ll}{4,}(?:kan|i)$/u.test(w) && !TITLE_WORDS_ID.has(w) && !Object.hasOwn(OFFICE_TITLES_ID, w))) return false;
  // "Dia kemudian diminta menjelaskan": someone asked to speak has not said anything yet.
  return (words.length <= 8 || titled) && !/\b(yang|which|who|if|jika|when|ketika|untuk|dengan|seperti|agar|supaya)\b/i.test(subject) && !/\b(diminta|ditanya|diharapkan|asked|urged)$/i.test(subject)
    // "As reported by most critics", "It had added 0.5 per cent", "READ MORE: …": no one speaks.
    && !NOT_A_SUBJECT_START.test(subject) && !/^(?:to|but|and)$/i.test(subject) && !/\b(?:have|has|had|is|was|are|were)$/i.test(subject)
    // "Politikus PDI-P itu juga meminta pemerintah menjelaskan …", "Baleg dijadwalkan melanjutkan rapat": asked or scheduled to, not saying.
    && !/\b(?:meminta|mendesak|mengajak|menyuruh|memerintahkan|menginstruksikan|menantang|dijadwalkan|direncanakan|berencana)\b/i.test(subject)
    // "Apps that it said “may not work” included …": a relative clause, not a subject; "Civic Action. And …": two sentences
    // the splitter left joined (an abbreviation keeps its full stop: "Dr. Robert Rutledge", "Prof. Adams").
    && !/\bthat\s+(?:it|he|she|they|we)$/i.test(subject) && !/\p{Ll}{4,}\.\s+\p{Lu}/u.test(subject)
    // "He won't say what the message is", "Ia tidak menyebutkan …": a refusal to say is not a statement.
    && !/\b(?:not|won['’]t|wouldn['’]t|didn['’]t|can['’]t|cannot|never|declined to|refused to|long|tidak|tak|belum|enggan|menolak)$/i.test(subject);
}

/** First words of a phrase that opens a subordinate clause or a teaser rather than naming a speaker. */
// Not every connective (CONNECTIVES_ID): "Meski menilai …, Prihadi …" leaves out a subject the sentence names later.
const NOT_A_SUBJECT_START = /^(?:as|given|it's|read more|watch|related|what|how|why|where|whether|in|on|at|during|from|with|without|for|this|these|those)\b|^(?:namun|tetapi|sebelumnya|kemudian|selanjutnya|informasi|saya|aku|kami|kita|anda|kamu)(?:\s+(?:bisa|dapat|harus|perlu|juga))?$/i;

/** A straight mark after a word's last punctuation: the end of `“…," kata Benny`. */
const STRAIGHT_CLOSE = /[,.?!]"(?=\s)/g;
/** A curly mark after a word's last punctuation, before a space or the end: the end of `"…,” ujar Wisnu`. */
const CURLY_CLOSE = /[,.?!]”(?=\s|$)/g;

/** Quote spans in order; straight double quotes pair up in order within a paragraph. */
function findQuoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  /** Straight marks that closed a curly quotation: not to be paired again below. */
  const closedCurly = new Set<number>();
  for (const [open, close] of PAIRS) {
    let from = 0;
    // The next straight closing mark and line break, searched once as `s` grows.
    const straightClose = searchForward((from) => { STRAIGHT_CLOSE.lastIndex = from; return STRAIGHT_CLOSE.exec(text)?.index ?? -1; });
    const lineEnd = searchForward((from) => text.indexOf('\n', from));
    for (;;) {
      const s = text.indexOf(open, from);
      if (s < 0) break;
      // An apostrophe is not an opening single quote: ‘ must follow a space or the start.
      if (open === '‘' && s > 0 && !/[\s(]/.test(text[s - 1]!)) { from = s + 1; continue; }
      let e = text.indexOf(close, s + 1);
      // “…," kata Benny: a curly quotation closed by a straight mark after its last word's punctuation.
      if (open === '“') {
        const straightAt = straightClose(s + 1);
        if (straightAt >= 0 && (e < 0 || straightAt + 1 < e) && text.indexOf('"', s + 1) > straightAt) {
          e = straightAt + 1;
          closedCurly.add(e);
        }
      }
      const paragraphEnd = lineEnd(s);
      if (e < 0 || (paragraphEnd >= 0 && paragraphEnd < e)) {
        // A quote does not cross paragraphs unclosed, except by the convention that a quotation
        // going on into the next paragraph leaves its mark open and opens that paragraph again.
        const continued = paragraphEnd >= 0 && opensNextParagraph(text, paragraphEnd, open);
        if (continued) spans.push({ start: s, end: paragraphEnd, text: text.slice(s + 1, paragraphEnd).trim() });
        if (e < 0 && !continued) break;
        from = paragraphEnd >= 0 ? paragraphEnd : text.length;
        continue;
      }
      spans.push({ start: s, end: e, text: text.slice(s + 1, e).trim() });
      from = e + 1;
    }
  }
  /** An opening straight mark left open at the end of the paragraph before, which the next did not open again, and that paragraph's end. */
  let pending: { start: number; end: number } | null = null;
  for (const paragraph of text.matchAll(/[^\n]+/g)) {
    // Lines without a letter (" ." between GenderGapTracker's paragraphs) separate nothing.
    if (!/\p{L}/u.test(paragraph[0])) continue;
    let marks = [...paragraph[0].matchAll(/"/g)].map((m) => m.index! + paragraph.index!).filter((at) => !closedCurly.has(at));
    // `"Who may be included … decision-maker.¶based on …, and in consultation with the veterans," said Nicholson`: a
    // quotation that went on into this paragraph without its mark opened again closes at this paragraph's first mark.
    if (pending && marks.length % 2 === 1 && isClosingMark(text, marks[0]!)) {
      spans.push({ start: pending.start, end: pending.end, text: text.slice(pending.start + 1, pending.end).trim() });
      spans.push({ start: paragraph.index!, end: marks[0]!, text: text.slice(paragraph.index!, marks[0]!).trim() });
      marks = marks.slice(1);
    }
    pending = null;
    const end = paragraph.index! + paragraph[0].length;
    // `"Sehingga kedua hal itu yang semestinya dibenahi,” ujar Wisnu`: a straight mark closed by a curly one after the
    // quotation's last punctuation, before the next straight mark and with no curly quotation opened between (the
    // mirror of `“…," kata Benny`); the next straight mark then opens a quotation of its own.
    // The next curly close and curly open after a mark, searched once as the marks go on.
    const inParagraph = (at: number) => (at < 0 ? -1 : paragraph.index! + at);
    const curlyClose = searchForward((from) => { CURLY_CLOSE.lastIndex = from - paragraph.index!; return inParagraph(CURLY_CLOSE.exec(paragraph[0])?.index ?? -1); });
    const curlyOpen = searchForward((from) => inParagraph(paragraph[0].indexOf('“', from - paragraph.index!)));
    const curlyCloseAfter = (start: number, limit: number): number => {
      if (isClosingMark(text, start)) return -1;
      const punctuation = curlyClose(start + 1);
      const close = punctuation < 0 ? -1 : punctuation + 1;
      const open = curlyOpen(start + 1);
      return close >= 0 && close < limit && (open < 0 || open > close) ? close : -1;
    };
    let k = 0;
    while (k + 1 < marks.length) {
      const close = curlyCloseAfter(marks[k]!, marks[k + 1]!);
      if (close >= 0) {
        spans.push({ start: marks[k]!, end: close, text: text.slice(marks[k]! + 1, close).trim() });
        k += 1;
        continue;
      }
      spans.push({ start: marks[k]!, end: marks[k + 1]!, text: text.slice(marks[k]! + 1, marks[k + 1]!).trim() });
      k += 2;
    }
    if (k < marks.length) {
      const start = marks[k]!;
      const close = curlyCloseAfter(start, end);
      if (close >= 0) spans.push({ start, end: close, text: text.slice(start + 1, close).trim() });
      else if (opensNextParagraph(text, end, '"')) spans.push({ start, end, text: text.slice(start + 1, end).trim() });
      else if (!isClosingMark(text, start)) pending = { start, end };
    }
  }
  // Inner quotes (a quote inside a quote) are part of the outer one.
  spans.sort((a, b) => a.start - b.start);
  // A span is inner when one that starts before it ends after it: the furthest end among those starting earlier says.
  const inner = new Set<Span>();
  let furthest = -Infinity;
  for (let i = 0; i < spans.length;) {
    let j = i;
    for (; j < spans.length && spans[j]!.start === spans[i]!.start; j++) if (furthest > spans[j]!.end) inner.add(spans[j]!);
    for (let k = i; k < j; k++) furthest = Math.max(furthest, spans[k]!.end);
    i = j;
  }
  return spans.filter((s) => !inner.has(s));
}

/** A straight mark that closes: after a word or its punctuation, before a space or the end. */
function isClosingMark(text: string, at: number): boolean {
  return at > 0 && /\S/.test(text[at - 1]!) && (at + 1 >= text.length || /[\s,.;:!?)]/.test(text[at + 1]!));
}

/** Words that introduce a title or a name in quotation marks. */
const NAMED_BY = /\b(?:bertajuk|berjudul|bertema|bertemakan|bernama|dijuluki|berslogan|titled|entitled|dubbed|called|named|nicknamed)\s*$|\b(?:tema|slogan|tagline|motto)(?:\s+[\p{L}\d]+){0,3}\s*$/iu;

/** Links to other articles printed inside a body ("READ MORE: ‘…’", "Baca juga: …") quote headlines, not people. */
const TEASER_LINE = /^\s*(?:read more|watch|related|see also|open this photo in gallery|baca juga|simak juga|lihat juga)\b/i;

/** Small words a title leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'yang', 'dan', 'di', 'ke', 'dari']);

/** "The Kid Who Would Be King": every word capitalised but the small ones, and no sentence in it: a title, not words said. */
function isTitleCase(text: string): boolean {
  const words = text.replace(/[.!?,:]+$/, '').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || /[.!?]\s/.test(text)) return false;
  return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w.toLowerCase())));
}

/** Whether offset `at` is on a teaser's line; `lines` are the offsets where lines start (a search, not a walk back over a long paragraph). */
function isTeaserLine(text: string, at: number, lines: number[]): boolean {
  return TEASER_LINE.test(text.slice(lines[firstAfter(lines, at, (x) => x) - 1]!, at));
}

/** Offsets where the lines of a text start. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

const SPACES_AND_STOPS = /[\s.]*/y;

/** Whether the paragraph after the line break at `at` opens with the quotation mark `open`. */
function opensNextParagraph(text: string, at: number, open: string): boolean {
  SPACES_AND_STOPS.lastIndex = at;
  SPACES_AND_STOPS.exec(text);
  return text.startsWith(open, SPACES_AND_STOPS.lastIndex);
}

interface Attribution {
  /** The speaker as written, or null for a bare verb with a pronoun (`katanya`). */
  phrase: string | null;
  cue: string;
}

/** `“…,” Aviantara.`: a person's name alone after the quotation, the verb left out. */
function nameAfter(after: string, people: EntityMention[]): Attribution | null {
  const m = /^\s*,?\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*[.;]/u.exec(after);
  if (!m || !people.some((e) => e.type === 'PERSON' && e.mentions.includes(m[1]!))) return null;
  return { phrase: m[1]!, cue: m[1]! };
}

/** A bare conjunction where a speaker would stand. */
const CONJUNCTION = /^(?:and|but|or|then|dan|tetapi|lalu)$/i;

/** Titles written with a full stop, which would otherwise end the speaker at "Dr". */
const TITLE_ABBREVIATION = /\b(Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Insp|Supt|Const|Cpl|Rev|Hon|Jr|Sr|St)\./g;

function attributionAfter(raw: string): Attribution | null {
  const after = raw.replace(TITLE_ABBREVIATION, '$1');
  const pronoun = VERB_PRONOUN.exec(after);
  if (pronoun) return { phrase: null, cue: pronoun[1]! };
  const verbFirst = VERB_THEN_SPEAKER.exec(after);
  if (verbFirst) {
    // `”, kata Sekretaris Jenderal Kemendikbudristek, Suharti, melalui …`: the name set off by commas after the office.
    const named = /^\s*,\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})(?:\s*[,.]|\s+(?:kepada|pada|di|saat|seusai|usai|ketika|dalam)\s)/u.exec(after.slice(verbFirst.index + verbFirst[0].length));
    const phrase = named ? `${verbFirst[2]!.trim()}, ${named[1]}` : verbFirst[2]!.trim();
    return { phrase, cue: `${verbFirst[1]} ${phrase}` };
  }
  const speakerFirst = SPEAKER_THEN_VERB.exec(after);
  if (speakerFirst) {
    // `" including Lake Cowichan, it said`: the words after the quote go on its sentence; the speaker is the pronoun.
    // `“…,” and added: “…”`: the conjunction hangs the next quotation on this one's speaker, named elsewhere.
    if (CONJUNCTION.test(speakerFirst[1]!.trim())) return null;
    // `," a statement released by the Korean Central News Agency read`: only writing reads so (not `it's jolly worth the read`).
    if (/^reads?$/.test(speakerFirst[2]!) && !WRITING.test(speakerFirst[1]!)) return null;
    const last = speakerFirst[1]!.split(/,\s*/).pop()!.trim();
    const phrase = SPEAKER_PRONOUNS.has(last.toLowerCase()) || last.toLowerCase() === 'it' ? last : speakerFirst[1]!;
    return { phrase, cue: `${phrase} ${speakerFirst[2]}` };
  }
  return null;
}

function attributionBefore(before: string): Attribution | null {
  // "Menurut Rutte, “…”", "According to the minister, “…”".
  const according = /(?:^|[.!?]\s+|,\s+)(?:[Mm]enurut|[Aa]ccording to)\s+([^,;:“”"]{2,80}),\s*$/u.exec(before);
  if (according) return { phrase: according[1]!.trim(), cue: according[0].replace(/^[.!?,\s]+/, '').trim() };
  const m = SAYING_BEFORE_QUOTE.test(before) ? SPEAKER_BEFORE_QUOTE.exec(before) : null;
  if (!m) {
    // "Martell, the addictions doctor, is more blunt: “…”": a clause opening with a name, then a colon.
    const colon = /(?:^|[.!?]\s+)(\p{Lu}[^.!?“”"]{1,160}?):\s*$/u.exec(before);
    // "Then, after a pause: “…”": no one is named; the words are whoever spoke last.
    return colon && !NOT_A_SPEAKER.test(colon[1]!.trim()) ? { phrase: colon[1]!.trim(), cue: `${colon[1]!.trim()}:` } : null;
  }
  // The subject is the last clause before the verb ("Pada hari itu, Mark Rutte menuturkan", "Asked what …, he said"),
  // unless the clause is a name set off by commas ("Sekretaris Jenderal NATO, Mark Rutte, menyatakan").
  const full = m[1]!.trim();
  // `…,” and added: “…”`: the same speaker as the quotation before.
  if (CONJUNCTION.test(full.replace(/^[,\s]+/, ''))) return { phrase: null, cue: `${full} ${m[2]}` };
  const parts = full.split(/,\s*/).map((p) => p.trim()).filter(Boolean);
  const last = parts[parts.length - 1] ?? full;
  const subject = SPEAKER_PRONOUNS.has(last.toLowerCase()) || parts.length === 1 ? last : full;
  // "When asked for comment …, he replied …“…”": "When" asked nothing.
  if (NOT_A_SPEAKER.test(subject)) return null;
  return { phrase: subject, cue: `${full} ${m[2]}` };
}

/** What opens a clause of time or manner where a speaker would stand: "When asked …", "Then, after a pause: …". */
const NOT_A_SPEAKER = /^(?:when|then|if|as|while|after|before|once|here|there|now|later|still|so|yet|it|this|that)(?:,|\s*$)/i;

function sentenceAt(sentences: Sentence[], offset: number): number {
  let index = sentences[0]?.index ?? 0;
  for (const s of sentences) {
    if (s.start <= offset) index = s.index;
    else break;
  }
  return index;
}

/** A speaker written as a name the recogniser left open ("Will Young", "Roman"), not a description ("People arrested last week"). */
function isBareName(speaker: string | null): boolean {
  const words = speaker?.split(/\s+/) ?? [];
  return words.length > 0 && words.length <= 3 && words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w)) && !SENTENCE_OPENERS_EN.has(words[0]!.toLowerCase());
}
