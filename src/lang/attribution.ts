// Attribution words around quotations and reported speech, Indonesian and English.

/** A verb after the closing mark, then the speaker: `”, kata Joe Biden`, `," said Rutte`. */
export const VERB_THEN_SPEAKER = /^\s*,?\s*(kata|ujar|ucap|tutur|imbuh|tambah|jelas|tegas|ungkap|sebut|terang|papar|pungkas|lanjut|said|says|added|told|asked|stated|continued)\s+(.{1,120}?)(?=\s*(?:[,.;:!?]|$|\s(?:kepada|pada|di|saat|seusai|usai|dalam|ketika|dilansir|seperti|to|in|at|on|during|after|when|according)\s))/i;
/** A bare verb with an enclitic pronoun: `”, katanya`, `ujarnya`. */
export const VERB_PRONOUN = /^\s*,?\s*(katanya|ujarnya|ucapnya|tuturnya|imbuhnya|tambahnya|jelasnya|tegasnya|ungkapnya|sebutnya|terangnya|paparnya|pungkasnya|lanjutnya)\b/i;
/** English order: `," he said`, `," Rutte told reporters`. */
export const SPEAKER_THEN_VERB = /^\s*,?\s*([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,4}|he|she|they|ia|dia|beliau)\s+(said|says|added|told|asked|stated|continued|wrote)\b/u;
/** Before the opening mark: `Mark Rutte menuturkan, “`, `Seorang wartawan bertanya, “`, `Rutte said: "`. */
export const SPEAKER_BEFORE_QUOTE = /([^.!?“”"]{2,160}?)\s+(menyatakan|mengatakan|menuturkan|menyebutkan|menegaskan|menjelaskan|mengungkapkan|menambahkan|bertanya|berkata|berujar|berpesan|said|says|added|asked|told [\p{L}]+|wrote|stated)\s*[,:]?\s*$/u;

/** Verbs of reported speech in English, past and present (from GenderGapTracker's quote verb list, MIT, trimmed). */
const EN_SAYING = 'said|says|told(?:\\s+[\\w.]+){0,3}?|added|adds|noted|notes|explained|explains|argued|argues|claimed|claims|warned|warns|stated|states|insisted|insists|wrote|writes|announced|confirmed|acknowledged|admitted|testified|suggested|maintained|believes|believed|acknowledges|reported|estimated|estimates|predicted|stressed|emphasized|emphasised|recalled|conceded|cautioned|contended|asserted|alleged|agreed|complained|pointed out|told reporters';
/** Indonesian verbs of reported speech. */
const ID_SAYING = 'mengatakan|menyatakan|menuturkan|menyebutkan|menjelaskan|menegaskan|mengungkapkan|mengklaim|menilai|memperkirakan|menambahkan|mengakui|menekankan|berpendapat';

/** `X said (on Monday) (that) CLAUSE` and `X mengatakan (bahwa) CLAUSE`: the subject, the verb, the statement. */
export const REPORTED_SUBJECT_FIRST = new RegExp(`^(?:[^"“”]{1,100}?,\\s+)?(?<subject>[\\p{Lu}][^,;:"“”]{0,70}?|[Hh]e|[Ss]he|[Tt]hey|[Ii]a|[Dd]ia|[Bb]eliau)(?:,[^,;"“”]{2,80},)?\\s+(?<verb>${EN_SAYING}|${ID_SAYING})(?:\\s+(?:on|last|in a statement|in an interview|pada)\\s+[\\p{L}\\d ]{1,25}?)?(?:,\\s*|\\s+)(?:that\\s+|bahwa\\s+)?(?<clause>[^"“”]{15,})$`, 'u');
/** `CLAUSE, X said.` and `CLAUSE, kata X.` */
export const REPORTED_SUBJECT_LAST = new RegExp(`^(?<clause>[^"“”]{15,}?),\\s+(?:(?<subject>[^,;"“”]{2,70}?)\\s+(?<verb>said|says|added|noted|explained|warned|wrote)|(?<verb2>kata|ujar|ucap|tutur|imbuh|jelas|tegas)\\s+(?<subject2>[^,;"“”]{2,70}?))\\s*[.!]?$`, 'u');
/** `According to X, CLAUSE` and `Menurut X, CLAUSE`. */
export const REPORTED_ACCORDING = /^(?:According to|Menurut)\s+(?<subject>[^,"“”]{2,80}),\s+(?<clause>[^"“”]{15,})$/u;

/** Pronouns that refer back to the last speaker. */
export const SPEAKER_PRONOUNS = new Set(['ia', 'dia', 'beliau', 'he', 'she', 'they', 'mereka']);

/** Verbs of saying that make the subject before them a source of what follows (for pronoun resolution). */
export const REPORTING_VERBS = /\b(mengatakan|menyatakan|menuturkan|menyebutkan|menyebut|menegaskan|menjelaskan|mengungkapkan|berkata|berujar|said|says|told|added|stated)\b/i;
