// The OpenAPI 3.1 description of the HTTP API, served at /openapi.json. Its parameters and request
// bodies are written from the schemas the server validates with (api-schemas.ts).

import { z } from 'zod';
import { entitiesQuery, eventsQuery, idParam, ingestBody, quotesQuery, searchQuery, storiesQuery } from './api-schemas.js';

const error = { $ref: '#/components/schemas/Error' };
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const errors = { 400: json(error, 'invalid request'), 404: json(error, 'not found') };

/** The JSON Schema of what a client sends (coerced numbers are integers in a query, defaults shown). */
function inputSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

/** One OpenAPI query parameter per field of a query schema, its description taken out of the field's schema. */
function queryParameters(schema: z.ZodObject): object[] {
  const { properties = {}, required = [] } = inputSchema(schema) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return Object.entries(properties).map(([name, { description, ...field }]) => ({ name, in: 'query', required: required.includes(name), schema: field, description }));
}

function pathParameter(name: string, schema: z.ZodType | null, description: string): object {
  const { description: _, ...field } = schema ? inputSchema(schema) : { type: 'string' };
  return { name, in: 'path', required: true, schema: field, description };
}

/** What each event of /api/events carries in its data, as JSON. */
const storyEvent = {
  type: 'object',
  required: ['storyId', 'articleId', 'headline', 'articleCount', 'sources', 'merged'],
  properties: {
    storyId: { type: 'string', description: 'the story the article joined or started' },
    articleId: { type: 'string', description: 'the stored article' },
    headline: { type: 'string' },
    articleCount: { type: 'integer' },
    sources: { type: 'array', items: { type: 'string' } },
    merged: { type: 'array', items: { type: 'string' }, description: 'stories this article merged into storyId: they are gone from listings' },
  },
};

export function openApiDocument(): object {
  const storyId = pathParameter('id', null, 'story id (an old id of a merged story redirects)');
  return {
    openapi: '3.1.0',
    info: { title: 'Kabar API', version: '0.1.0', description: 'Stories, articles, comparisons, search, entities and quotes. Writes need `Authorization: Bearer <KABAR_TOKEN>`.' },
    paths: {
      '/api/stories': { get: { summary: 'Stories, most articles first', parameters: queryParameters(storiesQuery), responses: { 200: json({ type: 'object' }, 'stories'), ...errors } } },
      '/api/stories/{id}': { get: { summary: 'A story with its articles', parameters: [storyId], responses: { 200: json({ type: 'object' }, 'story'), ...errors } } },
      '/api/stories/{id}/compare': { get: { summary: 'What the sources of a story agree and differ on', parameters: [storyId], responses: { 200: json({ type: 'object' }, 'comparison (null when the story has one article)'), ...errors } } },
      '/api/articles/{id}': { get: { summary: 'An article with its analysis', parameters: [pathParameter('id', idParam, 'article id')], responses: { 200: json({ type: 'object' }, 'article'), ...errors } } },
      '/api/search': { get: { summary: 'Full-text search over stems', parameters: queryParameters(searchQuery), responses: { 200: json({ type: 'object' }, 'hits'), ...errors } } },
      '/api/entities': { get: { summary: 'Entities by number of articles', parameters: queryParameters(entitiesQuery), responses: { 200: json({ type: 'object' }, 'entities'), ...errors } } },
      '/api/entities/{key}': { get: { summary: 'An entity with its stories and quotations', parameters: [pathParameter('key', null, 'entity key or name')], responses: { 200: json({ type: 'object' }, 'entity'), ...errors } } },
      '/api/quotes': { get: { summary: 'Quotations, newest first, optionally by speaker or of one story', parameters: queryParameters(quotesQuery), responses: { 200: json({ type: 'object' }, 'quotes'), ...errors } } },
      '/api/events': { get: {
        summary: 'Server-sent events, one per stored article (whichever process stored it): story-created or story-updated, with the change number as the event id',
        parameters: [...queryParameters(eventsQuery), { name: 'Last-Event-ID', in: 'header', required: false, schema: { type: 'integer', minimum: 0 }, description: 'resume after this change (sent by EventSource on a reconnection)' }],
        responses: { 200: { description: 'an endless event stream; a comment line every 15 s keeps it open', content: { 'text/event-stream': { schema: storyEvent } } }, 400: json(error, 'invalid request') },
      } },
      '/api/articles': { post: { summary: 'Ingest articles sent as JSON, a JSON array or JSON Lines', security: [{ bearer: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } }, 'application/x-ndjson': { schema: { type: 'string' } } } },
        responses: { 200: json({ type: 'object' }, 'ingest summary'), 400: json(error, 'nothing could be ingested'), 401: json(error, 'token missing or wrong'), 413: json(error, 'body too large') } } },
      '/api/ingest': { post: { summary: 'Fetch and ingest a page or feed URL', security: [{ bearer: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: inputSchema(ingestBody) } } },
        responses: { 200: json({ type: 'object' }, 'ingest summary'), 400: json(error, 'refused or unreadable'), 401: json(error, 'token missing or wrong') } } },
      '/api/health': { get: { summary: 'Liveness, article count and storage kind', responses: { 200: json({ type: 'object' }, 'ok') } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: {
          code: { enum: ['bad_request', 'unauthorized', 'not_found', 'payload_too_large', 'rate_limited', 'internal'] }, message: { type: 'string' }, details: {},
        } } } },
      },
    },
  };
}
