// Each term's newest postings, as one row (term_postings, migration 21). Finding candidates reads
// no more than a term's newest POSTINGS_PER_TERM, yet every posting of every article was filed
// in a b-tree of its own (article_terms): 4.75 million rows at 103,000 stored, 1.8 KB an article,
// and a filing of 2,000 articles wrote 93,000 of them into a tree that kept growing with the
// store. Kept to the newest of each term, a term's row stops growing once it has its share, and
// a filing rewrites one row for each term the batch holds (22,000 for 2,000 articles).
//
// A row is text, a line per posting, newest first: `<day> <article id>\n`. A filing puts the
// tail's postings in front and cuts the rest short without reading it (the tail is mostly newer
// than anything filed): as JSON, parsing and writing every list again took nearly four times as long
// as the whole b-tree insert it replaced.

import { before, type Posting } from './index-tail.js';

/** A term's row as read for counting (newest first): each article as numbered by `handleOf`, and its day. */
export function rowAsHandles(row: string | undefined, handleOf: (articleId: string) => number): { handles: Int32Array; days: Int32Array } {
  const text = row ?? '';
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  const handles = new Int32Array(lines);
  const days = new Int32Array(lines);
  // Read straight into the arrays: a pair made for each posting was most of a miss's cost.
  for (let i = 0, at = 0; i < lines; i++) {
    const space = text.indexOf(' ', at);
    const end = text.indexOf('\n', space);
    days[i] = Number(text.slice(at, space));
    handles[i] = handleOf(text.slice(space + 1, end));
    at = end + 1;
  }
  return { handles, days };
}

/**
 * A term's row with the index tail's postings of it (`tail`: oldest first) merged in, cut to the
 * newest `keep`. Filed postings are read one by one only while a tail posting may come after
 * them; the rest is kept as text. An article already filed is not taken twice.
 */
export function mergePostings(row: string | undefined, tail: readonly Posting[], keep: number): string {
  const stored = row ?? '';
  let out = '';
  let taken = 0;
  let at = 0;
  let j = tail.length - 1;
  while (taken < keep && j >= 0) {
    const next = tail[j]!;
    if (at < stored.length) {
      const space = stored.indexOf(' ', at);
      const end = stored.indexOf('\n', space) + 1;
      const day = Number(stored.slice(at, space));
      const id = stored.slice(space + 1, end - 1);
      if (day === next.day && id === next.articleId) {
        j--;
        continue;
      }
      if (!before(next.day, next.articleId, day, id)) {
        out += stored.slice(at, end);
        at = end;
        taken++;
        continue;
      }
    }
    out += `${next.day} ${next.articleId}\n`;
    taken++;
    j--;
  }
  // The filed postings left, up to the share: found by their line ends, not read.
  let end = at;
  for (; taken < keep && end < stored.length; taken++) end = stored.indexOf('\n', end) + 1;
  return out + stored.slice(at, end);
}
