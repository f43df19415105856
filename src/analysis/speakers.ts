// Who a quotation's attribution names: pronouns and bare verbs go to whoever was last said to
// speak; descriptions to the person they describe when the article leaves no doubt ("the mayor",
// "the Kentucky Republican", "Menkominfo"); "they" to the group last said to speak; names to the
// article's canonical entities. Quotations and statements are resolved in reading order, so that
// each sees the speakers before it.

import type { EntityMention, Sentence } from '../article.js';
import { shortSubject, titledName } from './caseless-names.js';
import { CONNECTIVES_ID, DOCUMENT_NOUNS, REPORTED_PARENTHETICAL_ID, REPORTED_PARENTHETICAL_PRONOUN_ID, REPORTING_VERBS, SPEAKER_PRONOUNS } from '../lang/attribution.js';
import { firstAfter } from './offsets.js';
import { NOT_NAME_WORDS_EN, ORG_HEADS_EN, PLACE_HEADS_EN, SENTENCE_OPENERS_EN, TITLES_EN } from '../lang/en/entities.js';
import { DOCUMENT_HEADS_ID, HONORIFICS_ID } from '../lang/id/entities.js';
import { officeHolder } from './office-holder.js';

const ANAPHORIC_DESCRIPTION = /^\p{L}[\p{L}\s()-]*\s(?:itu|tersebut|ini)$/iu;

/** "The company", "the security firm": words for an organisation that point back to one. */
const ORGANISATION_DESCRIPTION = /^the\s+(?:[\p{Ll}-]+\s+)?(?:company|firm|utility|agency|department|ministry|organi[sz]ation|airline|bank|railway|carrier|retailer|automaker|manufacturer|insurer|broadcaster|publisher|operator|provider|charity)$/iu;

/** A speaker phrase that is a document ("the white paper", "the report", "a document titled White Paper"). */
const DOCUMENT_WORDS = new RegExp(`\\b(?:${DOCUMENT_NOUNS})s?\\b`, 'i');
/** A document introduced with its issuer: "a report by Statistics Canada", "a document … on Canadian Pacific Railway's website". */
const DOCUMENT_ISSUER = new RegExp(String.raw`\b(?:a|an|the|its)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${DOCUMENT_NOUNS})\b[^.\n]{0,100}?\b(by|from|of|on)\s+(?:the\s+)?(\p{Lu}[\p{L}&.-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}&.-]*){0,5})(?:['’]s\b|(?=[\s,.;:]))`, 'gu');

/** Months and days, which follow "on" and "from" as often as names do. */
const CALENDAR_EN = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** Names of documents: "White Paper", "Annual Report". */
const DOCUMENT_NAME = new RegExp(`\\b(?:${DOCUMENT_NOUNS})$`, 'i');


/**
 * A dateline before a story's first words: "NEW YORK (AP) — ", "BEIJING -- ". The body cleaner takes
 * one off the first paragraph; scraped pages also leave them after header lines.
 */
const DATELINE = /^\p{Lu}[\p{Lu}\s.,'’-]{2,40}(?:\([^)]{1,20}\))?\s*[—–-]{1,2}\s*/u;

/** Words that open a clause of time or place before a subject ("In a statement, his office", "Pada hari itu, Mark Rutte"). */
const ADVERBIAL_OPENER = /^(?:in|on|at|during|after|before|since|from|with|for|dalam|pada|di|saat|ketika|usai|seusai|setelah|sebelum|when|while|as|if|asked|pressed|reached|contacted|speaking|talking|writing|responding|replying|referring|reacting|commenting|addressing|given|despite|although|though|because|knowing|having|being|seeing|hoping|fearing|feeling|facing|citing|following)\s/i;
const LEADING_CONJUNCTION = new RegExp(String.raw`^(?:but|and|so|yet|then|while|although|though|because|(?:as|after|before|when|until|since|once)(?=\s+(?:he|she|they|it|we)\b)|${CONNECTIVES_ID})\s+`, 'i');
/** A time or place phrase before an English subject without a comma: "In early November the company", "On Wednesday Suncor". */
const LEADING_ADVERBIAL_EN = /^(?:(?:in|on|at|during|after|before|since|from|for)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?=(?:the|a|an|he|she|they|it|we)\s)|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)/iu;
/** The same in Indonesian, where capitals may not mark the name: "dalam pasal itu muhammadiyah". */
const LEADING_ADVERBIAL_ID = /^(?:dalam|pada|di|saat|ketika|usai|seusai|setelah|sebelum)\s+(?:\S+\s+){0,3}?(?:itu|ini|tersebut)\s+/i;
const TRAILING_ADVERB = /\s+(?:also|later|then|previously|earlier|again|further|only|even|still|juga|pun|kemudian|kembali|lagi|pula|sempat|hanya|bahkan|tetap|masih|justru|lantas|langsung|pernah|sendiri|telah|sudah|malah|lalu|akhirnya|sebelumnya|sekaligus|turut|ikut)$/i;
/** "purnawirawan jenderal bintang empat itu berharap": a verb after a description that points back. */
const TRAILING_VERB_ID = /(\s(?:itu|tersebut|ini))\s+(?:ber|me|men|mem|meng|meny)\p{Ll}{3,}$/u;
/** "ujar dia melanjutkan", "lanjut dia Diberitakan sebelumnya" (the next sentence glued on): a pronoun, then words that are not the speaker. */
const PRONOUN_THEN_VERB = /^([Dd]ia|[Ii]a|[Bb]eliau)\s+(?:(?:me|ber)\p{Ll}{3,}|\p{Lu}.*)$/u;
/** "the person who spoke Thursday to The Associated Press on condition of anonymity": a relative clause describes the subject. */
const RELATIVE_CLAUSE = /\s+(?:who|which)\s[^,]*$/i;

/**
 * The subject a phrase before or after a verb of saying names, without what stands around it:
 * conjunctions and clauses of time or place before it, adverbs and relative clauses after it
 * ("But he also", "In a statement, his office", "dalam pasal itu muhammadiyah", "ryamizard kembali").
 */
export function speakerPhrase(raw: string): string {
  const parts = raw.replace(DATELINE, '').split(/,\s*/).map((p) => p.trim()).filter(Boolean);
  while (parts.length > 1 && ADVERBIAL_OPENER.test(parts[0]!)) parts.shift();
  const phrase = parts.join(', ').replace(LEADING_CONJUNCTION, '').replace(LEADING_ADVERBIAL_EN, '').replace(LEADING_ADVERBIAL_ID, '');
  // "the lanky, bespectacled professor": adjectives set off by commas make one description.
  const described = /^the\s/i.test(phrase) ? phrase.replace(/,(?=\s+\p{Ll})/gu, '') : phrase;
  return described.replace(TRAILING_ADVERB, '').replace(TRAILING_VERB_ID, '$1').replace(PRONOUN_THEN_VERB, '$1').replace(RELATIVE_CLAUSE, '')
    .replace(DID_THEN_SAID, '$1').trim();
}

/** "Alba shared a picture of newborn Hayes on Instagram and (wrote)": the name that did one thing, then spoke. */
const DID_THEN_SAID = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})\s+\p{Ll}+ed\b[^,;]*\s(?:and|then)$/u;

interface SpeakerEvent {
  at: number;
  /** A recognised person, or a bare name (text written all in lower case has no recognised names). */
  entity: EntityMention | { name: string; key: null; type: 'PERSON' };
}

/** Resolves the speakers of one article's quotations and statements, in reading order. */
export class SpeakerResolver {
  /** Who can speak: people and organisations, and unknown names of two words or more (English names the recogniser left open). */
  readonly people: EntityMention[];
  private readonly events: SpeakerEvent[];
  /** Whether `events` holds a phrase filed out of order (text without capitals), to be sorted in with the next speaker. */
  private unsorted = false;
  private readonly expansions = new Map<string, string | null>();
  /** Each person's sex as the article states it (`sexOf`), by entity key. */
  private readonly sexes = new Map<string, Sex | null>();
  /** Speakers that are groups (organisations, plural descriptions), for "they said". */
  private readonly groups: { at: number; speaker: string; speakerKey: string | null }[] = [];
  /** Unnamed speakers described with "a" or "an", by the noun that heads them, for a later "the person", "the official". */
  private readonly described: { at: number; head: string; speaker: string }[] = [];
  /** Speakers that are organisations or other names not of a person, for "it said". */
  private readonly organisations: { at: number; speaker: string; speakerKey: string | null }[] = [];
  /** Text written all in lower case (Antara's archive) has no recognised names. */
  readonly caseless: boolean;

  /** Documents the article names with whoever issued them, in reading order. */
  private readonly issuers: { at: number; issuer: string }[];

  constructor(private readonly text: string, body: Sentence[], private readonly entities: EntityMention[]) {
    // Not a day ("a statement on Monday") nor a word that opens sentences ("The"); "on" only before a possessive ("on X's website").
    this.issuers = [...text.matchAll(DOCUMENT_ISSUER)]
      .filter((m) => !NOT_NAME_WORDS_EN.has(m[2]!.toLowerCase()) && !SENTENCE_OPENERS_EN.has(m[2]!.split(' ')[0]!.toLowerCase())
        && !CALENDAR_EN.test(m[2]!) && (m[1] !== 'on' || /['’]s$/.test(m[0])))
      .map((m) => ({ at: m.index!, issuer: m[2]! }));
    this.people = entities.filter((e) => e.type === 'PERSON' || e.type === 'ORGANISATION' || (e.type === 'MISC' && e.name.includes(' ')));
    this.caseless = !/\p{Lu}/u.test(text);
    this.events = reportingEvents(text, body, this.people, this.caseless);
  }

  /** What the article says of a person's sex, asked for once per person ("Mrs May", "her husband Cash Warren"). */
  private sexOf(entity: SpeakerEvent['entity']): Sex | null {
    if (entity.key === null) return null;
    let sex = this.sexes.get(entity.key);
    if (sex === undefined) this.sexes.set(entity.key, (sex = 'mentions' in entity ? statedSex(this.text, entity.mentions) : null));
    return sex;
  }

  /** The speaker a phrase before or after a quotation names (null: a bare verb or pronoun), canonicalised, at offset `at`. */
  resolve(raw: string | null, at: number): { speaker: string | null; speakerKey: string | null } {
    const phrase = raw === null ? null : speakerPhrase(raw);
    // "Staf Khusus Menteri Agama itu": a description with a demonstrative points back like a pronoun;
    // "unggahan tersebut" (the post) is a document, and stays as written.
    const pointsBack = phrase !== null && ANAPHORIC_DESCRIPTION.test(phrase) && !DOCUMENT_HEADS_ID.has(phrase.toLowerCase().split(/\s+/)[0]!);
    // "they said": the group last said to speak (organisers, police), never one person.
    if (phrase !== null && /^(?:they|mereka)$/i.test(phrase)) {
      const group = [...this.groups].reverse().find((g) => g.at < at);
      return { speaker: group?.speaker ?? null, speakerKey: group?.speakerKey ?? null };
    }
    // "her statement", "his letter": the words of the person last said to speak.
    const theirWords = phrase !== null && /^(?:his|her)\s+(?:statement|letter|tweet|post|memo|email|e-mail|message|remarks)$/i.test(phrase);
    if (phrase === null || SPEAKER_PRONOUNS.has(phrase.toLowerCase()) || pointsBack || theirWords) {
      // "She told us": not a man the article calls Mr, a husband, a brother …
      const sex = phrase === null ? null : /^he$/i.test(phrase) ? 'male' : /^she$/i.test(phrase) ? 'female' : null;
      const last = lastSpeaker(this.events, at, sex === null ? null : (e) => { const stated = this.sexOf(e); return stated === null || stated === sex; });
      if (last || phrase === null || !(pointsBack || theirWords)) return { speaker: last?.name ?? null, speakerKey: last?.key ?? null };
    }
    // "The white paper said": a document speaks for whoever issued it ("a document titled White Paper … on Canadian
    // Pacific Railway's website", "a report by Statistics Canada").
    if (!this.caseless && DOCUMENT_WORDS.test(phrase)) {
      // Named before, or right after the quotation it speaks ("“…,” says a document titled White Paper … on X's website").
      const issued = [...this.issuers].reverse().find((d) => d.at < at + 300 && at - d.at < 4000);
      if (issued) return { speaker: issued.issuer, speakerKey: null };
      // "Jason Schultz, technical researcher at Talos, stated in the company's blog post that …" and later "“…,” the post
      // read": the person last said to speak in such a document.
      // Only "the post", "the statement": one that names its issuer ("a statement from the EU") is that issuer's.
      const noun = /^the\s/i.test(phrase) && !/\b(?:by|from|of)\b/i.test(phrase) ? DOCUMENT_WORDS.exec(phrase)![0].toLowerCase().replace(/s$/, '') : null;
      // Said in one ("stated in the company's blog post"), or a sentence opening with one ("In a statement, Backroads spokeswoman Liz Einbinder said").
      const spokeIn = new RegExp(String.raw`\b(?:said|says|stated|states|wrote|writes|added|adds|explained|noted|announced|posted|tweeted|warned)\s+in\s+(?:[\p{L}’'-]+\s+){0,3}${noun}s?\b|^in\s+(?:a|an|the|its|his|her)\s+(?:[\p{L}’'-]+\s+){0,2}${noun}s?\b`, 'iu');
      const author = noun === null ? undefined : [...this.events].reverse().find((e) => e.at < at && at - e.at < 4000 && e.entity.type === 'PERSON'
        && spokeIn.test(this.text.slice(e.at, e.at + 400).split(/(?<=[.!?])\s/)[0]!));
      if (author) return { speaker: author.entity.name, speakerKey: author.entity.key };
    }
    // "Menkominfo": a minister's short title, for the one person the article gives that office.
    const office = officeHolder(phrase, this.people);
    if (office) return this.remember(office, at);
    // `"…," it said`, "the department said": the organisation last said to speak ("BC Hydro said in a statement …"); for
    // "it", or else the one named last.
    if (phrase.toLowerCase() === 'it' || ORGANISATION_DESCRIPTION.test(phrase)) {
      // "The Calgary-based railway said …": the organisation whose name says what the description says (one that spoke, or
      // issued a document), else the last to speak.
      const noun = phrase.toLowerCase() === 'it' ? null : phrase.toLowerCase().split(/\s+/).pop()!;
      const namesIt = (name: string) => noun !== null && name.toLowerCase().split(/\s+/).includes(noun);
      const spoke = [...this.organisations].reverse().filter((o) => o.at < at && at - o.at < 3000);
      const called = spoke.find((o) => namesIt(o.speaker)) ?? [...this.issuers].reverse().find((d) => d.at < at && namesIt(d.issuer));
      if (called) return { speaker: 'issuer' in called ? called.issuer : called.speaker, speakerKey: 'issuer' in called ? null : called.speakerKey };
      if (spoke[0]) return { speaker: spoke[0].speaker, speakerKey: spoke[0].speakerKey };
    }
    if (phrase.toLowerCase() === 'it') {
      // Not a teaser's label in capitals ("WATCH: …").
      const organisation = lastNamed(this.text, at, this.people.filter((e) => !NOT_NAME_WORDS_EN.has(e.name.toLowerCase())), 'ORGANISATION');
      if (organisation) return { speaker: organisation.name, speakerKey: organisation.key };
    }
    // "according to the person who spoke …" after "A person familiar with the negotiations says …": the one described before.
    const definiteHead = DEFINITE_DESCRIPTION.exec(phrase)?.[1]?.toLowerCase();
    const before = definiteHead ? [...this.described].reverse().find((d) => d.at < at && d.head === definiteHead) : undefined;
    if (before) return { speaker: before.speaker, speakerKey: null };
    // "The mayor": a definite description of someone the article names with that title.
    const described = describedEntity(phrase, this.entities);
    if (described) return this.remember(described, at);
    // "the Kentucky Republican", "the rookie defenceman": a description of the person just named.
    const meant = personDescription(phrase, this.people) ? lastNamed(this.text, at, this.people.filter((e) => !e.mentions.some((m) => phrase.includes(m)))) : null;
    if (meant) return this.remember(meant, at);
    // The subject is the phrase's first part; an apposition after a comma describes it.
    const entity = entityIn(phrase, this.people);
    if (entity?.type === 'PERSON') {
      // "Stella's owners Tore Sohlberg and Lehla Abreder said …": two people speak together, and are "they" after.
      const first = entity.mentions[0]!;
      const partner = this.people.find((p) => p !== entity && p.type === 'PERSON' && p.mentions.some((m) => phrase.includes(`${first} and ${m}`) || phrase.includes(`${m} and ${first}`)));
      if (partner) {
        // In the order the article names them.
        const partnerAt = Math.min(...partner.mentions.map((m) => phrase.indexOf(m)).filter((i) => i >= 0));
        const both = phrase.indexOf(first) < partnerAt ? `${entity.name} and ${partner.name}` : `${partner.name} and ${entity.name}`;
        this.groups.push({ at, speaker: both, speakerKey: null });
        this.remember(entity, at);
        return { speaker: both, speakerKey: entity.key };
      }
      return this.remember(entity, at);
    }
    // "Guest said": a surname the recogniser missed because it is also a word, of the one person who bears it.
    const surnameOf = bySurname(phrase, this.people);
    if (surnameOf) return this.remember(surnameOf, at);
    const head = phrase.split(',')[0]!.trim();
    // A description ending in a name the recogniser left open: the name ("Oilers head coach Ken Hitchcock").
    const name = trailingName(head);
    if (name && !(entity && name.endsWith(entity.name))) return { speaker: name, speakerKey: null };
    // An organisation, or a name not of a person.
    if (entity) {
      if (entity.type === 'ORGANISATION') this.groups.push({ at, speaker: entity.name, speakerKey: entity.key });
      // A document that speaks ("a document titled White Paper") is not what "the railway" or "it" points back to.
      if (!DOCUMENT_NAME.test(entity.name)) this.spokeAsOrganisation(at, entity.name, entity.key);
      return this.remember(entity, at);
    }
    const description = cleanDescription(head);
    // "Facebook said …", "TechCrunch reported …": one capitalised word the recogniser left open names an organisation
    // (a person would be named in full first), for a later "it" or "the company".
    if (description && !this.caseless && /^\p{Lu}[\p{L}&.-]+$/u.test(description) && !SENTENCE_OPENERS_EN.has(description.toLowerCase())) {
      this.spokeAsOrganisation(at, description, null);
    }
    // In text without capitals, a phrase after a verb of saying ends in a name ("kata mahfud", "kata direktur rsud sepaku
    // eka wardhana"): remember it, or its last two words, for "katanya".
    // "sekretaris jenderal dpp pdip hasto kristiyanto": the name after the office, when text without capitals gives one.
    const titled = description && this.caseless ? titledName(description) : null;
    const named = titled && description!.endsWith(titled) ? titled : null;
    if (description && this.caseless) {
      const words = description.split(/\s+/);
      // Filed last, out of order, until the next speaker is remembered: "katanya" right after means this phrase.
      this.events.push({ at, entity: { name: named ?? (words.length <= 3 ? description : words.slice(-2).join(' ')), key: null, type: 'PERSON' } });
      this.unsorted = true;
    }
    if (description && isPlural(description)) this.groups.push({ at, speaker: description, speakerKey: null });
    // "A person familiar with the negotiations", "an official": someone unnamed, whom "the person" means later.
    const unnamed = description && !this.caseless ? /^(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\b/iu.exec(description)?.[1] : undefined;
    if (unnamed) this.described.push({ at, head: unnamed.toLowerCase(), speaker: description! });
    return { speaker: named && named.includes(' ') ? named : description, speakerKey: null };
  }

  /** Records that an organisation speaks at `at`, for a later "it" or "the company"; not a teaser's label ("WATCH: …"). */
  private spokeAsOrganisation(at: number, name: string, key: string | null): void {
    if (!NOT_NAME_WORDS_EN.has(name.toLowerCase())) this.organisations.push({ at, speaker: this.expansion(name) ?? name, speakerKey: key });
  }

  /**
   * Whether someone other than `speaker` (a key or a name) is said to speak, or opens a sentence,
   * between two offsets: "Tim Guest with the Health Authority says …" between two quotations.
   */
  otherSpeakerBetween(speaker: string | null, from: number, to: number): boolean {
    if (this.unsorted) return this.events.some((e) => e.at > from && e.at < to && (e.entity.key ?? e.entity.name) !== speaker && e.entity.name !== speaker);
    for (let i = firstAfter(this.events, from, (e) => e.at); i < this.events.length && this.events[i]!.at < to; i++) {
      const e = this.events[i]!;
      if ((e.entity.key ?? e.entity.name) !== speaker && e.entity.name !== speaker) return true;
    }
    return false;
  }

  /** Records that `entity` speaks at `at`, for the pronouns after it. */
  private remember(entity: EntityMention, at: number): { speaker: string; speakerKey: string } {
    this.record({ at, entity });
    return { speaker: this.expansion(entity.name) ?? entity.name, speakerKey: entity.key };
  }

  /** acronymExpansion over this text, read once per name: an article quoting NATO a thousand times spells it out once. */
  private expansion(name: string): string | null {
    if (!this.expansions.has(name)) this.expansions.set(name, acronymExpansion(this.text, name));
    return this.expansions.get(name)!;
  }

  /** Files an event in order of offset, after those at the same offset (an article of thousands of quotations is not sorted once per quotation). */
  private record(event: SpeakerEvent): void {
    if (!this.unsorted) { this.events.splice(firstAfter(this.events, event.at, (e) => e.at), 0, event); return; }
    this.events.push(event);
    this.events.sort((a, b) => a.at - b.at);
    this.unsorted = false;
  }
}

/**
 * An acronym with what it stands for when the article spells it out: "Immigration, Refugees and
 * Citizenship Canada (IRCC)" for IRCC, capitalised words whose initials are the acronym's letters
 * (function words between them allowed). Null when the article does not spell it out.
 */
export function acronymExpansion(text: string, name: string): string | null {
  if (!/^\p{Lu}{2,6}$/u.test(name)) return null;
  const words = text.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    if (words[i]![0] !== name[0] || !/^\p{Lu}\p{Ll}/u.test(words[i]!)) continue;
    const taken = [words[i]!];
    let matched = 1;
    for (let j = i + 1; j < words.length && matched < name.length && taken.length < name.length + 4; j++) {
      const word = words[j]!;
      if (/^(?:and|of|for|the|on|in|&)$/.test(word)) { taken.push(word); continue; }
      if (word[0] !== name[matched] || !/^\p{Lu}\p{Ll}/u.test(word)) break;
      taken.push(word);
      matched++;
      // A name ends at a word that ends a clause.
      if (/[.;:!?)]$/.test(word) && matched < name.length) break;
    }
    if (matched === name.length && taken.slice(0, -1).every((w) => !/[.;:!?]$/.test(w))) return `${taken.join(' ').replace(/[,.;:!?]+$/, '')} (${name})`;
  }
  return null;
}

/** The name at the end of a description: "Oilers head coach Ken Hitchcock" → "Ken Hitchcock". */
function trailingName(phrase: string): string | null {
  const m = /(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+)\s*$/u.exec(phrase.trim());
  if (!m || m.index === 0) return null;
  // "Kepala Dinas Perikanan dan Kelautan Jawa Timur": the rest of an office after its "dan", no name.
  if (/\s(?:dan|and)\s+$/.test(phrase.trim().slice(0, m.index))) return null;
  if (!RELATION_BEFORE_ID.test(phrase.trim().slice(0, m.index))) return m[1]!;
  // "Ketua tim kuasa hukum CAT Aristo Pangaribuan": the client, in initials, then the lawyer.
  const client = /^\p{Lu}{2,6}\s+(\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]+)+)$/u.exec(m[1]!);
  return client ? client[1]! : null;
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

/** Words for someone who speaks for or belongs to the person named after them (Indonesian puts the person after); not ibu, also the honorific of Ibu Sri Mulyani. */
const RELATION_BEFORE_ID = /\b(?:kuasa hukum|penasihat hukum|tim hukum|pengacara|juru bicara|jubir|istri|suami|anak|ayah|adik|kakak|ajudan|keluarga|kerabat|kubu)\s+$/i;

/**
 * Whether the one-word `mention` of `entity` at `at` ends a first name and surname of another person, both
 * people bearing that surname ("Eric Paddock" holds "Paddock", which the article also gives Stephen Paddock).
 */
function sharedSurnameInside(phrase: string, at: number, mention: string, entity: EntityMention, people: EntityMention[]): boolean {
  if (mention.includes(' ') || entity.type !== 'PERSON' || !entity.name.endsWith(` ${mention}`)) return false;
  const before = /(\p{Lu}\p{Ll}+)\s+$/u.exec(phrase.slice(0, at))?.[1];
  const full = before ? `${before} ${mention}` : null;
  return full !== null && people.some((other) => other !== entity && other.type === 'PERSON' && other.mentions.includes(full));
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
      // "kuasa hukum Gazalba Saleh, Aldres Jonathan Napitupulu": the lawyer (spokesperson, wife …) of a person speaks, not the person.
      if (RELATION_BEFORE_ID.test(phrase.slice(0, at))) continue;
      // "Eric Paddock": the brother named in full, not "Paddock" inside it, the surname the gunman Stephen Paddock goes by.
      if (sharedSurnameInside(phrase, at, mention, entity, people)) continue;
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
function lastSpeaker(events: SpeakerEvent[], at: number, fits: ((entity: SpeakerEvent['entity']) => boolean) | null = null): SpeakerEvent['entity'] | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.at < at && (e.entity.type === 'PERSON' || e.entity.type === 'MISC') && (fits === null || fits(e.entity))) return e.entity;
  }
  return null;
}

type Sex = 'male' | 'female';

/** English words that say a person's sex when they stand right before the name (Mr, his brother, the actress). */
const SEX_BEFORE_NAME: Record<Sex, RegExp> = {
  male: /(?:\b(?:Mr\.?|Sir|(?:his|her|their)\s+(?:husband|father|son|brother|boyfriend|grandfather|uncle|nephew|stepfather|stepson)|actor|businessman|congressman|spokesman|chairman|sportsman)\s*,?\s*)$/,
  female: /(?:\b(?:Mrs\.?|Ms\.?|Miss|Dame|(?:his|her|their)\s+(?:wife|mother|daughter|sister|girlfriend|grandmother|aunt|niece|stepmother|stepdaughter)|actress|businesswoman|congresswoman|spokeswoman|chairwoman|sportswoman)\s*,?\s*)$/,
};

/**
 * English subject pronouns of each sex, as the clause after a name uses them for its subject ("Jayme
 * said she knew"). Not "his", "her": "Easley offered to monitor his breathing" is Cable's.
 */
const SEX_PRONOUNS: Record<Sex, RegExp> = { male: /\bhe\b/i, female: /\bshe\b/i };

/**
 * The sex the text states of a person, when it states one only: by the words right before one of
 * its mentions ("Mrs May", "her husband Cash Warren"), or by the pronoun of the clause its name,
 * or its first name alone, begins when it opens a sentence, before any other name ("Jayme told
 * police she could hear the sirens": "He told detectives …" is then not hers).
 */
function statedSex(text: string, mentions: string[]): Sex | null {
  const found = new Set<Sex>();
  const firstNames = mentions.filter((m) => m.includes(' ')).map((m) => m.split(' ')[0]!);
  for (const mention of new Set([...mentions, ...firstNames])) {
    const firstName = !mentions.includes(mention);
    for (let at = text.indexOf(mention); at >= 0; at = text.indexOf(mention, at + mention.length)) {
      const before = text.slice(Math.max(0, at - 40), at);
      if (!firstName) for (const sex of ['male', 'female'] as const) if (SEX_BEFORE_NAME[sex].test(before)) found.add(sex);
      // A subject: the mention opens a sentence and a lower-case word follows it. Up to the sentence's end or the next
      // capitalised word ("I" aside), which may be someone else.
      const after = text.slice(at + mention.length, at + mention.length + 160);
      if (!/(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(before) || !/^\s+\p{Ll}/u.test(after)) continue;
      const clause = /^[^.!?\n“”"]*?(?=[.!?\n“”"]|\s(?!I\b)\p{Lu}|$)/u.exec(after)![0];
      const said = (['male', 'female'] as const).filter((sex) => SEX_PRONOUNS[sex].test(clause));
      if (said.length === 1) found.add(said[0]!);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * Whether a sentence is a statement the one speaking makes, set off by an aside with a pronoun ("Sebab, kata dia, …",
 * "…, menurutnya, …"), as the quotations stage reads reported speech.
 */
function isPronounAside(sentence: string): boolean {
  const subject = REPORTED_PARENTHETICAL_ID.exec(sentence)?.groups?.subject;
  return (subject !== undefined && SPEAKER_PRONOUNS.has(subject.toLowerCase())) || REPORTED_PARENTHETICAL_PRONOUN_ID.test(sentence);
}

/** How far into a sentence, before its first verb, a person named after a title still opens it ("Wakil Sekretaris Jenderal Pengurus Besar Nahdlatul Ulama, Suleman Tanjung memberikan …"). */
const OPENING_CHARS = 120;

/** Sentences where a person is the subject of a reporting verb: `Putin ... mengatakan ...`. */
function reportingEvents(text: string, sentences: Sentence[], people: EntityMention[], caseless: boolean): SpeakerEvent[] {
  const events: SpeakerEvent[] = [];
  const speakers = people.filter((p) => p.type === 'PERSON' || p.type === 'MISC');
  const bare = (name: string | null) => (name ? { name, key: null, type: 'PERSON' as const } : null);
  for (const sentence of sentences) {
    // An embedded post ("— Michelle Rempel (@MichelleRempel) December 18, 2018") names its author, not who speaks next.
    if (EMBEDDED_POST.test(sentence.text)) continue;
    const verb = REPORTING_VERBS.exec(sentence.text);
    // "Hal yang pasti, kata dia, Prabowo memutuskan …": the one speaking goes on speaking, whoever the sentence names.
    if (!verb && isPronounAside(sentence.text)) continue;
    if (!verb) {
      // A person opening a sentence is who the next "dia" most likely means ("Mukti kemudian membacakan …. Dia menjelaskan …");
      // in text without capitals, a name after a title ("ustadz musdar sabam dalam orasinya mengutuk …").
      // So is a person named among a sentence's first words, after a title, before its verb ("Ketua DPP PDI-P Said Abdullah
      // mengaku heran …"), outside quotation marks.
      const verbAt = sentence.text.search(/\s(?:me|ber|di|ter)\p{Ll}{3,}\b/u);
      const head = /["“”]/.test(sentence.text) ? '' : sentence.text.slice(0, Math.min(OPENING_CHARS, verbAt < 0 ? OPENING_CHARS : verbAt + 1));
      // "Given his previously stated views, Shanaaz Gokool, president of …, is hopeful …": the subject after an adverbial clause.
      const opening = speakerPhrase(sentence.text);
      // "For Megda Belkacemi, Friday is a day she has been awaiting": the person the sentence is about.
      const topic = /^For\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,3})(?:,|\s+and\s)/u.exec(sentence.text)?.[1];
      const topicPerson = topic ? speakers.find((p) => p.type === 'PERSON' && p.mentions.includes(topic)) : undefined;
      const opener = topicPerson ?? speakers.find((p) => p.type === 'PERSON' && p.mentions.some((m) => opening.startsWith(m) && /^[\s,]/.test(opening.slice(m.length))))
        ?? speakers.find((p) => p.type === 'PERSON' && p.roles.some((r) => !HONORIFICS_ID.includes(r.toLowerCase())) && p.mentions.some((m) => head.includes(`${m} `)))
        ?? (caseless ? bare(titledName(sentence.text)) : bare(appositiveName(sentence.text)))
        // "Myers also cited an idea …", "Al Hashish, Al Mnajer and their oldest two daughters arrived …": a surname opening the sentence.
        ?? surnameOpening(opening, speakers);
      // A photo caption ("Benjamin Layne, a retired porter, looks at … ( THE CANADIAN PRESS FILE PHOTO )") names who is pictured, not who speaks next.
      if (opener && !isCaption(text, sentence)) events.push({ at: sentence.start, entity: opener });
      continue;
    }
    const subject = sentence.text.slice(0, verb.index);
    const entity = entityIn(speakerPhrase(subject), speakers) ?? bySurname(subject.split(',')[0]!.trim(), speakers)
      ?? (caseless ? bare(titledName(subject) ?? shortSubject(subject)) : bare(appositiveName(subject.trim()) ?? subjectName(speakerPhrase(subject))));
    if (entity) events.push({ at: sentence.start, entity });
  }
  return events;
}

/** The signature of an embedded post: "— Michelle Rempel (@MichelleRempel) December 18, 2018". */
const EMBEDDED_POST = /\(@\w+\)\s+\p{Lu}\p{Ll}+\s+\d{1,2},\s+\d{4}/u;

/** A photo credit closing a paragraph: "( THE CANADIAN PRESS FILE PHOTO )", "(Photo: Reuters)". */
const PHOTO_CREDIT = /\((?:[^()\n]*\b(?:PHOTO|Photo|photo|Getty|GETTY)\b[^()\n]*)\)\s*$/u;

/** A photographer and agency before a caption: "Tijana Martin / The Canadian Press". */
const PHOTOGRAPHER_CREDIT = /^\p{Lu}[\p{L}.'’ -]{2,40}\s\/\s(?:The\s)?(?:Canadian Press|Associated Press|AP|Reuters|Getty Images|AFP|CBC|Bloomberg)\b/u;

/** Whether a sentence belongs to a photo caption: its paragraph ends in a photo credit. */
function isCaption(text: string, sentence: Sentence): boolean {
  if (sentence.start < 0) return false;
  // "Tijana Martin / The Canadian Press Anne Marie Cerato and Patrick Bardos in their Toronto home.": a photographer's credit.
  if (PHOTOGRAPHER_CREDIT.test(sentence.text)) return true;
  const end = text.indexOf('\n', sentence.start);
  const paragraph = text.slice(sentence.start, end < 0 ? text.length : end);
  return paragraph.length < 1000 && PHOTO_CREDIT.test(paragraph);
}

/**
 * A name the recogniser left open, before an apposition that describes a person: "Roman, a
 * resident of the area who operates tours, said …", "Yuni, a resident of Lampung, was watching …".
 */
function appositiveName(text: string): string | null {
  const m = /^(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2}),\s+(?:an?|the)\s+[\p{Ll}\d]/u.exec(text);
  const first = m?.[1]!.split(' ')[0]!.toLowerCase();
  // A function word or an adverb opens a sentence the same way ("In November, the …", "Somehow, a …").
  return m && !SENTENCE_OPENERS_EN.has(first!) && !/ly$/.test(first!) ? m[1]! : null;
}

/**
 * The name a reporting verb's subject consists of when the recogniser left it open, after any
 * title: "Health Minister Randy Delorey" → "Randy Delorey", "Tim Guest with the Nova Scotia Health
 * Authority" → "Tim Guest". Two words at least, all capitalised; null for anything else.
 */
function subjectName(subject: string): string | null {
  const head = subject.split(/,|\s(?:with|of|from|at|for|in|on|who|and)\s/)[0]!.trim();
  const words = head.split(/\s+/);
  if (words.length < 2 || words.length > 6 || !words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w))) return null;
  const lastTitle = words.findLastIndex((w) => TITLE_HEADS.has(w.toLowerCase()));
  const name = words.slice(lastTitle + 1);
  return name.length >= 2 && name.length <= 3 && !SENTENCE_OPENERS_EN.has(name[0]!.toLowerCase()) ? name.join(' ') : null;
}

/** The person whose surname opens a sentence, before a comma or a word in lower case. */
function surnameOpening(opening: string, people: EntityMention[]): EntityMention | null {
  const lead = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)(?=,|\s+\p{Ll})/u.exec(opening)?.[1];
  return lead ? bySurname(lead, people) : null;
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
  // "The former sergeant-at-arms of the House of Commons": the description is what comes before "of".
  const m = /^the\s+([\p{L}\d'’ -]{2,60}?)(?:\s+of\s+[\p{L}\d'’ -]{2,60})?$/iu.exec(phrase);
  if (!m) return false;
  const head = m[1]!.trim().split(/\s+/).pop()!.toLowerCase();
  // "The event organisers" are a group, not the person named last; "the British aid group Gatsby" names its own.
  if (isPlural(m[1]!) || /\s\p{Ll}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*$/u.test(m[1]!)) return false;
  // A bare title ("the minister") is someone the article gives that title, or no one we can tell; with words
  // that describe the person ("the lanky bespectacled professor"), it is the person just named.
  const bareTitle = TITLE_HEADS.has(head) && m[1]!.trim().split(/\s+/).length <= 2;
  if (NOT_PERSON_HEADS.has(head) || UNNAMED_HEADS.has(head) || bareTitle || ORG_HEADS_EN.has(head) || PLACE_HEADS_EN.has(head)) return false;
  // A person or organisation named inside is the speaker itself ("the Rockets' coach" aside); a party or state is a description.
  // A name never follows "the": "the Kentucky Republican" describes someone even when the recogniser took it for a name.
  const described = m[1]!.trim();
  return !people.some((e) => (e.type === 'PERSON' || e.type === 'ORGANISATION') && !e.mentions.includes(described) && e.mentions.some((mention) => described.includes(mention)));
}

/**
 * The one person whose full name ends in `raw`, a single capitalised word ("Guest" for Tim Guest),
 * or else begins with it ("Said" for Said Abdullah, "Mbak Puan" for Puan Maharani).
 */
function bySurname(raw: string, people: EntityMention[]): EntityMention | null {
  // "Mbak Puan", "Pak Basuki": an Indonesian honorific before a first name.
  const phrase = raw.replace(HONORIFIC, '');
  // "Al Hashish" for Fouzia Al Hashish: a surname may keep its particle.
  if (!/^\p{Lu}[\p{L}'’-]+$|^(?:Al|El|Van|Von|De|Da|Bin|Binti)\s\p{Lu}[\p{L}'’-]+$/u.test(phrase)) return null;
  const last = people.filter((e) => e.type === 'PERSON' && e.name.includes(' ') && e.name.endsWith(` ${phrase}`));
  if (last.length === 1) return last[0]!;
  // Indonesian news comes back to people by their first name too ("Said" for Said Abdullah).
  const first = people.filter((e) => e.type === 'PERSON' && e.name.startsWith(`${phrase} `));
  return last.length === 0 && first.length === 1 ? first[0]! : null;
}

/** Indonesian honorifics before a name ("Mbak Puan", "Pak Jokowi"). */
const HONORIFIC = new RegExp(`^(?:${HONORIFICS_ID.join('|')})\\s+`, 'i');

/** Whether an English description names several: "the event organisers", "Prosecutors", "police". */
function isPlural(description: string): boolean {
  // A compound counts by its first word: "sergeant-at-arms" is one person, "attorneys-general" several.
  const head = description.trim().split(/\s+/).pop()!.toLowerCase().split('-')[0]!;
  return (/[^s'’]s$/.test(head) && !/(?:ss|us|is)$/.test(head)) || /^(?:police|people|staff|officials|crowd|public)$/.test(head);
}

/**
 * The person named last before `at` (within a few paragraphs): whom "the veteran" points back to.
 * When the sentence that names them opens with another person, its subject is meant:
 * "Niederreiter has four goals since Minnesota traded him for Victor Rask. The 26-year-old right
 * wing said …" is Niederreiter.
 */
function lastNamed(text: string, at: number, people: EntityMention[], type: EntityMention['type'] = 'PERSON'): EntityMention | null {
  const window = text.slice(Math.max(0, at - 1500), at);
  const mentions: { entity: EntityMention; at: number }[] = [];
  for (const entity of people) {
    if (entity.type !== type) continue;
    for (const mention of entity.mentions) {
      const found = window.lastIndexOf(mention);
      if (found >= 0 && isWordAt(window, found, mention.length) && !/\bthe\s+$/i.test(window.slice(0, found))) mentions.push({ entity, at: found });
      const first = window.indexOf(mention);
      if (first >= 0 && first !== found && isWordAt(window, first, mention.length) && !/\bthe\s+$/i.test(window.slice(0, first))) mentions.push({ entity, at: first });
    }
  }
  if (mentions.length === 0) return null;
  const last = mentions.reduce((a, b) => (b.at > a.at ? b : a));
  const sentenceStart = Math.max(...[...window.slice(0, last.at).matchAll(/[.!?]["”’]?\s+|\n/g)].map((m) => m.index! + m[0].length), 0);
  const subject = mentions.filter((m) => m.at >= sentenceStart && m.at <= sentenceStart + 2).sort((a, b) => a.at - b.at)[0];
  return (subject ?? last).entity;
}

/** Heads of descriptions that never name a person: an organisation ("the company", "the bank") or a document ("the statement"). */
const NOT_PERSON_HEADS = new Set(['company', 'agency', 'firm', 'group', 'organization', 'organisation', 'union', 'department', 'ministry',
  'government', 'board', 'council', 'club', 'team', 'network', 'bank', 'court', 'airline', 'hospital', 'university', 'commission',
  'authority', 'association', 'foundation', 'corporation', 'league', 'police', 'service', 'party', 'office', 'statement', 'report',
  'railway', 'railroad', 'carrier', 'retailer', 'automaker', 'manufacturer', 'insurer', 'lender', 'broadcaster', 'publisher', 'operator',
  'provider', 'charity', 'school', 'church', 'diocese', 'startup', 'giant', 'maker', 'chain', 'brand']);
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

/** A description without its Indonesian relative clause: "unggahan tersebut yang disertai foto" → "unggahan tersebut". */
function cleanDescription(phrase: string): string | null {
  // "kata jaksa mendalami", "ujar petugas menambahkan": what the speaker did after speaking is no part of who it is.
  return phrase.replace(/\s+yang\s.*$/i, '').replace(/\s+(?!menteri\b)me\p{Ll}{3,}(?:kan|i)\b.*$/u, '').trim() || null;
}
