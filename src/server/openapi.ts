// The OpenAPI 3.1 description of the HTTP API, served at /openapi.json.

const error = { $ref: '#/components/schemas/Error' };
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const query = (name: string, schema: object, description: string) => ({ name, in: 'query', required: false, schema, description });
const path = (name: string, description: string) => ({ name, in: 'path', required: true, schema: { type: 'string' }, description });
const errors = { 400: json(error, 'invalid request'), 404: json(error, 'not found') };

export function openApiDocument(): object {
  return {
    openapi: '3.1.0',
    info: { title: 'Kabar API', version: '0.1.0', description: 'Stories, articles, comparisons, search, entities and quotes. Writes need `Authorization: Bearer <KABAR_TOKEN>`.' },
    paths: {
      '/api/stories': { get: { summary: 'Stories, most articles first', parameters: [
        query('limit', { type: 'integer', minimum: 1, maximum: 200, default: 50 }, 'page size'),
        query('offset', { type: 'integer', minimum: 0, default: 0 }, 'skip'),
        query('language', { type: 'string' }, 'with an article in this language'),
        query('source', { type: 'string' }, 'with an article from this publisher or original source'),
        query('entity', { type: 'string' }, 'mentioning this entity (key or name)'),
        query('since', { type: 'string', format: 'date' }, 'updated on or after'),
      ], responses: { 200: json({ type: 'object' }, 'stories'), ...errors } } },
      '/api/stories/{id}': { get: { summary: 'A story with its articles', parameters: [path('id', 'story id')], responses: { 200: json({ type: 'object' }, 'story'), ...errors } } },
      '/api/stories/{id}/compare': { get: { summary: 'What the sources of a story agree and differ on', parameters: [path('id', 'story id')], responses: { 200: json({ type: 'object' }, 'comparison (null when the story has one article)'), ...errors } } },
      '/api/articles/{id}': { get: { summary: 'An article with its analysis', parameters: [path('id', 'article id')], responses: { 200: json({ type: 'object' }, 'article'), ...errors } } },
      '/api/search': { get: { summary: 'Full-text search over stems', parameters: [{ ...query('q', { type: 'string' }, 'query'), required: true }, query('limit', { type: 'integer', minimum: 1, maximum: 100 }, 'how many')], responses: { 200: json({ type: 'object' }, 'hits'), ...errors } } },
      '/api/entities': { get: { summary: 'Entities by number of articles', parameters: [query('type', { enum: ['PERSON', 'ORGANISATION', 'PLACE', 'MISC'] }, 'type'), query('limit', { type: 'integer' }, 'how many')], responses: { 200: json({ type: 'object' }, 'entities'), ...errors } } },
      '/api/quotes': { get: { summary: 'Quotations, newest first, optionally by speaker or of one story', parameters: [query('speaker', { type: 'string' }, 'speaker name or key'), query('story', { type: 'string' }, 'a story id'), query('limit', { type: 'integer' }, 'how many')], responses: { 200: json({ type: 'object' }, 'quotes'), ...errors } } },
      '/api/articles': { post: { summary: 'Ingest articles sent as JSON, a JSON array or JSON Lines', security: [{ bearer: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } }, 'application/x-ndjson': { schema: { type: 'string' } } } },
        responses: { 200: json({ type: 'object' }, 'ingest summary'), 400: json(error, 'nothing could be ingested'), 401: json(error, 'token missing or wrong'), 413: json(error, 'body too large') } } },
      '/api/ingest': { post: { summary: 'Fetch and ingest a page or feed URL', security: [{ bearer: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { url: { type: 'string', format: 'uri' } }, required: ['url'] } } } },
        responses: { 200: json({ type: 'object' }, 'ingest summary'), 400: json(error, 'refused or unreadable'), 401: json(error, 'token missing or wrong') } } },
      '/api/health': { get: { summary: 'Liveness and article count', responses: { 200: json({ type: 'object' }, 'ok') } } },
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
