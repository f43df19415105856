// English titles before a person's name; multi-word titles first. Matched case-insensitively.
/** Courtesy titles before a surname ("Mr Abe", "Mrs May"): they open a name, though stopword lists hold them. */
export const HONORIFICS_EN = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);

export const TITLES_EN = [
  'secretary general', 'secretary-general', 'vice president', 'prime minister', 'foreign minister', 'defence minister',
  'defense secretary', 'secretary of state', 'press secretary', 'chief executive', 'president', 'minister', 'secretary',
  'chancellor', 'king', 'queen', 'prince', 'princess', 'general', 'gen', 'senator', 'sen', 'rep', 'governor', 'mayor',
  'chairman', 'chairwoman', 'director', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'judge',
  'pope', 'mr', 'mrs', 'ms', 'dr', 'professor', 'sir', 'lord', 'lady', 'commander', 'colonel', 'captain', 'premier',
  'assistant commissioner', 'deputy commissioner', 'commissioner', 'district attorney', 'prosecuting attorney', 'attorney general',
  'rabbi', 'imam', 'pastor', 'reverend', 'rev', 'bishop', 'archbishop', 'cardinal', 'sheikh', 'dean',
  'leader', 'organizer', 'organiser', 'coach', 'head coach', 'superintendent', 'inspector', 'sergeant', 'constable', 'chief justice',
  'senate majority leader', 'senate minority leader', 'majority leader', 'minority leader', 'house speaker', 'speaker',
  'mp', 'mpp', 'mla', 'councillor', 'councilor', 'alderman', 'trustee',
];

export const ROLE_WORDS_EN = new Set(['foreign', 'defence', 'defense', 'finance', 'state', 'general', 'deputy', 'acting', 'former', 'of', 'us', 'u.s.']);

/**
 * Lower-case nouns that introduce a person's name in English news ("coach Ken Hitchcock",
 * "spokesperson Martin Magnan", "his son Kody Cook"): the capitalised name right after one is a person.
 */
export const PERSON_NOUNS_EN = new Set([
  'coach', 'forward', 'defenceman', 'defenseman', 'goalie', 'goaltender', 'guard', 'centre', 'center', 'winger', 'captain', 'teammate',
  'player', 'rookie', 'veteran', 'striker', 'midfielder', 'defender', 'quarterback', 'pitcher', 'golfer', 'star',
  'spokesperson', 'spokesman', 'spokeswoman', 'minister', 'officer', 'analyst', 'director', 'executive', 'president', 'chair',
  'chairman', 'chairwoman', 'leader', 'lawyer', 'attorney', 'professor', 'researcher', 'doctor', 'nurse', 'author', 'economist',
  'strategist', 'manager', 'founder', 'owner', 'resident', 'student', 'teacher', 'mayor', 'councillor', 'councilor', 'senator',
  'actor', 'actress', 'singer', 'rapper', 'journalist', 'reporter', 'editor', 'official', 'adviser', 'advisor', 'commissioner',
  'superintendent', 'inspector', 'constable', 'sergeant', 'deputy', 'secretary', 'ambassador', 'judge', 'justice', 'prosecutor',
  'son', 'daughter', 'wife', 'husband', 'mother', 'father', 'brother', 'sister', 'friend', 'neighbour', 'neighbor', 'colleague',
  'candidate', 'cousin', 'uncle', 'aunt', 'grandmother', 'grandfather', 'victim', 'survivor', 'witness', 'mp', 'mla', 'ceo', 'cfo',
]);

/** Last words that make an English name an organisation's ("Canadian Press", "Dow Chemical", "United Church"). */
export const ORG_HEADS_EN = new Set([
  'press', 'watch', 'studies', 'councils', 'nations', 'ministries', 'ministry', 'church', 'project', 'fund', 'images', 'chemical', 'electronics',
  'international', 'affairs', 'development', 'foundation', 'school', 'college', 'academy', 'hospital', 'clinic', 'society', 'union',
  'network', 'media', 'television', 'radio', 'magazine', 'journal', 'herald', 'tribune', 'gazette', 'club', 'team', 'league',
  'federation', 'authority', 'board', 'trust', 'bank', 'airlines', 'airways', 'air', 'aviation', 'security', 'investigation', 'intelligence',
  'administration', 'committee', 'subcommittee', 'motors', 'systems', 'technologies', 'holdings', 'co', 'corp', 'inc', 'ltd', 'plc', 'llc',
  'partners', 'capital', 'energy', 'health', 'services', 'resources', 'industries', 'communications', 'mobile', 'labs', 'diocese',
  'cross', 'senators', 'oilers', 'flames', 'canucks', 'raptors', 'sharks', 'hurricanes', 'rockets', 'pacers', 'program', 'programme',
  'championship', 'cup', 'open', 'series', 'award', 'awards', 'globe', 'games', 'festival', 'summit', 'conference',
]);

/** Last words that make an English name a place's ("Yonge Street", "Osborne Village", "Grandview Heights"). */
/** Lower-case nouns that introduce an organisation's name ("credit company Equifax", "the airline Nature Air"). */
export const ORG_NOUNS_EN = new Set(['company', 'firm', 'agency', 'bureau', 'airline', 'carrier', 'bank', 'insurer', 'retailer', 'startup',
  'conglomerate', 'corporation', 'group', 'organisation', 'organization', 'charity', 'newspaper', 'broadcaster', 'network', 'outlet',
  'website', 'app', 'platform', 'automaker', 'carmaker', 'manufacturer', 'maker', 'brand', 'lender', 'giant', 'regulator', 'ministry']);

export const PLACE_HEADS_EN = new Set([
  'street', 'avenue', 'road', 'boulevard', 'drive', 'lane', 'square', 'park', 'village', 'heights', 'valley', 'station', 'airport',
  'house', 'hall', 'centre', 'center', 'complex', 'library', 'arena', 'stadium', 'bridge', 'county', 'city', 'township', 'district',
  'casino', 'resort', 'hotel', 'mall', 'museum', 'planetarium', 'theater', 'theatre', 'cathedral', 'mosque', 'temple', 'synagogue', 'zoo', 'base',
  'island', 'islands', 'mountains', 'river', 'lake', 'bay', 'beach', 'coast', 'harbour', 'harbor', 'port', 'falls', 'hills', 'creek', 'dome',
]);

/**
 * Last words of the names of the bodies a place or a company opens ("Washington Post", "Seoul
 * Metropolitan Police", "Samsung Electronics Co"): organisations', places', newspapers'.
 */
export const BODY_HEADS_EN = new Set([...ORG_HEADS_EN, ...PLACE_HEADS_EN, 'post', 'times', 'daily', 'telegraph', 'guardian', 'observer',
  'chronicle', 'examiner', 'star', 'sun', 'mirror', 'express', 'independent', 'standard', 'today', 'news', 'police', 'university',
  'institute', 'institution', 'council', 'court', 'department', 'government', 'marathon', 'olympics', 'united', 'records', 'tv']);

/** Months as datelines and captions cut them short ("Dec. 31", "Sept. 15"); May and June are names too, and whole. */
export const MONTHS_SHORT_EN = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/**
 * English words that capitals make look like names but never are a person's: days and seasons
 * ("Christmas Day", "Late Tuesday"), parties, faiths and nationalities ("Kentucky Republican",
 * "Covington Catholic", "Native American"), and the parts of offices ("Senate Majority").
 */
export const NOT_NAME_WORDS_EN = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'day', 'eve', 'christmas',
  'easter', 'year', 'years', 'late', 'early', 'earlier', 'later', 'week', 'weekend', 'republican', 'republicans', 'democrat', 'democrats',
  'dems', 'catholic', 'catholics', 'muslim', 'jewish', 'american', 'americans', 'canadian', 'canadians', 'british', 'native',
  'conservative', 'conservatives', 'liberal', 'liberals', 'progressive', 'national', 'federal', 'provincial', 'senate', 'house', 'majority',
  'minority', 'prime', 'interest', 'united', 'aired', 'watch', 'read', 'more',
  // Wars, agencies and fields: "Six-Day War", "Agence France-Presse", "Economic Co-Operation".
  'war', 'agence', 'economic']);

/**
 * Capitalised words that open an English sentence without being a first name: articles,
 * prepositions, conjunctions, pronouns and sentence adverbs ("In November, the …", "But Smith").
 * Narrower than the stopword list, which holds first names such as Will and May.
 */
export const SENTENCE_OPENERS_EN = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'for', 'from', 'after', 'before', 'during', 'since', 'by',
  'with', 'as', 'when', 'while', 'if', 'but', 'and', 'or', 'so', 'yet', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they',
  'we', 'i', 'his', 'her', 'their', 'our', 'my', 'your', 'there', 'here', 'then', 'now', 'today', 'yesterday', 'meanwhile', 'however', 'also',
  'still', 'instead', 'indeed', 'later', 'earlier', 'last', 'next', 'some', 'many', 'most', 'all', 'both', 'each', 'every', 'no', 'not',
  'what', 'which', 'who', 'where', 'why', 'how', 'once', 'until', 'although', 'though', 'because', 'despite', 'under', 'over', 'into',
  'through', 'across', 'among', 'between', 'against', 'about', 'above', 'below', 'around', 'somehow', 'otherwise', 'anyway', 'again',
  'nevertheless', 'nonetheless', 'overall', 'together', 'yes', 'to', 'of', 'such', 'other', 'another', 'more', 'less', 'few', 'several',
  'you', 'please', 'maybe', 'perhaps', 'well', 'like', 'do']);

/** Words that place a day or month in time ("Earlier Sunday", "Late Friday", "Last October"): with one, no name. */
export const TIME_MODIFIERS_EN = new Set(['early', 'earlier', 'late', 'later', 'last', 'next', 'this', 'that', 'since', 'until', 'on', 'by', 'every']);

/** Words for a kind of body or place that name none alone ("the Department said", "the Ministry", "City officials"). */
export const KIND_WORDS_EN = new Set(['department', 'ministry', 'university', 'office', 'police', 'news', 'city', 'county', 'state', 'agency',
  'company', 'court', 'council', 'party', 'army', 'government', 'commission', 'committee', 'bureau', 'board', 'hospital', 'school',
  'college', 'airport', 'station', 'street', 'province', 'region', 'district']);

/** Participles that make an adjective of a name (Atlanta-based, London-born, Saudi-led, Kremlin-backed), as a pattern's alternatives. */
export const PARTICIPLES_EN = 'based|born|bred|led|backed|owned|run|made|funded|linked|allied|controlled|affiliated|bound';
