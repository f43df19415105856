// What the HTTP API accepts: one zod schema per request, which the server validates with and the
// OpenAPI document is written from (openapi.ts), so that the two cannot tell different stories.

import { z } from 'zod';

export const idParam = z.string().regex(/^[as][0-9a-f]{16}$/, 'an id such as a5ae13dfe241ce0c0').describe('article id');
export const storyIdParam = z.string().regex(/^s[0-9a-f]{16}$/, 'a story id such as s5ae13dfe241ce0c0').describe('story id');

export const storiesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('page size'),
  offset: z.coerce.number().int().min(0).default(0).describe('stories to skip'),
  language: z.string().regex(/^[a-z]{2,3}$/).optional().describe('with an article in this language (ISO 639 code)'),
  source: z.string().min(1).max(200).optional().describe('with an article from this publisher or original source'),
  entity: z.string().min(1).max(200).optional().describe('mentioning this entity (key or name)'),
  since: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'an ISO date such as 2024-10-28').optional().describe('updated on or after this date'),
}).strict();

export const searchQuery = z.object({
  q: z.string().trim().min(1).max(500).describe('words to find (stemmed as the articles are)'),
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('how many hits'),
}).strict();

export const entitiesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('how many entities'),
  type: z.enum(['PERSON', 'ORGANISATION', 'PLACE', 'MISC']).optional().describe('of this type only'),
}).strict();

export const quotesQuery = z.object({
  speaker: z.string().min(1).max(200).optional().describe('by this speaker (name or entity key)'),
  story: storyIdParam.optional().describe('of this story'),
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('how many quotations'),
}).strict();

/** Live updates from after a change: the river page's, so that none stored while it loads is missed. Last-Event-ID, on a reconnection, comes first. */
export const eventsQuery = z.object({
  after: z.coerce.number().int().min(0).optional().describe('stream the changes after this one (default: from now); a Last-Event-ID header wins'),
}).strict();

export const ingestBody = z.object({ url: z.string().url().max(2048).describe('a page or an RSS/Atom feed') }).strict();
