/**
 * Test double: an Engine that returns canned responses and records what it was asked.
 * Not a model of the real engine; only enough for the Discord face's tests.
 */
import type { ArticleMeta, Engine, IndexReport, IndexStatus, Request, Response } from '../../src/types.ts';

export interface FakeEngine extends Engine {
  asked: Request[];
}

export interface FakeEngineOptions {
  /** The response to each request; default: no answers. */
  answer?: (request: Request) => Response;
  sources?: ArticleMeta[];
  speakers?: string[];
  /** Default: a small report, reached after reporting progress 1..3 of 3. */
  reindex?: Engine['reindex'];
}

export const FAKE_STATUS: IndexStatus = { builtAt: '2024-08-08T10:00:00Z', articles: 2, passages: 12, reindexing: false };
export const FAKE_REPORT: IndexReport = { articles: 2, passages: 12, quotes: 4, people: 3, ms: 1500, extracted: 2, skipped: [], notes: [] };

export function fakeEngine(options: FakeEngineOptions = {}): FakeEngine {
  const asked: Request[] = [];
  return {
    asked,
    async ask(request) {
      asked.push(request);
      return options.answer?.(request) ?? { command: request.command, query: request.text ?? '', answers: [] };
    },
    sources: () => options.sources ?? [],
    article: (file) => options.sources?.find((meta) => meta.file === file),
    speakers: (partial, limit) =>
      (options.speakers ?? []).filter((name) => name.toLowerCase().startsWith(partial.toLowerCase())).slice(0, limit),
    reindex:
      options.reindex ??
      (async (onProgress) => {
        for (let done = 1; done <= 3; done++) onProgress?.(done, 3);
        return FAKE_REPORT;
      }),
    status: () => FAKE_STATUS,
  };
}
