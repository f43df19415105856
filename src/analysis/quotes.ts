// Direct quotations and their speakers, first version: quotes in “ ” " " « » ‘ ’ marks, with the
// attribution after (`”, kata Joe Biden`, `katanya`) or before (`Mark Rutte menuturkan, “`).
// Pronouns and bare verbs go to the last person named as saying something before the quote.
// Short quotes without attribution are scare quotes or names (judi "online") and are skipped.

import type { EntityMention, Quote, Sentence } from '../article.js';
import {
  REPORTED_ACCORDING, REPORTED_ACCORDING_LAST, REPORTED_PARENTHETICAL, REPORTED_PASSIVE_ID, REPORTED_PARENTHETICAL_ID, REPORTED_SUBJECT_FIRST, REPORTED_SUBJECT_LAST, REPORTED_TOLD_LAST,
  REPORTED_VERB_SUBJECT_LAST, REPORTING_VERBS, SAYING_NEEDS_THAT, SPEAKER_BEFORE_QUOTE, SPEAKER_PRONOUNS,
  SPEAKER_THEN_VERB, VERB_PRONOUN, VERB_THEN_SPEAKER,
} from '../lang/attribution.js';
import { ORG_HEADS_EN, PLACE_HEADS_EN, TITLES_EN } from '../lang/en/entities.js';
import { OFFICE_TITLES_ID } from '../lang/id/entities.js';

/** Fewer words than this without an attribution is a scare quote or a name, not a quotation. */
const MIN_UNATTRIBUTED_WORDS = 6;
/** Fewer words than this is never a quotation on its own (a partial quote needs the later stage). */
const MIN_QUOTE_WORDS = 3;
/** An unattributed quotation this close after another continues that speaker's words ("…," he said. "…"). */
const CONTINUATION_CHARS = 600;
/** Fewer words than this in a reported clause is not a statement ("he said so"). */
const MIN_REPORTED_WORDS = 4;
const LEADING_CONJUNCTION = /^(?:but|and|so|yet|then|namun|tetapi|dan|lalu|sementara itu)\s+/i;
const ANAPHORIC_DESCRIPTION = /^\p{L}[\p{L}\s-]*\s(?:itu|tersebut|ini)$/iu;
const TRAILING_ADVERB = /\s+(?:also|later|then|previously|earlier|again|further|juga|pun|kemudian)$/i;
const PAIRS: [string, string][] = [['“', '”'], ['«', '»'], ['‘', '’']];

interface Span {
  start: number;
  end: number;
  text: string;
}

interface SpeakerEvent {
  at: number;
  /** A recognised person, or a bare name (text written all in lower case has no recognised names). */
  entity: EntityMention | { name: string; key: null; type: 'PERSON' };
}

/** Finds the quotations of an article body; `entities` canonicalise the speakers. */
export function extractQuotes(text: string, sentences: Sentence[], entities: EntityMention[]): Quote[] {
  const body = sentences.filter((s) => !s.isTitle);
  // Speakers: people and organisations, and unknown names of two words or more (English names the recogniser left open).
  const people = entities.filter((e) => e.type === 'PERSON' || e.type === 'ORGANISATION' || (e.type === 'MISC' && e.name.includes(' ')));
  const events: SpeakerEvent[] = reportingEvents(body, people);
  const caseless = !/\p{Lu}/u.test(text);
  const found: (Quote & { at: number; end?: number })[] = [];

  const resolve = (raw: string | null, at: number): { speaker: string | null; speakerKey: string | null } => {
    // "She also confirmed": adverbs between the subject and the verb are not part of the speaker.
    const phrase = raw === null ? null : raw.replace(LEADING_CONJUNCTION, '').replace(TRAILING_ADVERB, '').trim();
    // "Staf Khusus Menteri Agama itu": a description with a demonstrative points back like a pronoun;
    // "unggahan tersebut" (the post) is a document, and stays as written.
    const pointsBack = phrase !== null && ANAPHORIC_DESCRIPTION.test(phrase) && !DOCUMENT_HEADS_ID.has(phrase.toLowerCase().split(/\s+/)[0]!);
    // "they said": the group last said to speak (organisers, police), never one person.
    if (phrase !== null && /^(?:they|mereka)$/i.test(phrase)) {
      const group = [...groups].reverse().find((g) => g.at < at);
      return { speaker: group?.speaker ?? null, speakerKey: group?.speakerKey ?? null };
    }
    if (phrase === null || SPEAKER_PRONOUNS.has(phrase.toLowerCase()) || pointsBack) {
      const last = lastSpeaker(events, at);
      if (last || phrase === null || !pointsBack) return { speaker: last?.name ?? null, speakerKey: last?.key ?? null };
    }
    // "Menkominfo": a minister's short title, for the one person the article gives that office.
    const office = officeHolder(phrase, people);
    if (office) return remember(office, at);
    // `"…," it said`: the organisation named last.
    if (phrase.toLowerCase() === 'it') {
      const organisation = lastNamed(text, at, people, 'ORGANISATION');
      if (organisation) return { speaker: organisation.name, speakerKey: organisation.key };
    }
    // "The mayor": a definite description of someone the article names with that title.
    const described = describedEntity(phrase, entities);
    if (described) return remember(described, at);
    // "the Kentucky Republican", "the rookie defenceman": a description of the person just named.
    const meant = personDescription(phrase, people) ? lastNamed(text, at, people.filter((e) => !e.mentions.some((m) => phrase.includes(m)))) : null;
    if (meant) return remember(meant, at);
    // The subject is the phrase's first part; an apposition after a comma describes it.
    const entity = entityIn(phrase, people);
    if (entity?.type === 'PERSON') return remember(entity, at);
    // "Guest said": a surname the recogniser missed because it is also a word, of the one person who bears it.
    const surnameOf = bySurname(phrase, people);
    if (surnameOf) return remember(surnameOf, at);
    const head = phrase.split(',')[0]!.trim();
    // A description ending in a name the recogniser left open: the name ("Oilers head coach Ken Hitchcock").
    const name = trailingName(head);
    if (name && !(entity && name.endsWith(entity.name))) return { speaker: name, speakerKey: null };
    if (entity) {
      if (entity.type === 'ORGANISATION') groups.push({ at, speaker: entity.name, speakerKey: entity.key });
      return remember(entity, at);
    }
    const description = cleanDescription(head);
    // In text without capitals, a short phrase after a verb of saying is a name ("kata mahfud"): remember it for "katanya".
    if (description && caseless && description.split(/\s+/).length <= 3) events.push({ at, entity: { name: description, key: null, type: 'PERSON' } });
    if (description && isPlural(description)) groups.push({ at, speaker: description, speakerKey: null });
    return { speaker: description, speakerKey: null };
  };
  /** Speakers that are groups (organisations, plural descriptions), for "they said". */
  const groups: { at: number; speaker: string; speakerKey: string | null }[] = [];
  const remember = (entity: EntityMention, at: number): { speaker: string; speakerKey: string } => {
    events.push({ at, entity });
    events.sort((a, b) => a.at - b.at);
    return { speaker: entity.name, speakerKey: entity.key };
  };

  type Found = Quote & { at: number; end?: number };
  // Direct quotations and their attributions, not yet resolved.
  const direct: { span: Span; attribution: Attribution | null }[] = [];
  for (const span of findQuoteSpans(text)) {
    const words = span.text.split(/\s+/).filter(Boolean).length;
    if (words < MIN_QUOTE_WORDS || isTeaserLine(text, span.start)) continue;
    const after = text.slice(span.end + 1, span.end + 200).split('\n')[0]!;
    const before = text.slice(Math.max(0, span.start - 200), span.start).split('\n').pop()!;
    // "kuliah umum bertajuk “…”", "a report titled “…”": a name in quotation marks, not words someone said.
    if (NAMED_BY.test(before)) continue;
    const attribution = attributionAfter(after) ?? attributionBefore(before) ?? nameAfter(after, people);
    if (!attribution && words < MIN_UNATTRIBUTED_WORDS) continue;
    direct.push({ span, attribution });
  }
  const reported = reportedStatements(body, direct.map((d) => d.span), people, caseless);

  // Speakers are resolved in reading order, so that "katanya" and "Ia mengatakan" find whoever was
  // last said to speak, by a quotation or by a reported statement.
  const steps = [
    ...direct.map((d) => ({ at: d.span.start, direct: d, reported: null })),
    ...reported.map((r) => ({ at: r.at, direct: null, reported: r })),
  ].sort((a, b) => a.at - b.at);
  let previous: Found | null = null;
  for (const step of steps) {
    if (step.reported) {
      const r = step.reported;
      found.push({ kind: 'reported', text: r.clause, ...resolve(r.subject, r.at), cue: `${r.subject} ${r.verb}`, sentence: r.sentence, at: r.at });
      continue;
    }
    const { span, attribution } = step.direct!;
    // No attribution: the words go on from the quotation just before, if there is one close by.
    const last: Found | null = previous;
    const continues = !attribution && last !== null && span.start - (last.end ?? last.at) < CONTINUATION_CHARS;
    // Neither attributed nor continuing: a quoted paragraph belongs to whoever was last said to speak.
    const who = attribution ? resolve(attribution.phrase, span.start) : continues && last ? { speaker: last.speaker, speakerKey: last.speakerKey } : resolve(null, span.start);
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
}

/** Statements in reported speech (`X mengatakan …`, `Menurut X, …`, `X said …`): who, by which verb, what. */
function reportedStatements(body: Sentence[], quoted: Span[], people: EntityMention[], caseless: boolean): ReportedCandidate[] {
  const out: ReportedCandidate[] = [];
  for (const sentence of body) {
    // Only what stands before a quotation is reported speech: the quotation, and whatever of it the
    // sentence splitter left in this sentence ("A. B," kata X), are direct. A few quoted words inside
    // a sentence are still reported speech.
    if (/^\s*["“”«»‘]/.test(sentence.text)) continue;
    const end = sentence.start + sentence.text.length;
    const quotedAt = quoted.filter((q) => q.start < end && q.end > sentence.start && q.text.split(/\s+/).length >= 4).map((q) => q.start - sentence.start);
    const cut = quotedAt.length ? Math.min(...quotedAt) : sentence.text.length;
    if (cut <= 0) continue;
    const plain = sentence.text.slice(0, cut).replace(/["“”«»]/g, '').trim();
    const m = reportedSpeech(plain, caseless);
    if (!m?.groups) continue;
    const clause = [m.groups.clause!, m.groups.rest].filter(Boolean).join(' ').replace(/[.!\s]+$/, '');
    // "menteri koordinator …, mahfud md, menyebutkan": the name set off by commas is the speaker.
    const apposition = m.groups.apposition?.trim();
    const named = apposition && (people.some((e) => e.type === 'PERSON' && e.mentions.includes(apposition)) || (caseless && apposition.split(/\s+/).length <= 3));
    // "Dikatakannya, …" names its speaker only by the enclitic: whoever was last said to speak.
    // "In early November the company announced …": the subject after the adverbial.
    const subject = named ? apposition : (m.groups.subject ?? m.groups.subject2 ?? 'dia').trim().replace(LEADING_ADVERBIAL, '');
    if (clause.split(/\s+/).length < MIN_REPORTED_WORDS || !isSpeakerPhrase(subject) || REFERS_BACK.test(clause)) continue;
    const verb = m.groups.verb ?? m.groups.verb2 ?? (/^menurut/i.test(sentence.text) ? 'menurut' : 'according to');
    // "Hamilton added a goal": a verb that also takes a plain object says something only with "that" or a comma.
    if (m.groups.clause && !m.groups.that && !m.groups.comma && SAYING_NEEDS_THAT.test(verb) && !FINITE_CLAUSE.test(m.groups.clause)) continue;
    out.push({ at: sentence.start, sentence: sentence.index, subject, verb, clause });
  }
  return out;
}

/** A time or place phrase before an English subject without a comma: "In early November the company". */
const LEADING_ADVERBIAL = /^(?:in|on|at|during|after|before|since|from|for)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?=(?:the|a|an|he|she|they|it|we)\s)/iu;

/** "menhan mengatakan hal tersebut ketika …": the clause points back at something said before; it says nothing itself. */
const REFERS_BACK = /^(?:hal|hal-hal)\s+(?:itu|tersebut|ini)\b/i;

/** A clause with a subject and a finite verb early on ("a study had been done"), unlike an object ("responsibility for the attack"). */
const FINITE_CLAUSE = /^(?:[\p{L}\d'’-]+\s+){1,5}?(?:is|are|was|were|had|has|have|will|would|could|can|should|may|might|must|did|does|do)(?:n['’]t)?\b/iu;

/** A paragraph of its own that ends in a person's name, the way pages print a pull quote: "… an emergency. Linda Lamoureux". */
const PULL_QUOTE = /^(?<words>[^"“”«»\n]{20,}[.!?])\s+(?<name>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})(?:,\s*[^,.\n]{2,40}(?:\.\p{L}{2,4})?)?\s*$/u;

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
const PARTICIPLE_STATEMENT = /,\s+(?:noting|adding|saying|insisting|arguing|explaining|stressing|warning|seraya menambahkan|sambil menegaskan)\s+(?:that\s+|bahwa\s+)?(?<clause>[^"“”]{15,}?)[.!]?\s*$/u;

function participleStatements(body: Sentence[], found: (Quote & { at: number })[]): (Quote & { at: number })[] {
  const statements: (Quote & { at: number })[] = [];
  for (const sentence of body) {
    const m = PARTICIPLE_STATEMENT.exec(sentence.text);
    const clause = m?.groups?.clause?.trim();
    if (!clause || clause.split(/\s+/).length < MIN_REPORTED_WORDS) continue;
    // The speaker is whoever the sentence already has speaking; without one, the participle hangs on something else.
    const first = found.find((q) => q.sentence === sentence.index && q.speaker);
    if (!first || found.some((q) => q.sentence === sentence.index && q.text.includes(clause))) continue;
    statements.push({
      kind: 'reported', text: clause, speaker: first.speaker, speakerKey: first.speakerKey, cue: m![0].trim().split(/\s+/)[1]!,
      sentence: sentence.index, at: sentence.start + m!.index,
    });
  }
  return statements;
}

// The parenthetical Indonesian form first: "para purnawirawan, kata dia, juga berharap …" is Mahfud's report, not "juga"'s hope.
const REPORTED_FORMS = [
  REPORTED_PARENTHETICAL_ID, REPORTED_PASSIVE_ID, REPORTED_SUBJECT_FIRST, REPORTED_SUBJECT_LAST, REPORTED_ACCORDING, REPORTED_VERB_SUBJECT_LAST,
  REPORTED_ACCORDING_LAST, REPORTED_TOLD_LAST, REPORTED_PARENTHETICAL,
];
/** The same forms, for text written all in lower case (Antara's archive), where names have no capitals. */
const REPORTED_FORMS_CASELESS = REPORTED_FORMS.map((r) => new RegExp(r.source, r.flags.includes('i') ? r.flags : `${r.flags}i`));

/** The first form of reported speech the sentence fits: subject, verb and statement. */
function reportedSpeech(sentence: string, caseless: boolean): RegExpExecArray | null {
  for (const form of caseless ? REPORTED_FORMS_CASELESS : REPORTED_FORMS) {
    const m = form.exec(sentence);
    if (m) return m;
  }
  return null;
}

/** A subject that can be a speaker: a name, a pronoun or a short description, not a clause. */
function isSpeakerPhrase(subject: string): boolean {
  // "Dia kemudian diminta menjelaskan": someone asked to speak has not said anything yet.
  return subject.split(/\s+/).length <= 8 && !/\b(yang|which|who|if|jika|when|ketika)\b/i.test(subject) && !/\b(diminta|ditanya|diharapkan|asked|urged)$/i.test(subject)
    // "As reported by most critics", "It had added 0.5 per cent", "READ MORE: …": no one speaks.
    && !NOT_A_SUBJECT_START.test(subject) && !/^(?:to|but|and)$/i.test(subject) && !/\b(?:have|has|had|is|was|are|were)$/i.test(subject)
    // "He won't say what the message is", "Ia tidak menyebutkan …": a refusal to say is not a statement.
    && !/\b(?:not|won['’]t|wouldn['’]t|didn['’]t|can['’]t|cannot|never|declined to|refused to|long|tidak|tak|belum|enggan|menolak)$/i.test(subject);
}

/** First words of a phrase that opens a subordinate clause or a teaser rather than naming a speaker. */
const NOT_A_SUBJECT_START = /^(?:as|given|it's|read more|watch|related|what|how|why|where|whether|in|on|at|during|from|with|without|for)\b/i;

/** The name at the end of a description: "Oilers head coach Ken Hitchcock" → "Ken Hitchcock". */
function trailingName(phrase: string): string | null {
  const m = /(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+)\s*$/u.exec(phrase.trim());
  return m && m.index > 0 ? m[1]! : null;
}

/** Quote spans in order; straight double quotes pair up in order within a paragraph. */
function findQuoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const [open, close] of PAIRS) {
    let from = 0;
    for (;;) {
      const s = text.indexOf(open, from);
      if (s < 0) break;
      // An apostrophe is not an opening single quote: ‘ must follow a space or the start.
      if (open === '‘' && s > 0 && !/[\s(]/.test(text[s - 1]!)) { from = s + 1; continue; }
      const e = text.indexOf(close, s + 1);
      const paragraphEnd = text.indexOf('\n', s);
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
  for (const paragraph of text.matchAll(/[^\n]+/g)) {
    const marks = [...paragraph[0].matchAll(/"/g)].map((m) => m.index! + paragraph.index!);
    for (let k = 0; k + 1 < marks.length; k += 2) {
      spans.push({ start: marks[k]!, end: marks[k + 1]!, text: text.slice(marks[k]! + 1, marks[k + 1]!).trim() });
    }
    const end = paragraph.index! + paragraph[0].length;
    if (marks.length % 2 === 1 && opensNextParagraph(text, end, '"')) {
      const start = marks[marks.length - 1]!;
      spans.push({ start, end, text: text.slice(start + 1, end).trim() });
    }
  }
  // Inner quotes (a quote inside a quote) are part of the outer one.
  spans.sort((a, b) => a.start - b.start);
  return spans.filter((s, i) => !spans.some((o, j) => j !== i && o.start < s.start && o.end > s.end));
}

/** Words that introduce a title or a name in quotation marks. */
const NAMED_BY = /\b(?:bertajuk|berjudul|bertema|bertemakan|bernama|dijuluki|berslogan|titled|entitled|dubbed|called|named|nicknamed)\s*$|\b(?:tema|slogan|tagline|motto)(?:\s+[\p{L}\d]+){0,3}\s*$/iu;

/** Links to other articles printed inside a body ("READ MORE: ‘…’", "Baca juga: …") quote headlines, not people. */
const TEASER_LINE = /^\s*(?:read more|watch|related|see also|baca juga|simak juga|lihat juga)\b/i;

function isTeaserLine(text: string, at: number): boolean {
  return TEASER_LINE.test(text.slice(text.lastIndexOf('\n', at) + 1, at));
}

/** Whether the paragraph after the line break at `at` opens with the quotation mark `open`. */
function opensNextParagraph(text: string, at: number, open: string): boolean {
  return text.slice(at).replace(/^[\s.]+/, '').startsWith(open);
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
  if (verbFirst) return { phrase: verbFirst[2]!.trim(), cue: `${verbFirst[1]} ${verbFirst[2]!.trim()}` };
  const speakerFirst = SPEAKER_THEN_VERB.exec(after);
  if (speakerFirst) {
    // `" including Lake Cowichan, it said`: the words after the quote go on its sentence; the speaker is the pronoun.
    // `“…,” and added: “…”`: the conjunction hangs the next quotation on this one's speaker, named elsewhere.
    if (CONJUNCTION.test(speakerFirst[1]!.trim())) return null;
    const last = speakerFirst[1]!.split(/,\s*/).pop()!.trim();
    const phrase = SPEAKER_PRONOUNS.has(last.toLowerCase()) || last.toLowerCase() === 'it' ? last : speakerFirst[1]!;
    return { phrase, cue: `${phrase} ${speakerFirst[2]}` };
  }
  return null;
}

function attributionBefore(before: string): Attribution | null {
  const m = SPEAKER_BEFORE_QUOTE.exec(before);
  if (!m) {
    // "Martell, the addictions doctor, is more blunt: “…”": a clause opening with a name, then a colon.
    const colon = /(?:^|[.!?]\s+)(\p{Lu}[^.!?“”"]{1,160}?):\s*$/u.exec(before);
    return colon ? { phrase: colon[1]!.trim(), cue: `${colon[1]!.trim()}:` } : null;
  }
  // The subject is the last clause before the verb ("Pada hari itu, Mark Rutte menuturkan", "Asked what …, he said"),
  // unless the clause is a name set off by commas ("Sekretaris Jenderal NATO, Mark Rutte, menyatakan").
  const full = m[1]!.trim();
  // `…,” and added: “…”`: the same speaker as the quotation before.
  if (CONJUNCTION.test(full.replace(/^[,\s]+/, ''))) return { phrase: null, cue: `${full} ${m[2]}` };
  const parts = full.split(/,\s*/).map((p) => p.trim()).filter(Boolean);
  const last = parts[parts.length - 1] ?? full;
  const subject = SPEAKER_PRONOUNS.has(last.toLowerCase()) || parts.length === 1 ? last : full;
  return { phrase: subject, cue: `${full} ${m[2]}` };
}

/**
 * The entity named in a speaker phrase. The subject comes first, and an apposition may follow it
 * between commas: "Nadia Jamil, principal researcher at Dixon Hall" is Nadia Jamil. In the first
 * part the last person counts, since titles come before names ("Sekretaris Jenderal NATO Mark
 * Rutte"); a later part counts only when it is a name and nothing more ("His father, Ernie
 * LeBlanc,"), not a name inside a description ("younger brother of Seth Jones"). With no person,
 * the last organisation.
 */
function entityIn(phrase: string, people: EntityMention[]): EntityMention | null {
  const parts = phrase.split(',').map((p) => p.trim());
  const person = (e: EntityMention) => e.type !== 'ORGANISATION';
  const first = lastIn(parts[0]!, people, person);
  if (first) return first;
  for (const part of parts.slice(1)) {
    const named = people.find((e) => person(e) && e.mentions.includes(part));
    if (named) return named;
  }
  return lastIn(phrase, people, () => true);
}

function lastIn(phrase: string, people: EntityMention[], accept: (e: EntityMention) => boolean): EntityMention | null {
  let best: EntityMention | null = null;
  let bestAt = -1;
  for (const entity of people) {
    if (!accept(entity)) continue;
    for (const mention of entity.mentions) {
      const at = phrase.lastIndexOf(mention);
      if (at < 0 || !isWordAt(phrase, at, mention.length)) continue;
      // "Bruce Steinberg's sister" is not Bruce Steinberg, nor is "a family in the suburbs of New York" New York.
      if (/['’]s$/.test(mention) || /^(?:\s+\p{Lu}[\p{L}-]*)*['’]s\b/u.test(phrase.slice(at + mention.length))) continue;
      if (/\b(?:of|in|at|from|for|with|on|by|near|to|di|dari|ke|untuk|dengan)\s+(?:the\s+)?$/i.test(phrase.slice(0, at))) continue;
      const score = at + (entity.type === 'PERSON' ? 1000 : 0);
      if (score > bestAt) { best = entity; bestAt = score; }
    }
  }
  return best;
}

function isWordAt(text: string, at: number, length: number): boolean {
  const before = at === 0 ? ' ' : text[at - 1]!;
  const after = at + length >= text.length ? ' ' : text[at + length]!;
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

/** Who was last said to say something before `at`: a quote's speaker or a reporting subject (a person, or an unknown name). */
function lastSpeaker(events: SpeakerEvent[], at: number): SpeakerEvent['entity'] | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.at < at && (e.entity.type === 'PERSON' || e.entity.type === 'MISC')) return e.entity;
  }
  return null;
}

/** Sentences where a person is the subject of a reporting verb: `Putin ... mengatakan ...`. */
function reportingEvents(sentences: Sentence[], people: EntityMention[]): SpeakerEvent[] {
  const events: SpeakerEvent[] = [];
  const speakers = people.filter((p) => p.type === 'PERSON' || p.type === 'MISC');
  for (const sentence of sentences) {
    const verb = REPORTING_VERBS.exec(sentence.text);
    if (!verb) {
      // A person opening a sentence is who the next "dia" most likely means ("Mukti kemudian membacakan …. Dia menjelaskan …").
      const opener = speakers.find((p) => p.type === 'PERSON' && p.mentions.some((m) => sentence.text.startsWith(`${m} `)));
      if (opener) events.push({ at: sentence.start, entity: opener });
      continue;
    }
    const subject = sentence.text.slice(0, verb.index);
    const entity = entityIn(subject, speakers) ?? bySurname(subject.trim(), speakers);
    if (entity) events.push({ at: sentence.start, entity });
  }
  return events;
}

/** Indonesian words for what is written rather than said by someone: "unggahan tersebut" (the post) is no pronoun for the last speaker. */
const DOCUMENT_HEADS_ID = new Set(['unggahan', 'cuitan', 'postingan', 'surat', 'pernyataan', 'laporan', 'keterangan', 'akun', 'tulisan', 'dokumen',
  'situs', 'laman', 'rilis', 'siaran', 'data', 'pesan', 'video', 'poster', 'spanduk', 'putusan', 'aturan', 'peraturan']);

/** The one person whose role is the office a short title stands for ("Menkominfo" for Menteri Komunikasi dan Informatika Budi Arie Setiadi). */
function officeHolder(phrase: string, people: EntityMention[]): EntityMention | null {
  const office = OFFICE_TITLES_ID[phrase.toLowerCase()];
  if (!office) return null;
  const holders = people.filter((e) => e.type === 'PERSON' && e.roles.some((r) => office.test(r)));
  return holders.length === 1 ? holders[0]! : null;
}

/** Heads of descriptions that usually stand for someone the article leaves unnamed, or for a document. */
const UNNAMED_HEADS = new Set(['official', 'officials', 'spokesperson', 'spokesman', 'spokeswoman', 'source', 'sources', 'witness', 'witnesses',
  'residents', 'expert', 'experts', 'analyst', 'analysts', 'officer', 'officers', 'researchers', 'authorities', 'prosecutors',
  'paper', 'memo', 'post', 'tweet', 'release', 'study', 'complaint', 'letter', 'survey', 'website', 'decision', 'ruling', 'document', 'filing',
  'lawsuit', 'claim', 'utility', 'city', 'province', 'state', 'country', 'site', 'page', 'video', 'data', 'figures', 'poll', 'order', 'charge', 'charges',
  'military', 'army', 'navy', 'force', 'forces', 'committee', 'senate', 'parliament', 'coalition', 'campaign', 'newspaper', 'outlet']);
/** Single-word titles: "the minister" is someone the article gives that title, or no one we can tell, never simply the last name. */
const TITLE_HEADS = new Set(TITLES_EN.filter((t) => !t.includes(' ')));

/**
 * Whether a phrase describes a person without naming anyone: "the Kentucky Republican", "the
 * 26-year-old right wing", not "the company", "the report" or "a spokesperson".
 */
function personDescription(phrase: string, people: EntityMention[]): boolean {
  const m = /^the\s+([\p{L}\d'’ -]{2,60})$/iu.exec(phrase);
  if (!m) return false;
  const head = m[1]!.trim().split(/\s+/).pop()!.toLowerCase();
  // "The event organisers" are a group, not the person named last.
  if (isPlural(m[1]!)) return false;
  if (NOT_PERSON_HEADS.has(head) || UNNAMED_HEADS.has(head) || TITLE_HEADS.has(head) || ORG_HEADS_EN.has(head) || PLACE_HEADS_EN.has(head)) return false;
  // A person or organisation named inside is the speaker itself ("the Rockets' coach" aside); a party or state is a description.
  // A name never follows "the": "the Kentucky Republican" describes someone even when the recogniser took it for a name.
  const described = m[1]!.trim();
  return !people.some((e) => (e.type === 'PERSON' || e.type === 'ORGANISATION') && !e.mentions.includes(described) && e.mentions.some((mention) => phrase.includes(mention)));
}

/** The one person whose full name ends in `phrase`, a single capitalised word ("Guest" for Tim Guest). */
function bySurname(phrase: string, people: EntityMention[]): EntityMention | null {
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(phrase)) return null;
  const bearers = people.filter((e) => e.type === 'PERSON' && e.name.includes(' ') && e.name.endsWith(` ${phrase}`));
  return bearers.length === 1 ? bearers[0]! : null;
}

/** Whether an English description names several: "the event organisers", "Prosecutors", "police". */
function isPlural(description: string): boolean {
  const head = description.trim().split(/\s+/).pop()!.toLowerCase();
  return (/[^s'’]s$/.test(head) && !/(?:ss|us|is)$/.test(head)) || /^(?:police|people|staff|officials|crowd|public)$/.test(head);
}

/** The person named last before `at` (within a few paragraphs): whom "the veteran" points back to. */
function lastNamed(text: string, at: number, people: EntityMention[], type: EntityMention['type'] = 'PERSON'): EntityMention | null {
  const window = text.slice(Math.max(0, at - 1500), at);
  let best: EntityMention | null = null;
  let bestAt = -1;
  for (const entity of people) {
    if (entity.type !== type) continue;
    for (const mention of entity.mentions) {
      const found = window.lastIndexOf(mention);
      if (found > bestAt && isWordAt(window, found, mention.length) && !/\bthe\s+$/i.test(window.slice(0, found))) { best = entity; bestAt = found; }
    }
  }
  return best;
}

/** Heads of descriptions that never name a person: an organisation ("the company", "the bank") or a document ("the statement"). */
const NOT_PERSON_HEADS = new Set(['company', 'agency', 'firm', 'group', 'organization', 'organisation', 'union', 'department', 'ministry',
  'government', 'board', 'council', 'club', 'team', 'network', 'bank', 'court', 'airline', 'hospital', 'university', 'commission',
  'authority', 'association', 'foundation', 'corporation', 'league', 'police', 'service', 'party', 'office', 'statement', 'report']);
/** A definite description without a name in it: "the mayor", "the minister". */
const DEFINITE_DESCRIPTION = /^the\s+(?:[\p{Ll}\d][\p{Ll}\d'’-]*\s+){0,3}?([\p{Ll}][\p{Ll}'’-]*)$/iu;

/**
 * The person a definite description means when the article leaves no doubt: "the mayor" is the
 * one person whose role says mayor (Mayor Doug McCallum). Otherwise the description stays as
 * written: "the company" resolved to the organisation named most often was wrong as often as
 * right while English organisations are recognised as loosely as they are ("NEW YORK" datelines).
 */
function describedEntity(phrase: string, entities: EntityMention[]): EntityMention | null {
  const head = DEFINITE_DESCRIPTION.exec(phrase)?.[1]?.toLowerCase();
  // "the bank" is an organisation, even when someone's role names it (President of the Bank).
  if (!head || NOT_PERSON_HEADS.has(head)) return null;
  const titled = entities.filter((e) => e.type === 'PERSON' && e.roles.some((r) => new RegExp(`\\b${head}\\b`, 'i').test(r)));
  return titled.length === 1 ? titled[0]! : null;
}

function cleanDescription(phrase: string): string | null {
  // "unggahan tersebut yang disertai foto": the relative clause describes; the description is before it.
  const cleaned = phrase.replace(/^(pada|di|dalam|sementara itu|namun|lalu|kemudian)\b[^,]*,\s*/i, '').replace(/\s+yang\s.*$/i, '').trim();
  return cleaned || null;
}

function sentenceAt(sentences: Sentence[], offset: number): number {
  let index = sentences[0]?.index ?? 0;
  for (const s of sentences) {
    if (s.start <= offset) index = s.index;
    else break;
  }
  return index;
}
