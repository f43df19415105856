// The PostgreSQL schema, versioned like SQLite's: table kabar_schema holds the migrations applied.
// Migrations are append-only; a released one is never edited. Keys and ISO dates are compared
// byte-wise (COLLATE "C"), as SQLite does, whatever the database's locale.

import type pg from 'pg';
import { namesNoOneOutlet, outletFromAddress, outletRenames } from '../../outlet.js';
import type { Migration } from '../sqlite/migrations.js';

/** A PostgreSQL migration: its SQL, then what SQL cannot say, in the same transaction. */
export interface PgMigration extends Migration {
  data?: (client: pg.PoolClient) => Promise<void>;
}

export const PG_MIGRATIONS: PgMigration[] = [
  {
    version: 1,
    description: 'articles, stories, inverted index, entities, quotes, full-text search over Kabar\'s stems, change feed',
    sql: `
      CREATE TABLE articles (
        id text COLLATE "C" PRIMARY KEY,
        seq bigserial UNIQUE,
        url text,
        title text NOT NULL,
        text text NOT NULL,
        language text NOT NULL,
        publisher text,
        original_source text,
        translated boolean NOT NULL DEFAULT false,
        author text,
        published_at text COLLATE "C",
        ingested_at text COLLATE "C" NOT NULL,
        format text NOT NULL,
        origin text NOT NULL,
        story_id text COLLATE "C" NOT NULL,
        duplicate_of text COLLATE "C",
        analysis jsonb NOT NULL,
        stems tsvector NOT NULL
      );
      CREATE INDEX articles_story ON articles (story_id);
      CREATE INDEX articles_sort ON articles ((coalesce(published_at, ingested_at)), id);
      CREATE UNIQUE INDEX articles_url ON articles (url) WHERE url IS NOT NULL;
      CREATE INDEX articles_duplicate_of ON articles (duplicate_of) WHERE duplicate_of IS NOT NULL;
      CREATE INDEX articles_stems ON articles USING gin (stems);

      CREATE TABLE stories (
        id text COLLATE "C" PRIMARY KEY,
        headline text NOT NULL,
        first_seen text COLLATE "C" NOT NULL,
        last_updated text COLLATE "C" NOT NULL,
        article_count integer NOT NULL,
        redirect_to text COLLATE "C"
      );
      CREATE INDEX stories_updated ON stories (last_updated);
      CREATE INDEX stories_redirect ON stories (redirect_to) WHERE redirect_to IS NOT NULL;

      CREATE TABLE article_terms (
        term text COLLATE "C" NOT NULL,
        article_id text COLLATE "C" NOT NULL,
        PRIMARY KEY (term, article_id)
      );
      CREATE TABLE term_df (
        term text COLLATE "C" PRIMARY KEY,
        df integer NOT NULL
      );
      CREATE TABLE article_features (
        article_id text COLLATE "C" PRIMARY KEY,
        terms jsonb NOT NULL,
        entity_keys jsonb NOT NULL,
        fingerprint text
      );

      CREATE TABLE entities (
        key text COLLATE "C" PRIMARY KEY,
        name text NOT NULL,
        type text NOT NULL
      );
      CREATE TABLE article_entities (
        article_id text COLLATE "C" NOT NULL,
        entity_key text COLLATE "C" NOT NULL,
        mentions jsonb NOT NULL,
        roles jsonb NOT NULL,
        PRIMARY KEY (article_id, entity_key)
      );
      CREATE INDEX article_entities_key ON article_entities (entity_key);

      CREATE TABLE quotes (
        article_id text COLLATE "C" NOT NULL,
        idx integer NOT NULL,
        speaker text,
        speaker_key text COLLATE "C",
        text text NOT NULL,
        kind text NOT NULL DEFAULT 'direct',
        PRIMARY KEY (article_id, idx)
      );
      CREATE INDEX quotes_speaker ON quotes (speaker_key);
    `,
  },
  {
    version: 2,
    description: 'postings carry their day, so that a term\'s list can be read newest first and cut short',
    sql: `
      ALTER TABLE article_terms ADD COLUMN day integer NOT NULL DEFAULT 0;
      UPDATE article_terms t SET day = floor(extract(epoch FROM coalesce(a.published_at, a.ingested_at)::timestamptz) / 86400)::integer
        FROM articles a WHERE a.id = t.article_id;
      CREATE INDEX article_terms_recent ON article_terms (term, day DESC);
    `,
  },
  {
    version: 3,
    description: 'a story\'s newest articles without sorting all of them (the centroid read grew with the story)',
    sql: `CREATE INDEX articles_story_recent ON articles (story_id, (coalesce(published_at, ingested_at)) DESC, id);`,
  },
  {
    version: 4,
    description: 'telling figures of an article, for matching articles across languages (older articles have none)',
    sql: `ALTER TABLE article_features ADD COLUMN anchors jsonb NOT NULL DEFAULT '[]';`,
  },
  {
    version: 5,
    description: 'a story knows whether its dates are news dates or only the time its undated articles were stored (as SQLite\'s migration 11)',
    sql: `
      ALTER TABLE stories ADD COLUMN dated boolean NOT NULL DEFAULT false;
      UPDATE stories s SET dated = true, first_seen = d.first_seen, last_updated = d.last_updated
        FROM (SELECT story_id, min(published_at) AS first_seen, max(published_at) AS last_updated FROM articles
              WHERE published_at IS NOT NULL GROUP BY story_id) AS d
        WHERE d.story_id = s.id;
    `,
  },
  {
    version: 6,
    description: 'a dated story\'s headline is its first report\'s title (as SQLite\'s migration 12)',
    sql: `
      UPDATE stories s SET headline = f.title
        FROM (SELECT DISTINCT ON (story_id) story_id, title FROM articles WHERE published_at IS NOT NULL ORDER BY story_id, published_at, seq) AS f
        WHERE f.story_id = s.id AND s.dated AND s.redirect_to IS NULL;
    `,
  },
  {
    version: 7,
    description: 'each entity\'s count of articles, kept as articles are stored: listing entities counted every link (as SQLite\'s migration 15)',
    sql: `
      -- No index on the count: it changes with nearly every article; a listing reads the table once for its limit-th count.
      CREATE TABLE entity_counts (
        entity_key text PRIMARY KEY,
        type text NOT NULL,
        articles integer NOT NULL
      );
      INSERT INTO entity_counts (entity_key, type, articles)
        SELECT ae.entity_key, e.type, count(*) FROM article_entities ae JOIN entities e ON e.key = ae.entity_key GROUP BY ae.entity_key, e.type;
    `,
  },
  {
    version: 8,
    description: 'each story\'s entity counts, kept as articles join it, and an index in listing order (as SQLite\'s migration 16)',
    sql: `
      CREATE TABLE story_entities (
        story_id text NOT NULL,
        entity_key text NOT NULL,
        articles integer NOT NULL,
        PRIMARY KEY (story_id, entity_key)
      );
      INSERT INTO story_entities (story_id, entity_key, articles)
        SELECT a.story_id, ae.entity_key, count(*) FROM article_entities ae JOIN articles a ON a.id = ae.article_id
        GROUP BY a.story_id, ae.entity_key;
      CREATE INDEX stories_listing ON stories (article_count DESC, last_updated DESC, id) WHERE redirect_to IS NULL;
    `,
  },
  {
    version: 9,
    description: 'outlets stored under a host name are named by its registrable part, as new articles\' are (as SQLite\'s migration 17)',
    sql: '-- The names come from outletName (src/outlet.ts): see data.',
    data: async (client) => {
      const { rows } = await client.query('SELECT DISTINCT publisher FROM articles WHERE publisher IS NOT NULL');
      const renames = outletRenames(rows.map((r: { publisher: string }) => r.publisher));
      if (renames.size === 0) return;
      await client.query(`UPDATE articles a SET publisher = m.outlet FROM unnest($1::text[], $2::text[]) AS m(publisher, outlet)
        WHERE a.publisher = m.publisher`, [[...renames.keys()], [...renames.values()]]);
    },
  },
  {
    version: 10,
    description: 'an article records the stories its arrival merged into its story (as SQLite\'s migration 18)',
    sql: 'ALTER TABLE articles ADD COLUMN merged text[];',
  },
  {
    version: 11,
    description: 'outlets an older Kabar named by a shared suffix (sch.id, my.id, blogspot.com) are named again from their articles\' addresses (as SQLite\'s migration 19)',
    sql: '-- The names come from outletOfAddress (src/outlet.ts): see data.',
    data: async (client) => {
      const { rows: publishers } = await client.query('SELECT DISTINCT publisher FROM articles WHERE publisher IS NOT NULL');
      const shared = publishers.map((r: { publisher: string }) => r.publisher).filter(namesNoOneOutlet);
      if (shared.length === 0) return;
      const { rows } = await client.query('SELECT id, publisher, url FROM articles WHERE url IS NOT NULL AND publisher = ANY($1::text[])', [shared]);
      const renamed = rows.map((r: { id: string; publisher: string; url: string }) => [r.id, outletFromAddress(r.publisher, r.url)] as const)
        .filter(([, outlet]) => outlet !== null);
      if (renamed.length === 0) return;
      await client.query(`UPDATE articles a SET publisher = m.outlet FROM unnest($1::text[], $2::text[]) AS m(id, outlet) WHERE a.id = m.id`,
        [renamed.map(([id]) => id), renamed.map(([, outlet]) => outlet)]);
    },
  },
  {
    version: 12,
    description: 'an article records whether it took its story up again after a silence (as SQLite\'s migration 20)',
    sql: `
      ALTER TABLE article_features ADD COLUMN revives boolean NOT NULL DEFAULT false;
      UPDATE article_features f SET revives = true FROM (
        SELECT id, published_at::timestamptz - lag(published_at::timestamptz) OVER (PARTITION BY story_id ORDER BY published_at, id) AS gap
        -- Kabar stores ISO dates; anything else is left out rather than allowed to stop the update.
        FROM articles WHERE published_at ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9:.]+(Z|[+-][0-9:]+)?)?$' AND duplicate_of IS NULL
      ) AS g WHERE g.id = f.article_id AND g.gap > interval '30 days';
    `,
  },
];
