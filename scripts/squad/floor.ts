/**
 * The naive floor the SQuAD eval measures Byline against: the passage BM25 ranks first for the
 * question's words, then the first person named in it (who) or its first time expression (when).
 */
import type { Answer } from '../../src/types.ts';
import type { CorpusIndex } from '../../src/index/corpusIndex.ts';
import type { AskedKind } from './data.ts';

/** A bare year, for passages whose dates the time extractor does not take ("in 1998"). */
const YEAR = /\b(1\d{3}|20\d{2})\b/;

export function floorAnswer(index: CorpusIndex, kind: AskedKind, question: string): Answer | undefined {
  const best = index.searchPassages(question, 1)[0]?.item;
  if (best === undefined) return undefined;
  const citations = [{ file: best.file, paragraph: best.paragraph, excerpt: best.text }];
  if (kind === 'when') {
    const first = [...index.timesIn(best)].sort((a, b) => a.offset - b.offset)[0];
    const text = first?.text ?? YEAR.exec(best.text)?.[0];
    return text === undefined ? undefined : { text, citations };
  }
  const people = index.mentionsIn(best).filter((mention) => mention.kind === 'person');
  const first = people
    .map((mention) => ({ mention, at: best.text.indexOf(mention.name) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  return first === undefined ? undefined : { text: first.mention.name, citations };
}
