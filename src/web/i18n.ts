// Interface text in Indonesian and English.

export type UiLanguage = 'id' | 'en';

const TEXT = {
  stories: { id: 'Berita', en: 'Stories' },
  search: { id: 'Cari', en: 'Search' },
  searchPlaceholder: { id: 'Cari berita, tokoh, tempat…', en: 'Search articles, people, places…' },
  article: { id: 'artikel', en: 'article' },
  articles: { id: 'artikel', en: 'articles' },
  sources: { id: 'Sumber', en: 'Sources' },
  timeline: { id: 'Linimasa', en: 'Timeline' },
  silence: { id: '{n} hari tanpa berita', en: '{n} days without news' },
  comparison: { id: 'Perbandingan sumber', en: 'How the sources compare' },
  discrepancies: { id: 'Perbedaan', en: 'Discrepancies' },
  agreements: { id: 'Kesamaan', en: 'Agreements' },
  unique: { id: 'Hanya dilaporkan satu sumber', en: 'Reported by one source only' },
  quotes: { id: 'Kutipan menurut pembicara', en: 'Quotes by speaker' },
  entities: { id: 'Entitas', en: 'Entities' },
  noStories: { id: 'Belum ada berita. Jalankan: kabar ingest <berkas>', en: 'No stories yet. Run: kabar ingest <files>' },
  noMatches: { id: 'Tidak ada hasil.', en: 'No matches.' },
  comparedSome: { id: 'Dibandingkan {n} dari {total} artikel: laporan pertama tiap sumber, lalu yang paling awal.', en: 'Compared {n} of {total} articles: each source\'s first report, then the earliest others.' },
  newestArticles: { id: '{n} artikel terbaru dari {total}.', en: 'The newest {n} of {total} articles.' },
  newestQuotes: { id: '{n} kutipan terbaru.', en: 'The newest {n} quotes.' },
  nothingToCompare: { id: 'Hanya satu artikel: belum ada yang dibandingkan.', en: 'One article only: nothing to compare yet.' },
  none: { id: 'Tidak ada.', en: 'None found.' },
  unknownSpeaker: { id: 'tanpa nama', en: 'unnamed' },
  original: { id: 'artikel asli', en: 'original' },
  notFound: { id: 'Tidak ditemukan', en: 'Not found' },
  translated: { id: 'terjemahan', en: 'translated' },
  copy: { id: 'salinan dari', en: 'copy of' },
  copies: { id: 'salinan', en: 'copies' },
  undated: { id: 'tanpa tanggal', en: 'undated' },
  texts: { id: 'Teks berdampingan', en: 'The texts side by side' },
  writtenAs: { id: 'Ditulis sebagai', en: 'Written as' },
  roles: { id: 'Jabatan', en: 'Roles' },
  language: { id: 'Bahasa', en: 'Language' },
  allLanguages: { id: 'Semua bahasa', en: 'All languages' },
  source: { id: 'Media', en: 'Outlet' },
  entity: { id: 'Tokoh/lembaga/tempat', en: 'Person, body or place' },
  entityPlaceholder: { id: 'mis. Mark Rutte', en: 'e.g. Mark Rutte' },
  since: { id: 'Sejak', en: 'Since' },
  filter: { id: 'Saring', en: 'Filter' },
  clearFilters: { id: 'Hapus saringan', en: 'Clear filters' },
  newer: { id: '← Lebih baru', en: '← Newer' },
  older: { id: 'Lebih lama →', en: 'Older →' },
  badRequest: { id: 'Permintaan tidak valid', en: 'Bad request' },
} as const;

export type TextKey = keyof typeof TEXT;

export function t(key: TextKey, lang: UiLanguage): string {
  return TEXT[key][lang];
}

export function uiLanguage(value: string | undefined | null, acceptLanguage?: string | null): UiLanguage {
  if (value === 'en' || value === 'id') return value;
  return acceptLanguage && /^en\b/i.test(acceptLanguage) ? 'en' : 'id';
}
