// A thread of the analysis pool (./pool.ts): analyses the articles it is sent, one at a time, and
// sends each analysis back with the number it came with.

import { parentPort } from 'node:worker_threads';
import type { AnalyzedArticle, Article } from '../article.js';
import { analyzeArticle } from './index.js';
import { warmUpAnalysis } from './warm-up.js';

export interface AnalysisRequest {
  seq: number;
  article: Article;
}

export type AnalysisReply =
  | { seq: number; analyzed: AnalyzedArticle }
  | { seq: number; error: string };

const port = parentPort;
if (port) {
  // The models load while the first articles are being read; those queue behind it.
  // A failure here would fail every article too, and be reported with each of them.
  warmUpAnalysis().catch(() => undefined);
  port.on('message', (request: AnalysisRequest) => {
    analyzeArticle(request.article).then(
      (analyzed) => port.postMessage({ seq: request.seq, analyzed } satisfies AnalysisReply),
      (error: unknown) => port.postMessage({ seq: request.seq, error: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies AnalysisReply),
    );
  });
}
