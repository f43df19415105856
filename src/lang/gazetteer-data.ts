// Names Kabar knows before reading any article: organisations, people and places that news about
// Indonesia and the world names often, each with its aliases in Indonesian and English.
// Countries are not listed here: gazetteer.ts builds them from CLDR (Intl.DisplayNames) and
// i18n-iso-countries. Keys are stable across languages; `id` and `en` are display names.

import type { EntityType } from '../article.js';

export interface KnownEntity {
  key: string;
  type: EntityType;
  id: string;
  en: string;
  aliases: string[];
}

/** A known entity: its key, its display names in Indonesian and English, then its other names. */
function known(type: EntityType, key: string, id: string, en: string, aliases: string[]): KnownEntity {
  return { key, type, id, en, aliases };
}
const org = (key: string, id: string, en: string, ...aliases: string[]): KnownEntity => known('ORGANISATION', `org:${key}`, id, en, aliases);
const person = (key: string, id: string, en: string, ...aliases: string[]): KnownEntity => known('PERSON', `person:${key}`, id, en, aliases);
const place = (key: string, id: string, en: string, ...aliases: string[]): KnownEntity => known('PLACE', `place:${key}`, id, en, aliases);
const work = (key: string, id: string, en: string, ...aliases: string[]): KnownEntity => known('MISC', `misc:${key}`, id, en, aliases);

export const KNOWN_ORGANISATIONS: KnownEntity[] = [
  org('nato', 'NATO', 'NATO', 'Pakta Pertahanan Atlantik Utara', 'North Atlantic Treaty Organization', 'OTAN'),
  org('un', 'Perserikatan Bangsa-Bangsa', 'United Nations', 'PBB', 'UN', 'U.N.', 'Perserikatan Bangsa Bangsa'),
  org('unsc', 'Dewan Keamanan PBB', 'UN Security Council', 'DK PBB', 'Dewan Keamanan Perserikatan Bangsa-Bangsa', 'United Nations Security Council', 'Security Council', 'Dewan Keamanan'),
  org('pentagon', 'Pentagon', 'Pentagon', 'Departemen Pertahanan AS', 'US Department of Defense', 'Department of Defense'),
  org('eu', 'Uni Eropa', 'European Union', 'UE', 'EU'),
  org('asean', 'ASEAN', 'ASEAN'),
  org('who', 'WHO', 'WHO', 'Organisasi Kesehatan Dunia', 'World Health Organization'),
  org('white-house', 'Gedung Putih', 'White House'),
  org('kremlin', 'Kremlin', 'Kremlin'),
  org('kpk', 'Komisi Pemberantasan Korupsi', 'Corruption Eradication Commission', 'KPK'),
  org('kpu', 'Komisi Pemilihan Umum', 'General Elections Commission', 'KPU'),
  org('dpr', 'Dewan Perwakilan Rakyat', 'House of Representatives', 'DPR', 'DPR RI'),
  org('mpr', 'Majelis Permusyawaratan Rakyat', "People's Consultative Assembly", 'MPR'),
  org('tni', 'TNI', 'Indonesian National Armed Forces', 'Tentara Nasional Indonesia'),
  org('polri', 'Polri', 'Indonesian National Police', 'Kepolisian Negara Republik Indonesia', 'POLRI'),
  org('bawaslu', 'Bawaslu', 'Elections Supervisory Agency', 'Badan Pengawas Pemilu'),
  org('mk', 'Mahkamah Konstitusi', 'Constitutional Court', 'MK'),
  org('reuters', 'Reuters', 'Reuters'),
  org('nis-kr', 'National Intelligence Service', 'National Intelligence Service', 'NIS', 'Badan Intelijen Nasional Korea Selatan'),
  // Indonesian parties, state bodies, ministries and state companies, as news names them (written here).
  org('pdip', 'PDI-P', 'PDI-P', 'PDIP', 'PDI Perjuangan', 'Partai Demokrasi Indonesia Perjuangan', 'PDI-Perjuangan'),
  org('golkar', 'Partai Golkar', 'Golkar Party', 'Golkar', 'Partai Golongan Karya'),
  org('gerindra', 'Partai Gerindra', 'Gerindra Party', 'Gerindra', 'Partai Gerakan Indonesia Raya'),
  org('pkb', 'PKB', 'PKB', 'Partai Kebangkitan Bangsa'),
  org('nasdem', 'Partai NasDem', 'NasDem Party', 'NasDem', 'Nasdem', 'Partai Nasdem', 'Partai Nasional Demokrat'),
  org('pks', 'PKS', 'PKS', 'Partai Keadilan Sejahtera'),
  org('pan', 'PAN', 'PAN', 'Partai Amanat Nasional'),
  org('demokrat', 'Partai Demokrat', 'Democratic Party (Indonesia)'),
  org('ppp', 'PPP', 'PPP', 'Partai Persatuan Pembangunan'),
  org('perindo', 'Partai Perindo', 'Perindo Party', 'Perindo', 'Partai Persatuan Indonesia'),
  org('psi', 'PSI', 'PSI', 'Partai Solidaritas Indonesia'),
  org('hanura', 'Partai Hanura', 'Hanura Party', 'Hanura', 'Partai Hati Nurani Rakyat'),
  org('ma', 'Mahkamah Agung', 'Supreme Court of Indonesia', 'MA'),
  org('kejagung', 'Kejaksaan Agung', "Attorney General's Office", 'Kejagung', 'Kejaksaan Agung RI'),
  org('bpk', 'Badan Pemeriksa Keuangan', 'Audit Board', 'BPK'),
  org('bpkp', 'BPKP', 'BPKP', 'Badan Pengawasan Keuangan dan Pembangunan'),
  org('ojk', 'Otoritas Jasa Keuangan', 'Financial Services Authority', 'OJK'),
  org('bi', 'Bank Indonesia', 'Bank Indonesia', 'BI'),
  org('bnn', 'Badan Narkotika Nasional', 'National Narcotics Agency', 'BNN'),
  org('bnpt', 'BNPT', 'National Counter-Terrorism Agency', 'Badan Nasional Penanggulangan Terorisme'),
  org('bin', 'Badan Intelijen Negara', 'State Intelligence Agency', 'BIN'),
  org('basarnas', 'Basarnas', 'National Search and Rescue Agency', 'Badan SAR Nasional', 'Badan Nasional Pencarian dan Pertolongan'),
  org('bmkg', 'BMKG', 'Meteorology, Climatology and Geophysics Agency', 'Badan Meteorologi, Klimatologi, dan Geofisika'),
  org('bnpb', 'BNPB', 'National Disaster Management Agency', 'Badan Nasional Penanggulangan Bencana'),
  org('bps', 'Badan Pusat Statistik', 'Statistics Indonesia', 'BPS'),
  org('dpd', 'Dewan Perwakilan Daerah', 'Regional Representative Council', 'DPD', 'DPD RI'),
  org('mui', 'Majelis Ulama Indonesia', 'Indonesian Ulema Council', 'MUI'),
  org('nu', 'Nahdlatul Ulama', 'Nahdlatul Ulama', 'NU', 'PBNU', 'Pengurus Besar Nahdlatul Ulama'),
  org('muhammadiyah', 'Muhammadiyah', 'Muhammadiyah', 'PP Muhammadiyah', 'Pimpinan Pusat Muhammadiyah'),
  org('komnas-ham', 'Komnas HAM', 'National Commission on Human Rights', 'Komisi Nasional Hak Asasi Manusia'),
  org('kpai', 'KPAI', 'Indonesian Child Protection Commission', 'Komisi Perlindungan Anak Indonesia'),
  org('ombudsman', 'Ombudsman RI', 'Ombudsman of Indonesia', 'Ombudsman Republik Indonesia'),
  org('lpsk', 'LPSK', 'Witness and Victim Protection Agency', 'Lembaga Perlindungan Saksi dan Korban'),
  org('bareskrim', 'Bareskrim Polri', 'Criminal Investigation Agency', 'Bareskrim', 'Badan Reserse Kriminal'),
  org('dkpp', 'DKPP', 'Election Organisation Ethics Council', 'Dewan Kehormatan Penyelenggara Pemilu'),
  org('kemenkeu', 'Kementerian Keuangan', 'Ministry of Finance', 'Kemenkeu'),
  org('kemenkumham', 'Kementerian Hukum dan HAM', 'Ministry of Law and Human Rights', 'Kemenkumham'),
  org('kemendagri', 'Kementerian Dalam Negeri', 'Ministry of Home Affairs', 'Kemendagri'),
  org('kemenlu', 'Kementerian Luar Negeri', 'Ministry of Foreign Affairs', 'Kemenlu'),
  org('kemenhan', 'Kementerian Pertahanan', 'Ministry of Defence', 'Kemenhan'),
  org('kemenag', 'Kementerian Agama', 'Ministry of Religious Affairs', 'Kemenag'),
  org('kemendikbudristek', 'Kemendikbudristek', 'Ministry of Education, Culture, Research and Technology', 'Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi', 'Kemendikbud'),
  org('kemenkes', 'Kementerian Kesehatan', 'Ministry of Health', 'Kemenkes'),
  org('kemenbumn', 'Kementerian BUMN', 'Ministry of State-Owned Enterprises', 'Kementerian Badan Usaha Milik Negara'),
  org('kemenkominfo', 'Kemenkominfo', 'Ministry of Communication and Informatics', 'Kementerian Komunikasi dan Informatika', 'Kominfo'),
  org('kemenparekraf', 'Kemenparekraf', 'Ministry of Tourism and Creative Economy', 'Kementerian Pariwisata dan Ekonomi Kreatif'),
  org('kementan', 'Kementerian Pertanian', 'Ministry of Agriculture', 'Kementan'),
  org('kemendag', 'Kementerian Perdagangan', 'Ministry of Trade', 'Kemendag'),
  org('kemenhub', 'Kementerian Perhubungan', 'Ministry of Transportation', 'Kemenhub'),
  org('kemensos', 'Kementerian Sosial', 'Ministry of Social Affairs', 'Kemensos'),
  org('kemnaker', 'Kementerian Ketenagakerjaan', 'Ministry of Manpower', 'Kemnaker', 'Kemenaker'),
  org('kkp', 'Kementerian Kelautan dan Perikanan', 'Ministry of Marine Affairs and Fisheries', 'KKP'),
  org('pertamina', 'Pertamina', 'Pertamina', 'PT Pertamina', 'PT Pertamina (Persero)'),
  org('pln', 'PLN', 'PLN', 'PT PLN', 'PT PLN (Persero)', 'Perusahaan Listrik Negara'),
  org('garuda', 'Garuda Indonesia', 'Garuda Indonesia', 'PT Garuda Indonesia'),
  org('mabes-polri', 'Mabes Polri', 'National Police Headquarters', 'Markas Besar Polri'),
];

export const KNOWN_PEOPLE: KnownEntity[] = [
  person('vladimir putin', 'Vladimir Putin', 'Vladimir Putin', 'Putin'),
  person('joe biden', 'Joe Biden', 'Joe Biden', 'Biden', 'Joseph Biden', 'Joseph R. Biden'),
  person('volodymyr zelensky', 'Volodymyr Zelenskyy', 'Volodymyr Zelenskyy', 'Zelenskyy', 'Zelensky', 'Zelenskiy', 'Volodymyr Zelensky'),
  person('mark rutte', 'Mark Rutte', 'Mark Rutte', 'Rutte'),
  person('kim jong un', 'Kim Jong Un', 'Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un'),
  person('xi jinping', 'Xi Jinping', 'Xi Jinping'),
  person('donald trump', 'Donald Trump', 'Donald Trump', 'Trump'),
  person('joko widodo', 'Joko Widodo', 'Joko Widodo', 'Jokowi'),
  person('prabowo subianto', 'Prabowo Subianto', 'Prabowo Subianto', 'Prabowo'),
  person("ma\'ruf amin", "Ma'ruf Amin", "Ma'ruf Amin", "Ma'ruf"),
  person('antonio guterres', 'Antonio Guterres', 'António Guterres', 'Guterres'),
  person('jens stoltenberg', 'Jens Stoltenberg', 'Jens Stoltenberg', 'Stoltenberg'),
];

/** Places below the country level that news names often (countries come from CLDR). */
/**
 * Scriptures, which news names as a person's name is written: the tagger took "Alquran" for a person in 31 of the
 * Indonesian articles ("pelemparan kitab suci Alquran").
 */
export const KNOWN_WORKS: KnownEntity[] = [
  // Not Koran: in Indonesian a newspaper (Koran Tempo).
  work('quran', 'Al-Qur\'an', 'Quran', 'Alquran', 'Al-Quran', 'Al Quran', 'Al-Qur’an', 'Alqur\'an', 'Qur\'an', 'Quran'),
  work('bible', 'Alkitab', 'Bible', 'Bibel'),
  work('gospel', 'Injil', 'Gospel'),
  work('torah', 'Taurat', 'Torah'),
];

export const KNOWN_PLACES: KnownEntity[] = [
  place('kursk', 'Kursk', 'Kursk'),
  place('moscow', 'Moskow', 'Moscow', 'Moskwa'),
  place('kyiv', 'Kyiv', 'Kyiv', 'Kiev', 'Kiew'),
  place('pyongyang', 'Pyongyang', 'Pyongyang'),
  place('seoul', 'Seoul', 'Seoul'),
  place('washington', 'Washington', 'Washington', 'Washington DC', 'Washington D.C.'),
  place('beijing', 'Beijing', 'Beijing', 'Beijing'),
  place('jakarta', 'Jakarta', 'Jakarta', 'DKI Jakarta'),
  place('ikn', 'Ibu Kota Nusantara', 'Nusantara', 'IKN'),
  place('indo-pacific', 'Indo-Pasifik', 'Indo-Pacific'),
  place('korean-peninsula', 'Semenanjung Korea', 'Korean Peninsula'),
  place('gaza', 'Gaza', 'Gaza', 'Jalur Gaza', 'Gaza Strip'),
  place('papua', 'Papua', 'Papua'),
  // Indonesia's provinces, with the short names news writes (Jabar, Jateng, Sumbar).
  place('id-aceh', 'Aceh', 'Aceh'),
  place('id-sumut', 'Sumatera Utara', 'North Sumatra', 'Sumut'),
  place('id-sumbar', 'Sumatera Barat', 'West Sumatra', 'Sumbar'),
  place('id-riau', 'Riau', 'Riau'),
  place('id-kepri', 'Kepulauan Riau', 'Riau Islands', 'Kepri'),
  place('id-jambi', 'Jambi', 'Jambi'),
  place('id-sumsel', 'Sumatera Selatan', 'South Sumatra', 'Sumsel'),
  place('id-bengkulu', 'Bengkulu', 'Bengkulu'),
  place('id-lampung', 'Lampung', 'Lampung'),
  place('id-babel', 'Kepulauan Bangka Belitung', 'Bangka Belitung Islands', 'Bangka Belitung', 'Babel'),
  place('id-banten', 'Banten', 'Banten'),
  place('id-jabar', 'Jawa Barat', 'West Java', 'Jabar'),
  place('id-jateng', 'Jawa Tengah', 'Central Java', 'Jateng'),
  place('id-diy', 'Daerah Istimewa Yogyakarta', 'Special Region of Yogyakarta', 'DIY', 'DI Yogyakarta'),
  place('id-jatim', 'Jawa Timur', 'East Java', 'Jatim'),
  place('id-bali', 'Bali', 'Bali'),
  place('id-ntb', 'Nusa Tenggara Barat', 'West Nusa Tenggara', 'NTB'),
  place('id-ntt', 'Nusa Tenggara Timur', 'East Nusa Tenggara', 'NTT'),
  place('id-kalbar', 'Kalimantan Barat', 'West Kalimantan', 'Kalbar'),
  place('id-kalteng', 'Kalimantan Tengah', 'Central Kalimantan', 'Kalteng'),
  place('id-kalsel', 'Kalimantan Selatan', 'South Kalimantan', 'Kalsel'),
  place('id-kaltim', 'Kalimantan Timur', 'East Kalimantan', 'Kaltim'),
  place('id-kaltara', 'Kalimantan Utara', 'North Kalimantan', 'Kaltara'),
  place('id-sulut', 'Sulawesi Utara', 'North Sulawesi', 'Sulut'),
  place('id-sulteng', 'Sulawesi Tengah', 'Central Sulawesi', 'Sulteng'),
  place('id-sulsel', 'Sulawesi Selatan', 'South Sulawesi', 'Sulsel'),
  place('id-sultra', 'Sulawesi Tenggara', 'Southeast Sulawesi', 'Sultra'),
  place('id-gorontalo', 'Gorontalo', 'Gorontalo'),
  place('id-sulbar', 'Sulawesi Barat', 'West Sulawesi', 'Sulbar'),
  place('id-maluku', 'Maluku', 'Maluku'),
  place('id-malut', 'Maluku Utara', 'North Maluku', 'Malut'),
  place('id-papua-barat', 'Papua Barat', 'West Papua', 'Pabar'),
  place('id-papua-tengah', 'Papua Tengah', 'Central Papua'),
  place('id-papua-selatan', 'Papua Selatan', 'South Papua'),
  place('id-papua-pegunungan', 'Papua Pegunungan', 'Highland Papua'),
  place('id-papua-barat-daya', 'Papua Barat Daya', 'Southwest Papua'),
];

/** Country aliases that CLDR and i18n-iso-countries do not list. */
export const COUNTRY_ALIASES: Record<string, string[]> = {
  KP: ['Korut', 'DPRK', 'Korea Utara', 'North Korea', 'Pyongyang regime'],
  KR: ['Korsel', 'Korea Selatan', 'South Korea', 'ROK'],
  US: ['AS', 'Amerika', 'Amerika Serikat', 'USA', 'U.S.', 'US', 'America', 'Paman Sam'],
  GB: ['Inggris', 'UK', 'Britain', 'Great Britain', 'Britania Raya'],
  CN: ['Tiongkok', 'China', 'Cina', 'RRT', "People's Republic of China"],
  RU: ['Rusia', 'Russia', 'Russian Federation'],
  UA: ['Ukraina', 'Ukraine'],
  ID: ['RI', 'Indonesia', 'Republik Indonesia'],
  NL: ['Belanda', 'Netherlands', 'Holland'],
  PS: ['Palestina', 'Palestine'],
  IR: ['Iran'],
  TW: ['Taiwan'],
};

/**
 * Names of the wider world that the entity layer knows and the Indonesian entity tagger does not
 * read (gazetteer.ts): the tagger's features read the lists above, and growing those needs a
 * retraining that moves a few hundred Indonesian names between types, the spread that shuffling
 * the training data alone gives. London, Chicago, Florida, Twitter and Apple were names of no type
 * in the English set, and "U.S" (the full stop after it ends the word) a name of its own.
 */
export const WORLD_ORGANISATIONS: KnownEntity[] = [
  org('ap', 'Associated Press', 'Associated Press', 'AP'),
  org('afp', 'Agence France-Presse', 'Agence France-Presse', 'AFP', 'Agence France Presse'),
  org('xinhua', 'Xinhua', 'Xinhua', 'Xinhua News Agency', 'Kantor Berita Xinhua'),
  org('yonhap', 'Yonhap', 'Yonhap', 'Yonhap News Agency', 'Kantor Berita Yonhap'),
  org('kcna', 'KCNA', 'KCNA', 'Korean Central News Agency', 'Kantor Berita Pusat Korea'),
  org('cnn', 'CNN', 'CNN'),
  org('bbc', 'BBC', 'BBC', 'British Broadcasting Corporation'),
  // Companies news names by a word of its own. Not Amazon, also the river and the forest, nor Grab, also an English verb.
  ...[
    ['apple', 'Apple'], ['google', 'Google'], ['facebook', 'Facebook'], ['twitter', 'Twitter'], ['instagram', 'Instagram'], ['youtube', 'YouTube'],
    ['whatsapp', 'WhatsApp'], ['telegram', 'Telegram'], ['tiktok', 'TikTok'], ['microsoft', 'Microsoft'], ['netflix', 'Netflix'], ['uber', 'Uber'],
    ['tesla', 'Tesla', 'Tesla Inc'], ['spacex', 'SpaceX'], ['samsung', 'Samsung'], ['huawei', 'Huawei'], ['alibaba', 'Alibaba'], ['toyota', 'Toyota'],
    ['boeing', 'Boeing'], ['airbus', 'Airbus'], ['qualcomm', 'Qualcomm'], ['broadcom', 'Broadcom'], ['intel', 'Intel'], ['nvidia', 'Nvidia'],
    ['sony', 'Sony'], ['nintendo', 'Nintendo'], ['equifax', 'Equifax'], ['goldman-sachs', 'Goldman Sachs'], ['hang-seng', 'Hang Seng', 'Hang Seng Index'],
  ].map(([key, en, ...aliases]) => org(key!, en!, en!, ...aliases)),
];

/**
 * Cities and states. Not those that are people's names as often (Houston, Dallas, Denver, Phoenix,
 * Austin, Jackson, Charlotte, Madison, Lincoln, Victoria; Virginia, Indiana, Montana; Georgia is a country).
 */
export const WORLD_PLACES: KnownEntity[] = [
    ['new-york', 'New York', 'New York City', 'NYC'], ['london', 'London'], ['paris', 'Paris'], ['tokyo', 'Tokyo'], ['osaka', 'Osaka'],
    ['chicago', 'Chicago'], ['san-francisco', 'San Francisco'], ['boston', 'Boston'], ['seattle', 'Seattle'], ['miami', 'Miami'],
    ['atlanta', 'Atlanta'], ['philadelphia', 'Philadelphia'], ['detroit', 'Detroit'], ['las-vegas', 'Las Vegas'], ['los-angeles', 'Los Angeles'],
    ['orlando', 'Orlando'], ['baltimore', 'Baltimore'], ['pittsburgh', 'Pittsburgh'], ['san-diego', 'San Diego'], ['new-orleans', 'New Orleans'],
    ['berlin', 'Berlin'], ['munich', 'Munich', 'München'], ['frankfurt', 'Frankfurt'], ['hamburg', 'Hamburg'], ['cologne', 'Cologne', 'Köln'],
    ['vienna', 'Vienna'], ['brussels', 'Brussels', 'Brussel'], ['amsterdam', 'Amsterdam'], ['geneva', 'Geneva', 'Jenewa'],
    ['zurich', 'Zurich', 'Zürich'], ['rome', 'Rome'], ['milan', 'Milan'], ['madrid', 'Madrid'], ['barcelona', 'Barcelona'],
    ['lisbon', 'Lisbon', 'Lisboa'], ['dublin', 'Dublin'], ['edinburgh', 'Edinburgh'], ['manchester', 'Manchester'], ['liverpool', 'Liverpool'],
    ['stockholm', 'Stockholm'], ['oslo', 'Oslo'], ['copenhagen', 'Copenhagen', 'Kopenhagen'], ['helsinki', 'Helsinki'], ['warsaw', 'Warsaw', 'Warsawa'],
    ['prague', 'Prague', 'Praha'], ['budapest', 'Budapest'], ['athens', 'Athens'], ['istanbul', 'Istanbul'], ['ankara', 'Ankara'],
    ['nice', 'Nice'], ['marseille', 'Marseille'], ['lyon', 'Lyon'], ['jerusalem', 'Jerusalem', 'Yerusalem'], ['tel-aviv', 'Tel Aviv'],
    ['tehran', 'Tehran', 'Teheran'], ['baghdad', 'Baghdad'], ['damascus', 'Damascus', 'Damaskus'], ['beirut', 'Beirut'], ['cairo', 'Cairo', 'Kairo'],
    ['riyadh', 'Riyadh'], ['dubai', 'Dubai'], ['doha', 'Doha'], ['kabul', 'Kabul'], ['islamabad', 'Islamabad'], ['karachi', 'Karachi'],
    ['new-delhi', 'New Delhi'], ['mumbai', 'Mumbai'], ['dhaka', 'Dhaka'], ['bangkok', 'Bangkok'], ['hanoi', 'Hanoi'], ['manila', 'Manila'],
    ['kuala-lumpur', 'Kuala Lumpur'], ['shanghai', 'Shanghai'], ['taipei', 'Taipei'], ['busan', 'Busan'],
    ['hokkaido', 'Hokkaido'], ['okinawa', 'Okinawa'], ['sydney', 'Sydney'], ['melbourne', 'Melbourne'], ['canberra', 'Canberra'],
    ['auckland', 'Auckland'], ['toronto', 'Toronto'], ['vancouver', 'Vancouver'], ['montreal', 'Montreal'], ['ottawa', 'Ottawa'],
    ['mexico-city', 'Mexico City'], ['rio-de-janeiro', 'Rio de Janeiro'], ['sao-paulo', 'São Paulo', 'Sao Paulo'], ['buenos-aires', 'Buenos Aires'],
    ['nairobi', 'Nairobi'], ['lagos', 'Lagos'], ['johannesburg', 'Johannesburg'], ['cape-town', 'Cape Town'],
    ['california', 'California', 'Kalifornia'], ['texas', 'Texas'], ['florida', 'Florida'], ['arizona', 'Arizona'], ['nevada', 'Nevada'],
    ['utah', 'Utah'], ['colorado', 'Colorado'], ['oregon', 'Oregon'], ['alaska', 'Alaska'], ['hawaii', 'Hawaii'], ['ohio', 'Ohio'],
    ['michigan', 'Michigan'], ['illinois', 'Illinois'], ['wisconsin', 'Wisconsin'], ['minnesota', 'Minnesota'], ['iowa', 'Iowa'],
    ['missouri', 'Missouri'], ['kansas', 'Kansas'], ['nebraska', 'Nebraska'], ['oklahoma', 'Oklahoma'], ['arkansas', 'Arkansas'],
    ['louisiana', 'Louisiana'], ['mississippi', 'Mississippi'], ['alabama', 'Alabama'], ['tennessee', 'Tennessee'], ['kentucky', 'Kentucky'],
    ['pennsylvania', 'Pennsylvania'], ['new-jersey', 'New Jersey'], ['massachusetts', 'Massachusetts'], ['connecticut', 'Connecticut'],
    ['maryland', 'Maryland'], ['delaware', 'Delaware'], ['vermont', 'Vermont'], ['new-hampshire', 'New Hampshire'], ['maine', 'Maine'],
    ['rhode-island', 'Rhode Island'], ['north-carolina', 'North Carolina'], ['south-carolina', 'South Carolina'], ['west-virginia', 'West Virginia'],
    ['north-dakota', 'North Dakota'], ['south-dakota', 'South Dakota'], ['idaho', 'Idaho'], ['wyoming', 'Wyoming'], ['new-mexico', 'New Mexico'],
    ['ontario', 'Ontario'], ['quebec', 'Quebec', 'Québec'], ['british-columbia', 'British Columbia'], ['alberta', 'Alberta'], ['manitoba', 'Manitoba'],
    ['saskatchewan', 'Saskatchewan'], ['nova-scotia', 'Nova Scotia'], ['new-brunswick', 'New Brunswick'], ['newfoundland', 'Newfoundland and Labrador', 'Newfoundland'],
    ['prince-edward-island', 'Prince Edward Island'], ['yukon', 'Yukon'], ['calgary', 'Calgary'], ['edmonton', 'Edmonton'], ['winnipeg', 'Winnipeg'],
    ['halifax', 'Halifax'], ['saskatoon', 'Saskatoon'], ['quebec-city', 'Quebec City'], ['mississauga', 'Mississauga'], ['brampton', 'Brampton'],
    ['kelowna', 'Kelowna'], ['red-deer', 'Red Deer'], ['medicine-hat', 'Medicine Hat'], ['queensland', 'Queensland'], ['new-south-wales', 'New South Wales'],
    ['scotland', 'Scotland'], ['wales', 'Wales'], ['england', 'England'], ['northern-ireland', 'Northern Ireland'],
].map(([key, en, ...aliases]) => place(key!, en!, en!, ...aliases));

/** More surfaces of entities listed above, by key: "U.S", "U.K" and "U.N" as a name's words are written. */
export const WORLD_ALIASES: Record<string, string[]> = { 'place:US': ['U.S'], 'place:GB': ['U.K.', 'U.K'], 'org:un': ['U.N'] };
