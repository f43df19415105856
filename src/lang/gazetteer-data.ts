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

export const KNOWN_ORGANISATIONS: KnownEntity[] = [
  { key: 'org:nato', type: 'ORGANISATION', id: 'NATO', en: 'NATO', aliases: ['Pakta Pertahanan Atlantik Utara', 'North Atlantic Treaty Organization', 'OTAN'] },
  { key: 'org:un', type: 'ORGANISATION', id: 'Perserikatan Bangsa-Bangsa', en: 'United Nations', aliases: ['PBB', 'UN', 'U.N.', 'Perserikatan Bangsa Bangsa'] },
  { key: 'org:unsc', type: 'ORGANISATION', id: 'Dewan Keamanan PBB', en: 'UN Security Council', aliases: ['DK PBB', 'Dewan Keamanan Perserikatan Bangsa-Bangsa', 'United Nations Security Council', 'Security Council', 'Dewan Keamanan'] },
  { key: 'org:pentagon', type: 'ORGANISATION', id: 'Pentagon', en: 'Pentagon', aliases: ['Departemen Pertahanan AS', 'US Department of Defense', 'Department of Defense'] },
  { key: 'org:eu', type: 'ORGANISATION', id: 'Uni Eropa', en: 'European Union', aliases: ['UE', 'EU'] },
  { key: 'org:asean', type: 'ORGANISATION', id: 'ASEAN', en: 'ASEAN', aliases: [] },
  { key: 'org:who', type: 'ORGANISATION', id: 'WHO', en: 'WHO', aliases: ['Organisasi Kesehatan Dunia', 'World Health Organization'] },
  { key: 'org:white-house', type: 'ORGANISATION', id: 'Gedung Putih', en: 'White House', aliases: [] },
  { key: 'org:kremlin', type: 'ORGANISATION', id: 'Kremlin', en: 'Kremlin', aliases: [] },
  { key: 'org:kpk', type: 'ORGANISATION', id: 'Komisi Pemberantasan Korupsi', en: 'Corruption Eradication Commission', aliases: ['KPK'] },
  { key: 'org:kpu', type: 'ORGANISATION', id: 'Komisi Pemilihan Umum', en: 'General Elections Commission', aliases: ['KPU'] },
  { key: 'org:dpr', type: 'ORGANISATION', id: 'Dewan Perwakilan Rakyat', en: 'House of Representatives', aliases: ['DPR', 'DPR RI'] },
  { key: 'org:mpr', type: 'ORGANISATION', id: 'Majelis Permusyawaratan Rakyat', en: "People's Consultative Assembly", aliases: ['MPR'] },
  { key: 'org:tni', type: 'ORGANISATION', id: 'TNI', en: 'Indonesian National Armed Forces', aliases: ['Tentara Nasional Indonesia'] },
  { key: 'org:polri', type: 'ORGANISATION', id: 'Polri', en: 'Indonesian National Police', aliases: ['Kepolisian Negara Republik Indonesia', 'POLRI'] },
  { key: 'org:bawaslu', type: 'ORGANISATION', id: 'Bawaslu', en: 'Elections Supervisory Agency', aliases: ['Badan Pengawas Pemilu'] },
  { key: 'org:mk', type: 'ORGANISATION', id: 'Mahkamah Konstitusi', en: 'Constitutional Court', aliases: ['MK'] },
  { key: 'org:reuters', type: 'ORGANISATION', id: 'Reuters', en: 'Reuters', aliases: [] },
  { key: 'org:nis-kr', type: 'ORGANISATION', id: 'National Intelligence Service', en: 'National Intelligence Service', aliases: ['NIS', 'Badan Intelijen Nasional Korea Selatan'] },
];

export const KNOWN_PEOPLE: KnownEntity[] = [
  { key: 'person:vladimir putin', type: 'PERSON', id: 'Vladimir Putin', en: 'Vladimir Putin', aliases: ['Putin'] },
  { key: 'person:joe biden', type: 'PERSON', id: 'Joe Biden', en: 'Joe Biden', aliases: ['Biden', 'Joseph Biden', 'Joseph R. Biden'] },
  { key: 'person:volodymyr zelensky', type: 'PERSON', id: 'Volodymyr Zelenskyy', en: 'Volodymyr Zelenskyy', aliases: ['Zelenskyy', 'Zelensky', 'Zelenskiy', 'Volodymyr Zelensky'] },
  { key: 'person:mark rutte', type: 'PERSON', id: 'Mark Rutte', en: 'Mark Rutte', aliases: ['Rutte'] },
  { key: 'person:kim jong un', type: 'PERSON', id: 'Kim Jong Un', en: 'Kim Jong Un', aliases: ['Kim Jong-un', 'Kim Jong-Un'] },
  { key: 'person:xi jinping', type: 'PERSON', id: 'Xi Jinping', en: 'Xi Jinping', aliases: [] },
  { key: 'person:donald trump', type: 'PERSON', id: 'Donald Trump', en: 'Donald Trump', aliases: ['Trump'] },
  { key: 'person:joko widodo', type: 'PERSON', id: 'Joko Widodo', en: 'Joko Widodo', aliases: ['Jokowi'] },
  { key: 'person:prabowo subianto', type: 'PERSON', id: 'Prabowo Subianto', en: 'Prabowo Subianto', aliases: ['Prabowo'] },
  { key: 'person:ma\'ruf amin', type: 'PERSON', id: "Ma'ruf Amin", en: "Ma'ruf Amin", aliases: ["Ma'ruf"] },
  { key: 'person:antonio guterres', type: 'PERSON', id: 'Antonio Guterres', en: 'António Guterres', aliases: ['Guterres'] },
  { key: 'person:jens stoltenberg', type: 'PERSON', id: 'Jens Stoltenberg', en: 'Jens Stoltenberg', aliases: ['Stoltenberg'] },
];

/** Places below the country level that news names often (countries come from CLDR). */
export const KNOWN_PLACES: KnownEntity[] = [
  { key: 'place:kursk', type: 'PLACE', id: 'Kursk', en: 'Kursk', aliases: [] },
  { key: 'place:moscow', type: 'PLACE', id: 'Moskow', en: 'Moscow', aliases: ['Moskwa'] },
  { key: 'place:kyiv', type: 'PLACE', id: 'Kyiv', en: 'Kyiv', aliases: ['Kiev', 'Kiew'] },
  { key: 'place:pyongyang', type: 'PLACE', id: 'Pyongyang', en: 'Pyongyang', aliases: [] },
  { key: 'place:seoul', type: 'PLACE', id: 'Seoul', en: 'Seoul', aliases: [] },
  { key: 'place:washington', type: 'PLACE', id: 'Washington', en: 'Washington', aliases: ['Washington DC', 'Washington D.C.'] },
  { key: 'place:beijing', type: 'PLACE', id: 'Beijing', en: 'Beijing', aliases: ['Beijing'] },
  { key: 'place:jakarta', type: 'PLACE', id: 'Jakarta', en: 'Jakarta', aliases: ['DKI Jakarta'] },
  { key: 'place:ikn', type: 'PLACE', id: 'Ibu Kota Nusantara', en: 'Nusantara', aliases: ['IKN'] },
  { key: 'place:indo-pacific', type: 'PLACE', id: 'Indo-Pasifik', en: 'Indo-Pacific', aliases: [] },
  { key: 'place:korean-peninsula', type: 'PLACE', id: 'Semenanjung Korea', en: 'Korean Peninsula', aliases: [] },
  { key: 'place:gaza', type: 'PLACE', id: 'Gaza', en: 'Gaza', aliases: ['Jalur Gaza', 'Gaza Strip'] },
  { key: 'place:papua', type: 'PLACE', id: 'Papua', en: 'Papua', aliases: [] },
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
