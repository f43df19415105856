// How Indonesian (and some English) outlets mark up a body in plain text: datelines, credits,
// teasers for other articles. Patterns only; sources/body.ts applies them.

/** Words that introduce a teaser for another article inside a body ("Baca juga: ..."). */
export const TEASER_CUES = /(?:Baca|BACA)\s+(?:[Jj]uga|JUGA|[Ss]elengkapnya)\s*:\s*|(?:Simak|Lihat)\s+[Jj]uga\s*:\s*|Read (?:also|more)\s*:\s*|Also read\s*:\s*|baca juga\s*:\s*/g;

/** A closing credit paragraph naming the original source: `Sumber : NTDTV.com`. */
export const SOURCE_CREDIT = /^(?:Sumber|Source)\s*:\s*(.{2,80})$/i;
/** `Baca artikel asli di Business Insider`, `Artikel ini telah tayang di Kompas.com`. */
export const ORIGINAL_PUBLISHER = /^(?:Baca artikel asli di|Artikel ini (?:telah )?(?:tayang|terbit) di|Read the original (?:article )?(?:at|on)|Originally published (?:at|on|by))\s+(.{2,80}?)\.?$/i;
/** A closing editor's pick teaser (Tempo): `Pilihan Editor: ...`. */
export const EDITOR_PICK = /\s*Pilihan Editor\s*:\s*(.{3,200})$/;
/** A trailing byline credit: `Penulis: X`, `Pewarta: X Editor: Y`, with Antara's copyright line. */
export const CREDIT_LINE = /\s*(?:pewarta|penulis|reporter|editor|penyunting)\s*:\s*(.+)$/i;
export const COPYRIGHT_TAIL = /\s*copyright\s*©.*$/i;
/** A trailing author tag in parentheses, lower case initials or a first name: `(jhon)`, `(ant/rs)`. */
export const AUTHOR_TAG = /\s*\(([a-z]{2,15}(?:\/[a-z]{2,15})*)\)\s*$/;

/** Leading datelines, most specific first. Each yields the publisher or news agency. */
export const DATELINES: RegExp[] = [
  // JAKARTA, KOMPAS.com -
  /^[A-Z][A-Z .]{1,30},\s*([A-Za-z]+\.(?:com|co|id|net))\s*[-–—]+\s*/,
  // TEMPO.CO, Jakarta -
  /^([A-Z]+\.(?:CO|COM|ID|co|com|id)),\s*[A-Z][A-Za-z ]{1,30}?\s*[-–—]+\s*/,
  // Jakarta (ANTARA) - , WASHINGTON (Reuters) -
  /^[A-Z][A-Za-z .]{1,30}\s*\(([A-Za-z]{2,15})\)\s*[-–—]+\s*/,
  // ETIndonesia. Pada Senin ... : one CamelCase or dotted name, then a full stop.
  /^((?:[A-Z][a-z]*){2,}[A-Za-z]*(?:\.com)?)\.\s+(?=[A-Z“"])/,
];

/** A scraped header before the body (Tempo): the tail of the title, then `Senin, 1 Juli 2024 22:53 WIB`. */
export const SCRAPED_HEADER = /^(.{0,200}?)\s*((?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu),\s+\d{1,2}\s+[A-Za-z]+\s+\d{4}\s+\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT))\s+/;

/** Lower-case words that stay lower case inside a Title Case headline. */
export const TITLE_FUNCTION_WORDS = new Set([
  'di', 'ke', 'dari', 'dan', 'yang', 'untuk', 'atau', 'apalagi', 'tapi', 'tetapi', 'buat', 'jika', 'soal', 'agar',
  'akan', 'dengan', 'pada', 'bagi', 'oleh', 'ini', 'itu', 'usai', 'jadi', 'meski', 'karena', 'hingga', 'sampai',
  'the', 'of', 'and', 'to', 'in', 'on', 'for', 'a', 'an', 'at', 'by', 'with', 'vs', 'dalam', 'kata', 'jelang',
  // Prepositions Kompas and Tempo headlines keep in lower case ("Pesan Bawaslu kepada KPU setelah DKPP …").
  'kepada', 'setelah', 'sebelum', 'terhadap', 'tentang', 'saat', 'sejak', 'antara', 'seusai', 'pasca', 'demi', 'per', 'via',
  'tanpa', 'atas', 'bersama', 'lewat', 'melalui', 'sebagai', 'menuju',
]);
