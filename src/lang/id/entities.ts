// Indonesian words around names: titles that make a role, and keywords that give a type.

/** Titles before a person's name; multi-word titles first. Matched case-insensitively. */
export const TITLES_ID = [
  'sekretaris jenderal', 'wakil presiden', 'perdana menteri', 'juru bicara', 'ketua umum', 'wakil ketua', 'wali kota',
  'duta besar', 'kepala staf', 'menteri koordinator', 'wakil menteri', 'presiden', 'wapres', 'menteri', 'menko', 'wamen',
  'sekjen', 'kepala', 'jubir', 'ketua', 'gubernur', 'bupati', 'walikota', 'kapolri', 'kapolda', 'kapolres', 'panglima',
  'direktur', 'dirut', 'kanselir', 'raja', 'ratu', 'pangeran', 'jenderal', 'letjen', 'mayjen', 'brigjen', 'kolonel',
  'komisaris', 'anggota', 'rektor', 'hakim', 'jaksa', 'pengamat', 'dubes', 'sekretaris', 'kapten', 'mayor', 'profesor',
  'prof', 'dr', 'ir', 'h', 'hj', 'kh', 'habib', 'ustaz', 'bapak', 'ibu', 'pak', 'bu', 'pendiri', 'ceo', 'paus',
  'direktur jenderal', 'dirjen',
];

/** The words of those titles ("menteri", "jenderal", "ustadz"), each alone. */
export const TITLE_WORDS_ID = new Set(TITLES_ID.flatMap((t) => t.split(' ')));

/**
 * Police and military ranks, and the offices of police and army units, written before a name:
 * "Kapolda Sumbar Irjen Pol Suharyono", "Kabid Humas Polda Metro Jaya Kombes Pol Ade Ary Syam
 * Indradi", "Kasat Reskrim Polres Metro Jakarta Selatan AKBP Bintoro". Kept apart from TITLES_ID,
 * whose words the trained tagger reads as features.
 */
export const RANKS_ID = [
  'jenderal pol', 'komjen', 'irjen', 'brigjen', 'kombes', 'akbp', 'kompol', 'akp', 'iptu', 'ipda', 'aiptu', 'aipda', 'bripka',
  'brigpol', 'briptu', 'bripda', 'brigadir', 'letjen', 'mayjen', 'kolonel', 'letkol', 'mayor', 'kapten', 'lettu', 'letda',
  'laksamana', 'laksdya', 'laksda', 'laksma', 'marsekal', 'marsdya', 'marsda', 'marsma', 'serka', 'sertu', 'serda', 'pratu',
  'kabid', 'kasat', 'kasubdit', 'kapolsek', 'kadiv', 'kanit', 'kasubbag', 'danrem', 'dandim', 'danramil', 'pangdam', 'kasdam',
  'wakapolri', 'wakapolda', 'wakapolres', 'kabareskrim', 'kapuspen', 'kasad', 'kasal', 'kasau', 'dirreskrimum', 'dirreskrimsus',
  'dirresnarkoba', 'kapolrestabes', 'kasatreskrim',
];

/** More words for people by their work, read by the entity layer only (like RANKS_ID): "Koordinator Nasional JPPI Ubaid Matraji". */
export const OFFICES_ID = ['koordinator', 'perwakilan', 'peneliti', 'pakar', 'analis', 'dosen', 'guru besar', 'kabiro', 'kabag', 'kasubag', 'plt', 'pj', 'penjabat'];

/** Ranks among them: after an office and its unit, the rank is the last word before the name. */
export const RANK_WORDS_ID = new Set(['komjen', 'irjen', 'brigjen', 'kombes', 'akbp', 'kompol', 'akp', 'iptu', 'ipda', 'aiptu', 'aipda',
  'bripka', 'brigpol', 'briptu', 'bripda', 'brigadir', 'letjen', 'mayjen', 'kolonel', 'letkol', 'mayor', 'kapten', 'lettu', 'letda',
  'laksamana', 'laksdya', 'laksda', 'laksma', 'marsekal', 'marsdya', 'marsda', 'marsma', 'serka', 'sertu', 'serda', 'pratu', 'jenderal']);

/**
 * Short titles of offices, and what the full role says: "Menkominfo" is the Menteri Komunikasi
 * dan Informatika, "Kapolri" the Kepala Kepolisian (RI).
 */
export const OFFICE_TITLES_ID: Record<string, RegExp> = {
  menkominfo: /menteri komunikasi/i, menhan: /menteri pertahanan/i, mendagri: /menteri dalam negeri/i, menlu: /menteri luar negeri/i,
  menkeu: /menteri keuangan/i, menkes: /menteri kesehatan/i, menag: /menteri agama/i, mendikbud: /menteri pendidikan/i,
  mendikbudristek: /menteri pendidikan/i, menkumham: /menteri hukum/i, menpora: /menteri pemuda/i, mentan: /menteri pertanian/i,
  mendag: /menteri perdagangan/i, menhub: /menteri perhubungan/i, mensos: /menteri sosial/i, menaker: /menteri ketenagakerjaan/i,
  menperin: /menteri perindustrian/i, menparekraf: /menteri pariwisata/i, menpupr: /menteri pekerjaan umum/i, 'menteri bumn': /menteri bumn/i,
  menkopolhukam: /menteri koordinator (bidang )?politik|menko polhukam/i, menko: /menteri koordinator|menko/i,
  kapolri: /kapolri|kepala kepolisian/i, wapres: /wakil presiden|wapres/i, 'jaksa agung': /jaksa agung/i,
  // "Kepala Negara menuturkan": the president, as news calls him once named.
  presiden: /(?<!wakil )presiden/i, 'kepala negara': /(?<!wakil )presiden/i, 'kepala pemerintahan': /(?<!wakil )presiden/i,
};

/** Honorifics said before a name ("Mbak Puan", "Pak Jokowi"): a role that tells nothing of the office. */
export const HONORIFICS_ID = ['mbak', 'mas', 'bang', 'kak', 'pak', 'bu', 'bapak', 'ibu'];

/** Capitalised words that continue a title rather than start a name (Menteri Luar Negeri, Ketua Umum). */
export const ROLE_WORDS_ID = new Set(['pol', 'purn', 'humas', 'reskrim', 'narkoba', 'lantas', 'intelkam', 'propam', 'krimum', 'krimsus',
  'luar', 'negeri', 'dalam', 'pertahanan', 'keuangan', 'koordinator', 'bidang', 'umum', 'agama', 'kesehatan',
  'pendidikan', 'perdagangan', 'perhubungan', 'sosial', 'hukum', 'politik', 'keamanan', 'perekonomian', 'pertanian',
  'bumn', 'ham', 'negara', 'daerah', 'harian', 'dewan', 'pusat', 'jenderal', 'besar', 'utama', 'staf', 'angkatan',
  'darat', 'laut', 'udara', 'militer', 'pembina', 'pengurus', 'fraksi', 'komisi', 'ri', 'pembangunan', 'manusia',
  'kebudayaan', 'investasi', 'energi', 'sumber', 'daya', 'mineral', 'perindustrian', 'pariwisata', 'ketenagakerjaan',
  'komunikasi', 'informatika', 'sekretaris', 'kabinet', 'menteri', 'aplikasi', 'lingkungan', 'hidup', 'kehutanan', 'riset',
  'teknologi', 'ekonomi', 'kreatif', 'perumahan', 'rakyat', 'pekerjaan', 'kelautan', 'perikanan', 'transmigrasi', 'olahraga',
  'pemuda', 'agraria', 'tata', 'ruang', 'pemberdayaan', 'aparatur', 'reformasi', 'birokrasi', 'perempuan', 'perlindungan', 'anak',
  'eksekutif', 'pelaksana', 'operasional', 'bidang',
  // The coordinating ministries by their short names (Menko Polhukam, Menko Marves).
  'polhukam', 'marves', 'kemaritiman', 'maritim', 'pmk',
  // "Mendikbud Ristek": the ministry's short name written apart.
  'ristek', 'dikti',
]);

export const ORG_KEYWORDS = new Set([
  'kementerian', 'kemenkes', 'partai', 'badan', 'komisi', 'dewan', 'majelis', 'mahkamah', 'universitas', 'bank', 'pt',
  'lembaga', 'institut', 'fraksi', 'polda', 'polres', 'polsek', 'pengadilan', 'kejaksaan', 'kejagung', 'kepolisian',
  'markas', 'yayasan', 'asosiasi', 'perusahaan', 'ministry', 'party', 'council', 'agency', 'department', 'university',
  'service', 'commission', 'court', 'corporation', 'inc', 'ltd', 'company', 'group', 'association', 'organization',
  'organisation', 'institute', 'news', 'times', 'post', 'insider', 'bureau', 'office', 'army', 'forces', 'police',
  'kolese', 'pesantren', 'ponpes', 'forum', 'komunitas', 'perhimpunan', 'ikatan', 'persatuan', 'himpunan', 'koperasi',
]);

/** Kinds of school, numbered in their names (SMA Negeri 6, SMPN 1, SD Inpres 2). */
export const SCHOOLS_ID = /^(?:sd|sdn|smp|smpn|sma|sman|smk|smkn|slb|man|min|mts|mtsn)$/;

/** Words after a place's name that name a part of it: Jakarta Pusat, Jawa Tengah, Sumatera Utara. */
export const PLACE_PARTS_ID = new Set(['utara', 'selatan', 'timur', 'barat', 'tengah', 'pusat', 'raya', 'daya', 'laut']);

/**
 * Lower-case words for a kind of body written right before its name: "aplikasi Traveloka",
 * "perusahaan Nintendo", "harian Kompas". Not "pihak" (side), which news puts before people too
 * ("pihak Anies Baswedan").
 */
export const ORG_NOUNS_ID = new Set(['perusahaan', 'maskapai', 'aplikasi', 'platform', 'situs', 'laman', 'produsen', 'pengembang',
  'emiten', 'firma', 'startup', 'merek', 'klub', 'harian', 'majalah', 'portal', 'lembaga', 'organisasi', 'partai', 'bank', 'media']);

/** Words of a citation of law, which opens no name: "Pasal 12 huruf e Juncto Pasal 18", "UU Pilkada". */
export const LAW_WORDS_ID = new Set(['pasal', 'ayat', 'huruf', 'juncto', 'jo', 'uu', 'perppu', 'perpres', 'permen', 'perpu']);

/** First words of the names of institutions and areas that carry a place in their name (schools too: SCHOOLS_ID). */
export const INSTITUTION_HEADS_ID = new Set([
  'pengadilan', 'kejaksaan', 'kejari', 'kejati', 'polda', 'polres', 'polresta', 'polsek', 'universitas', 'institut', 'politeknik',
  'kabupaten', 'kota', 'provinsi', 'kecamatan', 'kelurahan', 'desa', 'dusun', 'pemprov', 'pemkot', 'pemkab', 'dprd', 'kodam', 'korem',
  'kodim', 'bandara', 'pelabuhan', 'rsud',
]);

export const PLACE_KEYWORDS = new Set([
  'kabupaten', 'kota', 'provinsi', 'desa', 'kecamatan', 'kelurahan', 'pulau', 'jalan', 'jl', 'gunung', 'sungai',
  'danau', 'selat', 'laut', 'teluk', 'semenanjung', 'bandara', 'pelabuhan', 'city', 'province', 'island', 'river',
  'mount', 'lake', 'peninsula', 'sea', 'gulf', 'street', 'county', 'state', 'region', 'fort', 'camp', 'jawa', 'sumatera', 'kalimantan',
  'sulawesi',
  // Buildings and grounds named by their kind ("Rutan Salemba", "Masjid Istiqlal", "Stadion Gelora Bung Karno").
  'rutan', 'lapas', 'masjid', 'gereja', 'vihara', 'klenteng', 'candi', 'stadion', 'stasiun', 'pantai', 'monumen', 'museum',
]);

/**
 * Words that say what kind of body or place a name is, and are no name alone: "Gedung" of "di Gedung
 * DPR", "Kantor" of "di Kantor Kominfo", "Fraksi" of "Fraksi PKS" when the gazetteer takes the rest.
 */
export const KIND_WORDS_ID = new Set([
  'gedung', 'kantor', 'istana', 'wisma', 'balai', 'aula', 'ruang', 'kompleks', 'markas', 'fraksi', 'komisi', 'kementerian', 'badan',
  'dewan', 'majelis', 'mahkamah', 'lembaga', 'partai', 'pengadilan', 'kejaksaan', 'kepolisian', 'universitas', 'institut', 'yayasan',
  'asosiasi', 'perusahaan', 'kabupaten', 'kota', 'provinsi', 'desa', 'kecamatan', 'kelurahan', 'pulau', 'jalan', 'gunung', 'sungai',
  'danau', 'bandara', 'pelabuhan',
]);

/** Boards of parties and mass organisations, named before the person who heads them ("dpp pdip", "pbnu", "dpw pkb"). */
export const ORG_BOARDS_ID = new Set(['dpp', 'dpd', 'dpw', 'dpc', 'dprd', 'pp', 'pb', 'pw', 'pc', 'pbnu']);

/** Capitalised words that open a sentence but never start a name. */
export const SENTENCE_OPENERS = new Set([
  'pada', 'sebelumnya', 'ini', 'itu', 'ia', 'dia', 'mereka', 'kami', 'kita', 'saya', 'namun', 'tetapi', 'selain',
  'sementara', 'dalam', 'menurut', 'kedua', 'langkah', 'seorang', 'ada', 'tanpa', 'sejak', 'setelah', 'sebelum',
  'meski', 'walau', 'jika', 'apabila', 'dengan', 'untuk', 'bagi', 'oleh', 'karena', 'hal', 'adapun', 'diketahui',
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'he', 'she', 'they', 'we', 'it', 'this', 'that', 'after', 'before',
  'while', 'when', 'according', 'as', 'if', 'for', 'with', 'by', 'from', 'mengenai', 'baca', 'lebih',
  // Interjections and connectives of Arabic origin, written with a capital ("Alhamdulillah, semua lancar", "Alhasil, …").
  'alhamdulillah', 'alhasil', 'walhasil', 'insyaallah', 'insya', 'masyaallah', 'subhanallah', 'astagfirullah', 'astaghfirullah', 'bismillah', 'wallahu',
]);

/** Indonesian institutions abbreviated into one word by their first syllables. */
export const ORG_PREFIXES_ID = /^(?:kemen|kemenko|pemprov|pemkot|pemkab|polda|polres|polsek|kodam|korem|kodim|disdik|dinkes)\p{Ll}{2,}$/u;

/** Indonesian words for a person that open a sentence before a name, in text without capitals. */
export const PERSON_NOUNS_ID = new Set(['akademisi', 'pakar', 'dosen', 'peneliti', 'ustadz', 'ustad', 'kiai', 'kyai', 'tokoh', 'ulama', 'aktivis',
  'politisi', 'politikus', 'pengacara', 'advokat', 'ekonom', 'analis', 'pengamat', 'warga', 'koordinator', 'sekretaris', 'kepala']);

/** Indonesian words for what is written rather than said by someone: "unggahan tersebut" (the post) is no pronoun for the last speaker. */
export const DOCUMENT_HEADS_ID = new Set(['unggahan', 'cuitan', 'postingan', 'surat', 'pernyataan', 'laporan', 'keterangan', 'akun', 'tulisan', 'dokumen',
  'situs', 'laman', 'rilis', 'siaran', 'data', 'pesan', 'video', 'poster', 'spanduk', 'putusan', 'aturan', 'peraturan']);
