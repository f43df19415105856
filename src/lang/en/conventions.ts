// How English wire copy opens, for the body cleaner: a byline paragraph naming the agency, then
// a dateline in capitals before the first sentence.

/** "Barbara Ortutay, The Associated Press": the writer, then the wire service. */
export const WIRE_BYLINE = /^([\p{L} .'’-]{3,60}),\s+(The Associated Press|Associated Press|The Canadian Press|Canadian Press|Reuters|Agence France-Presse|AFP|Bloomberg)$/u;

/** "NEW YORK -- ", "TROUT BROOK, N.B. — ": a place in capitals and a dash before the first sentence. */
export const WIRE_DATELINE = /^[A-Z][A-Z.'’]+(?:[ ,]+[A-Z][A-Z.'’]*){0,4}\s*[-–—]{1,2}\s+(?=\S)/;

