// The SQLite schema, versioned: PRAGMA user_version is the number of migrations applied.
// Migrations are append-only; a released one is never edited.

import type Database from 'better-sqlite3';
import { namesNoOneOutlet, outletFromAddress, outletRenames } from '../../outlet.js';
import { POSTINGS_PER_TERM } from '../indexing.js';

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

/** A SQLite migration: its SQL, then what SQL cannot say, in the same transaction. */
export interface SqliteMigration extends Migration {
  data?: (db: Database.Database) => void;
}

export const MIGRATIONS: SqliteMigration[] = [
  {
    version: 1,
    description: 'articles, stories, inverted index, entities, quotes, full-text search',
    sql: `
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        url TEXT,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        language TEXT NOT NULL,
        publisher TEXT,
        original_source TEXT,
        translated INTEGER NOT NULL DEFAULT 0,
        author TEXT,
        published_at TEXT,
        ingested_at TEXT NOT NULL,
        format TEXT NOT NULL,
        origin TEXT NOT NULL,
        story_id TEXT NOT NULL,
        analysis TEXT NOT NULL
      );
      CREATE INDEX articles_story ON articles(story_id);
      CREATE INDEX articles_published ON articles(published_at);
      CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;

      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        headline TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        last_updated TEXT NOT NULL,
        article_count INTEGER NOT NULL,
        redirect_to TEXT
      );
      CREATE INDEX stories_updated ON stories(last_updated);

      CREATE TABLE article_terms (
        term TEXT NOT NULL,
        article_id TEXT NOT NULL,
        PRIMARY KEY (term, article_id)
      ) WITHOUT ROWID;

      CREATE TABLE term_df (
        term TEXT PRIMARY KEY,
        df INTEGER NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE entities (
        key TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL
      );
      CREATE TABLE article_entities (
        article_id TEXT NOT NULL,
        entity_key TEXT NOT NULL,
        mentions TEXT NOT NULL,
        roles TEXT NOT NULL,
        PRIMARY KEY (article_id, entity_key)
      ) WITHOUT ROWID;
      CREATE INDEX article_entities_key ON article_entities(entity_key);

      CREATE TABLE quotes (
        article_id TEXT NOT NULL,
        idx INTEGER NOT NULL,
        speaker TEXT,
        speaker_key TEXT,
        text TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
      );
      CREATE INDEX quotes_speaker ON quotes(speaker_key);

      CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, stems, tokenize = 'unicode61 remove_diacritics 2');
    `,
  },
  {
    version: 2,
    description: 'syndicated copies: an article may be a near-duplicate of an earlier one',
    sql: `
      ALTER TABLE articles ADD COLUMN duplicate_of TEXT;
      CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
    `,
  },
  {
    version: 3,
    description: 'quotes are direct quotations or reported statements',
    sql: `ALTER TABLE quotes ADD COLUMN kind TEXT NOT NULL DEFAULT 'direct';`,
  },
  {
    version: 4,
    description: 'what story assignment reads of an article, apart from the full analysis (parsing that was the ingest hot spot)',
    sql: `
      CREATE TABLE article_features (
        article_id TEXT PRIMARY KEY,
        terms TEXT NOT NULL,
        entity_keys TEXT NOT NULL,
        fingerprint TEXT
      ) WITHOUT ROWID;
      INSERT INTO article_features (article_id, terms, entity_keys, fingerprint)
        SELECT id, json_extract(analysis, '$.terms'),
          (SELECT json_group_array(json_extract(e.value, '$.key')) FROM json_each(analysis, '$.entities') AS e),
          json_extract(analysis, '$.fingerprint')
        FROM articles;
    `,
  },
  {
    version: 5,
    description: 'postings carry their day, so that a term\'s list can be read newest first and cut short',
    sql: `
      ALTER TABLE article_terms ADD COLUMN day INTEGER NOT NULL DEFAULT 0;
      UPDATE article_terms SET day = coalesce((SELECT CAST(julianday(substr(coalesce(a.published_at, a.ingested_at), 1, 10)) - 2440587.5 AS INTEGER)
        FROM articles a WHERE a.id = article_terms.article_id), 0);
      CREATE INDEX article_terms_recent ON article_terms(term, day DESC);
    `,
  },
  {
    version: 6,
    description: 'a story\'s newest articles without sorting all of them (the centroid read grew with the story)',
    sql: `CREATE INDEX articles_story_recent ON articles(story_id, coalesce(published_at, ingested_at) DESC, id);`,
  },
  {
    version: 7,
    description: 'telling figures of an article, for matching articles across languages (older articles have none)',
    sql: `ALTER TABLE article_features ADD COLUMN anchors TEXT NOT NULL DEFAULT '[]';`,
  },
  {
    version: 8,
    description: 'the inverted index and document frequencies written in batches (articles past a mark are read from their features), postings in one b-tree, features in a rowid table',
    sql: `
      CREATE TABLE article_terms_new (
        term TEXT NOT NULL,
        day INTEGER NOT NULL,
        article_id TEXT NOT NULL,
        PRIMARY KEY (term, day DESC, article_id)
      ) WITHOUT ROWID;
      INSERT INTO article_terms_new (term, day, article_id) SELECT term, day, article_id FROM article_terms;
      DROP TABLE article_terms;
      ALTER TABLE article_terms_new RENAME TO article_terms;

      -- Rows of a kilobyte or more are read three times faster from a rowid table than from a WITHOUT ROWID one.
      CREATE TABLE article_features_new (
        article_id TEXT PRIMARY KEY,
        terms TEXT NOT NULL,
        entity_keys TEXT NOT NULL,
        fingerprint TEXT,
        anchors TEXT NOT NULL DEFAULT '[]',
        index_terms TEXT NOT NULL DEFAULT '[]',
        index_day INTEGER NOT NULL DEFAULT 0
      );
      INSERT INTO article_features_new (article_id, terms, entity_keys, fingerprint, anchors)
        SELECT article_id, terms, entity_keys, fingerprint, anchors FROM article_features;
      DROP TABLE article_features;
      ALTER TABLE article_features_new RENAME TO article_features;

      -- term_df and article_terms hold the articles up to seq (articles.rowid); later ones are in article_features.
      CREATE TABLE index_mark (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL
      );
      INSERT INTO index_mark (id, seq) SELECT 1, coalesce(max(rowid), 0) FROM articles;
    `,
  },
  {
    version: 9,
    description: 'what story assignment reads of an article (its story, dates, language, original) from indexes, not from rows whose text and analysis come first',
    sql: `
      -- A row's later columns are read by walking the overflow pages of its earlier ones (text,
      -- analysis: some twelve kilobytes): the columns a candidate needs are kept in an index too.
      CREATE INDEX articles_assignment ON articles(id, story_id, published_at, language, duplicate_of);
      -- The centroid's members, a story's newest independent articles, from the index alone.
      CREATE INDEX articles_story_independent ON articles(story_id, coalesce(published_at, ingested_at) DESC, id) WHERE duplicate_of IS NULL;
    `,
  },
  {
    version: 10,
    description: 'full-text search without a second copy of every article\'s stems: a contentless index keyed by the article\'s rowid',
    sql: `
      -- The stems are written in from the article's analysis and never read back: the index alone
      -- answers MATCH and bm25, and the article is found by its rowid (2.4 KB of 27 per article).
      CREATE VIRTUAL TABLE articles_fts_new USING fts5(stems, content = '', tokenize = 'unicode61 remove_diacritics 2');
      INSERT INTO articles_fts_new (rowid, stems) SELECT a.rowid, f.stems FROM articles_fts f JOIN articles a ON a.id = f.article_id;
      DROP TABLE articles_fts;
      ALTER TABLE articles_fts_new RENAME TO articles_fts;
    `,
  },
  {
    version: 11,
    description: 'a story knows whether its dates are news dates or only the day its undated articles were stored',
    sql: `
      -- A story begun by an undated article took the ingest time as its dates and kept it as its
      -- last update when dated articles joined (Antara's archive, ingested today, made July's
      -- stories look fresh). Stories with a dated article now take their dates from those alone.
      ALTER TABLE stories ADD COLUMN dated INTEGER NOT NULL DEFAULT 0;
      UPDATE stories SET dated = 1,
        first_seen = (SELECT min(a.published_at) FROM articles a WHERE a.story_id = stories.id AND a.published_at IS NOT NULL),
        last_updated = (SELECT max(a.published_at) FROM articles a WHERE a.story_id = stories.id AND a.published_at IS NOT NULL)
      WHERE EXISTS (SELECT 1 FROM articles a WHERE a.story_id = stories.id AND a.published_at IS NOT NULL);
    `,
  },
  {
    version: 12,
    description: 'a dated story\'s headline is its first report\'s title, not the title of whichever article was stored first',
    sql: `
      -- Files ingested in any order (an archive newest first, a digest before the reports it sums up) made the first
      -- article stored the headline; a dated story now takes the title of its earliest dated article.
      UPDATE stories SET headline = (SELECT a.title FROM articles a WHERE a.story_id = stories.id AND a.published_at IS NOT NULL
        ORDER BY a.published_at, a.rowid LIMIT 1)
      WHERE dated AND redirect_to IS NULL;
    `,
  },
  {
    version: 13,
    description: 'which articles name an entity, filed in batches with the inverted index: its index on entity keys wrote a page per entity of every article',
    sql: `
      -- An article names some twenty entities, and the index on article_entities(entity_key) put each of its links on a
      -- page of its own: forty of the seventy pages each article's commit wrote. Filed every few hundred articles in key
      -- order, links of one entity share pages; articles past the mark (the index tail) are found by their own rows.
      CREATE TABLE entity_articles (
        entity_key TEXT NOT NULL,
        article_id TEXT NOT NULL,
        PRIMARY KEY (entity_key, article_id)
      ) WITHOUT ROWID;
      INSERT INTO entity_articles (entity_key, article_id)
        SELECT ae.entity_key, ae.article_id FROM article_entities ae JOIN articles a ON a.id = ae.article_id
        WHERE a.rowid <= (SELECT seq FROM index_mark) ORDER BY ae.entity_key, ae.article_id;
      DROP INDEX article_entities_key;
    `,
  },
  {
    version: 14,
    description: 'the full-text index written in batches with the inverted index: each article\'s own segment and the merges they set off were a sixth of ingest time and its slowest commits',
    sql: `
      -- Every article was indexed in its own transaction: FTS5 wrote it as a segment of its own and
      -- merged segments as they piled up (at 30,000 stored articles, 1 ms of 6 per article, and the
      -- merges made the slowest commits: p99 24 ms against 13 without). Filed with the inverted
      -- index now, every few hundred articles; search reads the articles past fts_seq from their stems.
      -- Everything stored so far was indexed as it was stored: the mark starts at the last article.
      ALTER TABLE index_mark ADD COLUMN fts_seq INTEGER NOT NULL DEFAULT 0;
      UPDATE index_mark SET fts_seq = (SELECT coalesce(max(rowid), 0) FROM articles);
      -- In how many indexed articles each token occurs: unfiled articles are ranked with the index's statistics.
      CREATE VIRTUAL TABLE articles_fts_terms USING fts5vocab(articles_fts, 'row');
    `,
  },
  {
    version: 15,
    description: 'read paths that stay fast as the store grows: entity counts kept with the filed links, a recency index over all articles; indexes no query used dropped',
    sql: `
      -- How many filed articles name each entity, added to as links are filed (the articles past the mark are counted
      -- from their rows): listing entities counted every link of the store, 4.7 s at 100,000 articles.
      -- The type is the entity's (it never changes), so that a listing of one type reads this table alone.
      CREATE TABLE entity_counts (
        entity_key TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        articles INTEGER NOT NULL
      ) WITHOUT ROWID;
      INSERT INTO entity_counts (entity_key, type, articles)
        SELECT ea.entity_key, e.type, count(*) FROM entity_articles ea JOIN entities e ON e.key = ea.entity_key GROUP BY ea.entity_key;
      -- The newest articles first, as listings order them: articles and quotes were sorted whole for every listing
      -- (0.4 and 0.9 s at 100,000 articles). It takes the place of the index on published_at, which no query used.
      CREATE INDEX articles_recent ON articles(coalesce(published_at, ingested_at) DESC, id);
      DROP INDEX articles_published;
      -- articles_story_recent begins with story_id: its own index was a page more in every article's commit. It now
      -- also holds what stories are filtered and summed up by (language, sources, copies), which were read from
      -- rows some kilobytes long: listing stories of one language or source took 0.3 to 0.5 s at 100,000 articles.
      DROP INDEX articles_story;
      DROP INDEX articles_story_recent;
      CREATE INDEX articles_story_recent ON articles(story_id, coalesce(published_at, ingested_at) DESC, id,
        language, publisher, original_source, duplicate_of);
      -- Speakers are matched by key or by a part of the name, which no index serves: a page more per quotation stored.
      DROP INDEX quotes_speaker;
    `,
  },
  {
    version: 16,
    description: 'each story\'s entity counts, kept as articles join it, and an index in listing order: a story\'s summary counted every link of its articles, and a listing sorted every story',
    sql: `
      -- Counted as articles join (and moved on a merge), so that a summary reads a story's entities and not every
      -- link of its articles: the front page took 4.8 s at a million articles, its hundred stories holding 100,000.
      -- Keyed by story, an article's counts share a page or two; no index by entity (one would write a page per entity).
      CREATE TABLE story_entities (
        story_id TEXT NOT NULL,
        entity_key TEXT NOT NULL,
        articles INTEGER NOT NULL,
        PRIMARY KEY (story_id, entity_key)
      ) WITHOUT ROWID;
      INSERT INTO story_entities (story_id, entity_key, articles)
        SELECT a.story_id, ae.entity_key, count(*) FROM article_entities ae JOIN articles a ON a.id = ae.article_id
        GROUP BY a.story_id, ae.entity_key;
      -- Listings walk the stories in their order and stop at their limit.
      CREATE INDEX stories_listing ON stories(article_count DESC, last_updated DESC, id) WHERE redirect_to IS NULL;
      -- A speaker's quotes by its key: they were read from every article naming it, the quotes of 36,859 articles
      -- for Indonesia's page at 200,000 stored (0.2 s), to find it never speaks. Only quotes whose speaker is known.
      CREATE INDEX quotes_speaker_key ON quotes(speaker_key) WHERE speaker_key IS NOT NULL;
    `,
  },
  {
    version: 17,
    description: 'outlets stored under a host name are named by its registrable part, as new articles\' are (www.washingtonpost.com → washingtonpost.com)',
    sql: '-- The names come from outletName (src/outlet.ts): see data.',
    data: (db) => {
      const publishers = db.prepare('SELECT DISTINCT publisher FROM articles WHERE publisher IS NOT NULL').pluck().all() as string[];
      const renames = outletRenames(publishers);
      if (renames.size === 0) return;
      // One pass over the articles for every rename.
      db.prepare(`UPDATE articles SET publisher = (SELECT value FROM json_each(@renames) WHERE key = articles.publisher)
        WHERE publisher IN (SELECT key FROM json_each(@renames))`).run({ renames: JSON.stringify(Object.fromEntries(renames)) });
    },
  },
  {
    version: 18,
    description: 'an article records the stories its arrival merged into its story (the live river drops their items)',
    sql: '-- A JSON array of story ids, or null when the article merged none.\nALTER TABLE articles ADD COLUMN merged TEXT;',
  },
  {
    version: 19,
    description: 'outlets an older Kabar named by a shared suffix (sch.id, my.id, blogspot.com) are named again from their articles\' addresses (smkn1.sch.id)',
    sql: '-- The names come from outletOfAddress (src/outlet.ts): see data.',
    data: (db) => {
      const shared = (db.prepare('SELECT DISTINCT publisher FROM articles WHERE publisher IS NOT NULL').pluck().all() as string[]).filter(namesNoOneOutlet);
      if (shared.length === 0) return;
      const rows = db.prepare('SELECT rowid, publisher, url FROM articles WHERE url IS NOT NULL AND publisher IN (SELECT value FROM json_each(?))')
        .raw().all(JSON.stringify(shared)) as [number, string, string][];
      const rename = db.prepare('UPDATE articles SET publisher = ? WHERE rowid = ?');
      for (const [rowid, publisher, url] of rows) {
        const outlet = outletFromAddress(publisher, url);
        if (outlet) rename.run(outlet, rowid);
      }
    },
  },
  {
    version: 20,
    description: 'an article records whether it took its story up again after a silence (a story gone silent is taken up only through the articles that made it)',
    sql: `
      ALTER TABLE article_features ADD COLUMN revives INTEGER NOT NULL DEFAULT 0;
      -- Stored articles are read as their story's dated articles in publication order: one that came more than 30 days
      -- (ASSIGNMENT.coldAfterDays when this was written) after the one before it took its story up again.
      UPDATE article_features SET revives = 1 WHERE article_id IN (
        SELECT id FROM (
          SELECT id, julianday(published_at) - julianday(lag(published_at) OVER (PARTITION BY story_id ORDER BY published_at, id)) AS gap
          FROM articles WHERE published_at IS NOT NULL AND duplicate_of IS NULL)
        WHERE gap > 30);
    `,
  },
  {
    version: 21,
    description: 'each term\'s newest postings kept in one row (candidates read no more): every posting of every article was filed in a b-tree that grew with the store',
    sql: `
      -- A line per posting, '<day> <article id>', newest first (the latest day, then by id), at most POSTINGS_PER_TERM:
      -- see src/storage/sqlite/term-postings.ts. A rowid table: rows of some kilobytes are read faster from one.
      CREATE TABLE term_postings (
        term TEXT PRIMARY KEY,
        postings TEXT NOT NULL
      );
      INSERT INTO term_postings (term, postings)
        SELECT term, group_concat(day || ' ' || article_id || char(10), '' ORDER BY day DESC, article_id)
        FROM (SELECT term, article_id, day, row_number() OVER (PARTITION BY term ORDER BY day DESC, article_id) AS n FROM article_terms)
        WHERE n <= ${POSTINGS_PER_TERM} GROUP BY term;
      DROP TABLE article_terms;
    `,
  },
  {
    version: 22,
    description: 'which articles name an entity, kept in the order they arrived: each filing wrote its links between older ones, a page per link once an entity\'s links filled pages',
    sql: `
      -- Keyed by the article's rowid (arrival order): a filing appends each entity's links at the end of its own.
      CREATE TABLE entity_articles_new (
        entity_key TEXT NOT NULL,
        seq INTEGER NOT NULL,
        article_id TEXT NOT NULL,
        PRIMARY KEY (entity_key, seq)
      ) WITHOUT ROWID;
      INSERT INTO entity_articles_new (entity_key, seq, article_id)
        SELECT ea.entity_key, a.rowid, ea.article_id FROM entity_articles ea JOIN articles a ON a.id = ea.article_id ORDER BY 1, 2;
      DROP TABLE entity_articles;
      ALTER TABLE entity_articles_new RENAME TO entity_articles;
    `,
  },
];
