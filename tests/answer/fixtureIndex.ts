import { createHash } from 'node:crypto';
import { CorpusIndex } from '../../src/index/corpusIndex.ts';
import { extractArticle } from '../../src/index/extract.ts';

/** An index built through the real pipeline from small articles written for a test. */
export function fixtureIndex(articles: Record<string, string>): CorpusIndex {
  const files = Object.entries(articles).map(([file, text]) => {
    const hash = createHash('sha256').update(text).digest('hex');
    return { hash, extract: extractArticle({ file, text, hash }) };
  });
  return CorpusIndex.build(files, []);
}
