// Attribution words around quotations, Indonesian and English.

/** A verb after the closing mark, then the speaker: `”, kata Joe Biden`, `," said Rutte`. */
export const VERB_THEN_SPEAKER = /^\s*,?\s*(kata|ujar|ucap|tutur|imbuh|tambah|jelas|tegas|ungkap|sebut|terang|papar|pungkas|lanjut|said|says|added|told|asked|stated|continued)\s+(.{1,120}?)(?=\s*(?:[,.;:!?]|$|\s(?:kepada|pada|di|saat|seusai|usai|dalam|ketika|dilansir|seperti|to|in|at|on|during|after|when|according)\s))/i;
/** A bare verb with an enclitic pronoun: `”, katanya`, `ujarnya`. */
export const VERB_PRONOUN = /^\s*,?\s*(katanya|ujarnya|ucapnya|tuturnya|imbuhnya|tambahnya|jelasnya|tegasnya|ungkapnya|sebutnya|terangnya|paparnya|pungkasnya|lanjutnya)\b/i;
/** English order: `," he said`, `," Rutte told reporters`. */
export const SPEAKER_THEN_VERB = /^\s*,?\s*([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,4}|he|she|they|ia|dia|beliau)\s+(said|says|added|told|asked|stated|continued|wrote)\b/u;
/** Before the opening mark: `Mark Rutte menuturkan, “`, `Seorang wartawan bertanya, “`, `Rutte said: "`. */
export const SPEAKER_BEFORE_QUOTE = /([^.!?“”"]{2,160}?)\s+(menyatakan|mengatakan|menuturkan|menyebutkan|menegaskan|menjelaskan|mengungkapkan|menambahkan|bertanya|berkata|berujar|berpesan|said|says|added|asked|told [\p{L}]+|wrote|stated)\s*[,:]?\s*$/u;

/** Pronouns that refer back to the last speaker. */
export const SPEAKER_PRONOUNS = new Set(['ia', 'dia', 'beliau', 'he', 'she', 'they', 'mereka']);

/** Verbs of saying that make the subject before them a source of what follows (for pronoun resolution). */
export const REPORTING_VERBS = /\b(mengatakan|menyatakan|menuturkan|menyebutkan|menyebut|menegaskan|menjelaskan|mengungkapkan|berkata|berujar|said|says|told|added|stated)\b/i;
