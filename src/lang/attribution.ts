// Attribution words around quotations and reported speech, Indonesian and English.

/** Indonesian verbs of saying written after a quotation: `”, kata Joe Biden`, `ujarnya`. */
const ID_QUOTE_VERBS = 'kata|ujar|ucap|tutur|imbuh|tambah|jelas|tegas|ungkap|sebut|terang|papar|pungkas|lanjut|tulis';
/** A verb after the closing mark, then the speaker: `”, kata Joe Biden`, `," said Rutte`. */
export const VERB_THEN_SPEAKER = new RegExp(String.raw`^\s*,?\s*(${ID_QUOTE_VERBS}|said|says|added|adds|notes|explains|points out|echoes|recalls|admits|told|asked|stated|continued|wrote|responded|replied|explained|noted|recalled|warned|insisted|argued|tweeted|according to)\s+(.{1,120}?)(?=\s*(?:[,.;:!?]|$|\s(?:kepada|pada|di|saat|seusai|usai|dalam|ketika|dilansir|seperti|to|in|at|on|during|after|when|according)\s))`, 'i');
/** A bare verb with an enclitic pronoun: `”, katanya`, `ujarnya`. */
export const VERB_PRONOUN = new RegExp(String.raw`^\s*,?\s*((?:${ID_QUOTE_VERBS})nya)\b`, 'i');
/** An Indonesian verb of saying right after a quotation, with its speaker or its pronoun. */
export const VERB_AFTER_ID = new RegExp(String.raw`^\s*,?\s*(?:${ID_QUOTE_VERBS})`, 'i');
/** A word of a speaker phrase: a word, an initial or abbreviation (J., Dr., U.S.-based, e.GO’s), never a word ending a sentence. */
const SPEAKER_TOKEN = "(?:(?:\\p{L}\\.){2,}[\\p{L}'’-]*|\\p{L}+(?:\\.\\p{L}+)+[\\p{L}'’-]*|\\p{L}{1,3}\\.|[\\p{L}\\p{N}'’&-]+)";
/** English verbs that attribute a quotation next to it. */
const EN_QUOTE_VERBS = 'said|says|added|adds|points out|pointed out|echoes|echoed|agreed|agrees|laughed|laughs|jokes|quipped|mused|muses|admits|concedes|notes|explains|recalls|continues|shares|shared|offered|offers|predicted|predicts|suggested|suggests|wondered|wonders|urged|urges|stressed|stresses|emphasized|told|tells|asked|asks|stated|continued|wrote|writes|responded|replied|joked|explained|noted|recalled|warned|insisted|argued|tweeted|posted|declared|announced|acknowledged|admitted|conceded|remarked|observed|cautioned|concluded|concludes|countered|counters|replies|answered|was quoted as saying|is quoted as saying|blurted out|blurted|exclaimed|shouted|yelled|whispered|screamed|sighed|read|reads';
/**
 * English order: `," he said`, `," Rutte told reporters`, `," Carolina coach Rod Brind'Amour said`,
 * `," Harry J. Kazianis, director of defence studies at the Centre, said in a statement`.
 */
export const SPEAKER_THEN_VERB = new RegExp(`^\\s*,?\\s*((?:${SPEAKER_TOKEN}(?:,\\s+|\\s+)){0,14}?${SPEAKER_TOKEN}|he|she|they|ia|dia|beliau),?\\s+(${EN_QUOTE_VERBS})\\b`, 'u');
/** Verbs that attribute the quotation after them. */
const BEFORE_QUOTE_VERB = '(menyatakan|mengatakan|menuturkan|menyebutkan|menegaskan|menjelaskan|mengungkapkan|menambahkan|bertanya|berkata|berujar|berpesan|said|says|added|asked|told [\\p{L}]+|wrote|stated|responded|replied|joked|explained|tweeted|posted|declared|announced|recalled|warned|insisted|argued)';
/** What may stand between that verb and the opening mark. */
const BEFORE_QUOTE_TAIL = '(?:\\s*[,:]?|\\s+that|\\s+[^.!?:“”"]{1,60}:|\\s+(?:in|at|on|during|to|with|after|before|from|for|outside|inside|via|through|by)\\s[^.!?:,“”"]{1,60},)\\s*$';
/**
 * Before the opening mark: `Mark Rutte menuturkan, “`, `Seorang wartawan bertanya, “`, `Rutte said: "`, `Wang said that "`,
 * `Bruce Hayne joked in his turn to answer the question, “`.
 */
export const SPEAKER_BEFORE_QUOTE = new RegExp(`([^.!?“”"]{2,160}?)\\s+${BEFORE_QUOTE_VERB}${BEFORE_QUOTE_TAIL}`, 'u');
/**
 * The verb and its tail alone, which SPEAKER_BEFORE_QUOTE cannot match without: tested first,
 * since the whole pattern, tried from every position of the 200 characters before each
 * quotation, was 3% of analysis, and most quotations have no such verb before them.
 */
export const SAYING_BEFORE_QUOTE = new RegExp(`\\s${BEFORE_QUOTE_VERB}${BEFORE_QUOTE_TAIL}`, 'u');

/** Verbs of reported speech in English, past and present (from GenderGapTracker's quote verb list, MIT, trimmed). */
const EN_SAYING = 'say|said|says|alleges|admits|concedes|told(?:\\s+[\\w.]+){0,3}?|added|adds|noted|notes|explained|explains|argued|argues|claimed|claims|warned|warns|stated|states|insisted|insists|wrote|writes|announced|confirmed|acknowledged|admitted|testified|suggested|maintained|believes|believed|acknowledges|reported|estimated|estimates|predicted|stressed|emphasized|emphasised|recalled|conceded|cautioned|contended|asserted|alleged|agreed|complained|pointed out|told reporters';
/** Indonesian verbs of reported speech. */
const ID_SAYING = 'mengatakan|menyatakan|menyampaikan|memaparkan|menerangkan|melanjutkan|menggarisbawahi|menuturkan|menyebutkan|menyebut|berharap|mengharapkan|menjelaskan|menegaskan|mengungkapkan|mengklaim|mengeklaim|memastikan|mengingatkan|bilang|menilai|memperkirakan|menambahkan|mengakui|menekankan|berpendapat';

/** A verb of reported speech anywhere in a text: without one, no subject-first reading can fit. */
export const SAYING_VERB = new RegExp(`\\b(?:${EN_SAYING}|${ID_SAYING})\\b`, 'iu');

/**
 * People who speak as a group, unnamed and in lower case ("but forecasters say …", "some experts say …"), a body
 * described in lower case ("but the paramedics union says …"), and a name after a lower-case article ("and the IRCC
 * stressed Friday that …").
 */
const GROUP_SPEAKERS = String.raw`(?:(?:[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|[Tt]he)\s+)?(?:\p{Ll}[\p{Ll}-]+\s+){0,2}?(?:forecasters|analysts|officials|experts|researchers|police|authorities|economists|critics|prosecutors|investigators|witnesses|residents|scientists|doctors|organizers|protesters|leaders|advocates|players|members|chiefs|parents|activists|observers|lawyers|supporters|opponents|employees|workers|teachers|nurses|farmers|owners|voters|historians|officers|paramedics|firefighters|politicians|lawmakers|legislators|diplomats|families|students|union|company|government|department|ministry|agency|council|board|committee|commission|spokesperson|spokesman|spokeswoman|league|team|club|firm|party|military|embassy)|[Tt]he\s+\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}`;

/**
 * Words that open an adverbial set off by a comma, which is never the subject: "For his part, Brooks, who …, said …".
 * (Without the comma, "While the Rockets said …" has its subject after the word, which speakerPhrase finds.)
 */
const OPENERS = '(?:For|In|On|At|As|After|Before|During|With|Without|Since|While|When|If|Although|Though|Despite|Under|Over|From|Until|Like|Unlike|Because|Once|Dalam|Pada|Saat|Ketika|Setelah|Sebelum|Sejak|Meski|Meskipun|Karena|Untuk|Bagi|Di|Ke|Dari)';

/** The subject-first form, with `apposition` for what may stand between commas after the subject. */
function subjectFirst(apposition: string, flags: string): RegExp {
  return new RegExp(`^(?:[^"“”]{1,160}?(?:,\\s+|:\\s+|\\s(?:and|but|while|when|so|whereas|sementara|dan|namun|tetapi)\\s+))??(?<subject>(?!${OPENERS}\\s[^,;:"“”]{0,30},)[\\p{Lu}][^,;:"“”]{0,70}?|(?:\\(?\\p{Lu}[\\p{L}.'’-]*\\)?\\s+){6,15}\\p{Lu}[\\p{L}.'’-]*|[Hh]e|[Ss]he|[Tt]hey|[Ii]a|[Dd]ia|[Bb]eliau|${GROUP_SPEAKERS})${apposition}(?:,\\s+(?:dalam|melalui|lewat|saat|ketika|pada|in|during)\\s[^,;"“”]{2,60}?)?\\s+(?<!\\b(?:was|were|is|are|be|been|being|widely)\\s+)(?:(?:has|have|had)\\s+)?(?:(?:also|later|previously|earlier)\\s+)?(?<verb>${EN_SAYING}|${ID_SAYING})(?:\\s+(?:on|last|earlier|later|recently|repeatedly|publicly|again|in a statement|in an interview|pada|dalam|saat|ketika|usai|seusai|melalui|lewat|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?:\\s+[\\p{L}\\d ]{1,80}?)?(?=,|\\s+(?:that|bahwa)\\s))?(?:(?<comma>,)\\s*|\\s+)(?:(?:kembali\\s+)?kepada\\s+[^,;"“”]{2,40}?\\s+(?=bahwa\\s))?(?:(?<that>that|bahwa)\\s+)?(?<clause>[^"“”]{15,})$`, flags);
}
/** An apposition between commas with no comma inside: most often the name after an office. */
const NAME_BETWEEN_COMMAS = String.raw`(?:,(?<apposition>[^,;"“”]{2,200}),)?`;
/**
 * `X said (on Monday) (that) CLAUSE` and `X mengatakan (bahwa) CLAUSE`: the subject, the verb, the
 * statement. An apposition may hold commas ("Joe Nienaber, a 1989 graduate and a commissioner in
 * Kenton County, where the school is, said …").
 */
export const REPORTED_SUBJECT_FIRST = subjectFirst(String.raw`(?:,(?<apposition>[^,;"“”]{2,200}),|,\s[^;"“”]{2,200}?,)?`, 'u');
/** The subject-first form read again after a clause boundary: an apposition only between commas, without commas inside. */
export const REPORTED_SUBJECT_FIRST_AFTER_BOUNDARY = subjectFirst(NAME_BETWEEN_COMMAS, 'u');
/** The same for text all in lower case, where an apposition with commas inside cannot be told from the office before a name ("menteri koordinator bidang politik, hukum, dan keamanan … mahfud md, menyebutkan"). */
export const REPORTED_SUBJECT_FIRST_CASELESS = subjectFirst(NAME_BETWEEN_COMMAS, 'iu');
/** `Dikatakannya, CLAUSE`, `Menurutnya, CLAUSE`: the speaker only an enclitic, for the one last said to speak. */
export const REPORTED_PASSIVE_ID = /^(?<verb>dikatakannya|disebutkannya|ditambahkannya|dijelaskannya|diungkapkannya|ditegaskannya|menurutnya)\s*,?\s+(?:bahwa\s+)?(?<clause>[^"“”]{15,})$/iu;
/**
 * Verbs that also take a plain object ("Hamilton added a goal", "Kospi added 0.4 per cent",
 * "al-Shabaab claimed responsibility", "mengingatkan kaum muda mengenai …"): reported speech only
 * with "that"/"bahwa" or a comma after them.
 */
export const SAYING_NEEDS_THAT = /^(?:mengingatkan|menggarisbawahi|menyampaikan|memaparkan|menerangkan|melanjutkan|added|adds|claimed|claims|reported|announced|confirmed|estimated|estimates|predicted|suggested|maintained|agreed|complained|stressed|emphasi[sz]ed|recalled|testified|warned|warns|believed|believes)$/;
/** A day after the verb at the end of a sentence: `…, the government said on Wednesday.` */
const WHEN_SAID = String.raw`(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last\s+\p{L}+)(?:\s+(?:morning|afternoon|evening|night))?)?`;
/** Where or how it was said, after the verb at the end of a sentence: `…, Garland explained from Winnipeg.`, `… said in a statement.` */
const WHERE_SAID = String.raw`(?:\s+(?:from|in|at)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}|\s+in\s+(?:a|an|its|his|her|their)\s+(?:statement|interview|email|e-mail|release|news release|report|letter|note|post|blog post|tweet)(?:\s+(?:in|on)\s+\p{Lu}\p{L}+)?|\s+on\s+(?:Twitter|Facebook))?`;
/** `CLAUSE, X said.` and `CLAUSE, kata X.` */
export const REPORTED_SUBJECT_LAST = new RegExp(`^(?<clause>[^"“”]{15,}?),\\s+(?:(?<subject>[^,;"“”]{2,70}?)\\s+(?<verb>said|says|say|added|adds|noted|notes|explained|explains|warned|warns|wrote|writes|insisted|insists|argued|argues|testified)${WHERE_SAID}${WHEN_SAID}|(?<verb2>kata|ujar|ucap|tutur|imbuh|jelas|tegas)\\s+(?<subject2>[^,;"“”]{2,70}?))\\s*[.!]?$`, 'u');
/**
 * `CLAUSE, said police Chief Joseph Boinnet.` After the verb stands the speaker: not an adverbial
 * (`said in a commentary`), a pronoun or a clause of its own (`said her cousin … was the pilot`).
 */
export const REPORTED_VERB_SUBJECT_LAST = /^(?<clause>[^"“”]{15,}?),\s+(?<verb>said|says|added|adds|noted|notes|argued|argues|insisted|insists|explained|explains|wrote|writes)\s+(?!(?:in|on|at|during|after|before|with|for|from|it|he|she|they|we|I)\b)(?![^,;"“”]*\b(?:is|are|was|were|has|have|had|will|would)\b)(?<subject>[^,;"“”]{2,70}?)(?:,\s+(?<apposition>[^,;"“”]{2,120}?))?\s*[.!]?$/u;
/** `CLAUSE, according to X.` and `CLAUSE, menurut X.` */
export const REPORTED_ACCORDING_LAST = /^(?<clause>[^"“”]{15,}?),\s+(?<verb>according to|menurut)\s+(?<subject>[^,;"“”]{2,160}?)\s*[.!]?$/u;
/** `X praised China's support … and said he did not think …`: the sentence's subject did something, and said something. */
export const REPORTED_AND_SAID = /^(?:[^"“”,]{1,40},\s+)?(?<subject>\p{Lu}[^,;:"“”]{0,70}?)\s+(?:\p{Ll}+ed|\p{Ll}+s)\s[^"“”]{3,160}?,?\s+and\s+(?:(?:also|later)\s+)?(?<verb>said|says|added|noted)\s+(?:(?<that>that)\s+)?(?<clause>[^"“”]{15,})$/u;

/**
 * `Wojtaszek questioned that logic, saying there are limits …`: the subject did something and,
 * in a participle, said something. English only; the subject is a name, an office or a pronoun
 * followed at once by its verb (past or present).
 */
export const REPORTED_PARTICIPLE = /^(?:[^"“”,]{1,40},\s+)?(?<subject>\p{Lu}[^,;:"“”]{0,60}?|[Hh]e|[Ss]he|[Tt]hey)\s+(?:(?:also|later|then|again)\s+)?(?:\p{Ll}+ed|\p{Ll}+s)\s[^"“”]{3,160}?,\s+(?<verb>saying|insisting|arguing|explaining|warning)\s+(?:(?<that>that)\s+)?(?<clause>[^"“”]{15,})$/u;

/** `CLAUSE, X told Reuters.` */
export const REPORTED_TOLD_LAST = /^(?<clause>[^"“”]{15,}?),\s+(?<subject>[^,;"“”]{2,70}?)\s+(?<verb>told\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*|told reporters|confirmed|stressed|argued|insisted)\s*[.!]?$/u;
/**
 * `CLAUSE, she says, CLAUSE.`: a statement with its attribution in the middle; the verb first too ("There is a particular
 * satisfaction, insists 16-year-old Xander Wise, in seeing …") when what follows goes on with the statement, not an
 * apposition ("…, said Marty Puranik, CEO and founder of …").
 */
export const REPORTED_PARENTHETICAL = /^(?<clause>[^"“”]{15,}?),\s+(?:(?<subject>he|she|they|[\p{Lu}][^,;"“”]{1,40}?)\s+(?<verb>says|said|adds|added|notes|noted|explains|explained|insists|insisted|argues|argued)\s*,\s+|(?<verb2>says|said|insists|insisted|argues|argued|explains|explained)\s+(?<subject2>[^,;"“”]{2,40}?)\s*,\s+(?=(?:in|for|to|and|but|because|if|when|with|as|on|at|from)\s))(?<rest>[^"“”]{10,})$/u;
/**
 * `pertama, kata mahfud, CLAUSE`, `mui, kata dia, CLAUSE` and `The harsh truth, according to addiction experts, is …`:
 * the verb before the speaker, in the middle; one statement of the words on both sides.
 */
export const REPORTED_PARENTHETICAL_ID = /^(?<clause>[^"“”,]{2,60}?),\s+(?<verb>kata|ujar|lanjut|tambah|jelas|tegas|sambung|menurut|according to)\s+(?<subject>[^,;"“”]{2,40}?)\s*,\s+(?<rest>[^"“”]{10,})$/u;
/** `jika …, menurutnya, itu lebih berbahaya`: the enclitic speaker in the middle, for the one last said to speak. */
export const REPORTED_PARENTHETICAL_PRONOUN_ID = /^(?<clause>[^"“”]{2,160}?),\s+(?<verb>menurutnya|katanya|ujarnya|tuturnya)\s*,\s+(?<rest>[^"“”]{10,})$/iu;
/** `According to X, CLAUSE` and `Menurut X, CLAUSE`. */
export const REPORTED_ACCORDING = /^(?:According to|Menurut)\s+(?:(?<subject2>dia|ia|beliau)\s+(?!\p{L}+,)|(?<subject>[^,"“”]{2,80}),\s+)(?<clause>[^"“”]{15,})$/u;

/**
 * What every form of reported speech above needs somewhere in its sentence: one of their verbs, or
 * a part of one (kata of katanya and dikatakannya, argu of argues and arguing), in any case. A
 * sentence with none fits no form, and is not matched against them.
 */
export const REPORTING_CUE = /kata|ujar|ucap|tutur|imbuh|jelas|tegas|lanjut|tambah|sambung|menurut|sebut|ungkap|according|say|said|add|note|explain|insist|argu|warn|wrote|write|testified|told|confirmed|stressed/i;

/** A verb of saying, estimating or reporting, either language: what makes its subject the source of a figure. */
export const SOURCE_VERB = `(?:${EN_SAYING}|${ID_SAYING}|melaporkan|mengonfirmasi|mencatat|menyampaikan)`;

/** Words for documents, which speak for whoever issued them ("the report said", "a statement from the EU"). */
export const DOCUMENT_NOUNS = 'report|paper|statement|memo|letter|document|release|study|survey|notice|filing|post|tweet';
/** What is read rather than said, documents and all: words a statement or a sign "read" are its words. */
export const WRITING = new RegExp(`\\b(?:${DOCUMENT_NOUNS}|message|note|sign|banner|website|site|caption|headline|e-?mail|text|poster|placard|inscription|plaque|card|label|warning|ad|advert|advertisement)s?\\b`, 'i');

/** Pronouns that refer back to the last speaker. */
export const SPEAKER_PRONOUNS = new Set(['ia', 'dia', 'beliau', 'dirinya', 'he', 'she', 'they', 'mereka']);

/** Verbs of saying that make the subject before them a source of what follows (for pronoun resolution); in lower case, since Said is also a name. */
export const REPORTING_VERBS = /\b(mengatakan|menyatakan|menuturkan|menyebutkan|menyebut|menegaskan|menjelaskan|mengungkapkan|menyampaikan|memaparkan|menerangkan|menambahkan|berkata|berujar|said|says|told|added|stated)\b/;

/**
 * Indonesian words that join a sentence to the one before and stand before its subject (`Sebelumnya, Menteri …
 * mengatakan`, `Meskipun ia menilai`): skipped before a speaker, and no speaker alone.
 */
export const CONNECTIVES_ID = 'namun|tetapi|dan|lalu|sementara(?: itu)?|meskipun|meski|walaupun|justru|bahkan|padahal|sebelumnya|kemudian|lebih lanjut|selanjutnya|selain itu|tak hanya itu|tidak hanya itu|di sisi lain|adapun|sedangkan';
