/**
 * "Which two countries were told that the conflict cannot be allowed to escalate?": two of the asked
 * kind that the coverage names together ("has told Iran and Israel", "the shadow war between Israel
 * and Iran", "a rare ally to both the U.S. and Iran") in the sentence that best tells what the
 * question says. The pair is answered as written, cited.
 */
import type { Answer, EntityKind } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { escapeRegExp } from '../text/terms.ts';
import { citationOf, findEvidence, matchedTerms, namedInQuestion, questionTerms, sentenceTokens } from './evidence.ts';

/** "which two countries", "what two groups": the kind of the two asked. */
const TWO_ASKED = /\b(?:which|what)\s+two\s+([\p{L}-]+)/iu;

const KIND_OF: ReadonlyArray<[RegExp, EntityKind]> = [
  [/^(?:countries|nations|states|governments|capitals|places|cities)$/i, 'place'],
  [/^(?:groups|organi[sz]ations|parties|militias|companies|agencies|bodies)$/i, 'organization'],
  [/^(?:people|men|women|officials|leaders|ministers|diplomats|politicians|journalists|reporters|analysts)$/i, 'person'],
];

/** Share of the question's words the pair's sentence must hold. */
const MIN_SENTENCE_COVERAGE = 0.5;

/** The kind a "which two …" question asks for, or undefined for any other question. */
export function pairAsked(text: string): EntityKind | undefined {
  const noun = TWO_ASKED.exec(text)?.[1];
  return noun === undefined ? undefined : KIND_OF.find(([pattern]) => pattern.test(noun))?.[1];
}

export function pairAnswers(index: CorpusIndex, text: string, kind: EntityKind): Answer[] {
  const terms = questionTerms(text.replace(TWO_ASKED, ' '));
  if (terms.length === 0) return [];
  const found: Answer[] = [];
  for (const evidence of findEvidence(index, terms, { limit: 10, minCoverage: MIN_SENTENCE_COVERAGE })) {
    const { passage } = evidence;
    const mentions = index.mentionsIn(passage).filter((m) => m.kind === kind && !namedInQuestion(m.name, text));
    passage.sentences.forEach((sentence, at) => {
      const coverage = matchedTerms(terms, sentenceTokens(passage, at)).length / terms.length;
      if (coverage < MIN_SENTENCE_COVERAGE) return;
      for (const first of mentions) {
        for (const second of mentions) {
          if (first.name === second.name) continue;
          const pair = new RegExp(`${escapeRegExp(first.name)},?\\s+and\\s+(?:the\\s+)?${escapeRegExp(second.name)}`).exec(sentence);
          if (pair === null) continue;
          found.push({ text: `${first.name} and ${second.name}`, score: evidence.score * coverage, matched: evidence.matched, citations: [citationOf(passage, sentence)] });
        }
      }
    });
  }
  const seen = new Set<string>();
  return found.sort((a, b) => (b.score ?? 0) - (a.score ?? 0)).filter((answer) => !seen.has(answer.text) && seen.add(answer.text));
}
