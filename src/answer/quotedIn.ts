/**
 * "Who is quoted in the dpa story?", "besides Blinken, who is quoted in the Tel Aviv piece?": the
 * people a story quotes, the most quoted first, each citing their first quotation there.
 */
import type { Answer } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import type { QuestionOf } from './question.ts';
import { storyFiles } from './articleDate.ts';
import { citationOf, namedInQuestion } from './evidence.ts';
import { MAX_ANSWERS } from './corroborate.ts';

/** "who is (the only person) quoted", "whose words are quoted", with someone set aside before or after it ("besides X"). */
const QUOTED_WHO = /^\s*(?:(?:besides|apart\s+from|other\s+than|aside\s+from)\s+[^,]{2,40},\s*)?(?:who|whose\s+words)\s+(?:else\s+)?(?:is|are|was|were|gets?|got)\s+(?:the\s+only\s+(?:person|one|official)\s+)?(?:also\s+)?quoted(?:,?\s*(?:besides|apart\s+from|other\s+than|aside\s+from)\s+[^,?]{2,40})?\s*\??\s*$/i;

/** Whether an event question asks who a story quotes: only with the story it asks of. */
export function asksWhoIsQuoted(question: QuestionOf<'eventActor'>): boolean {
  return question.story !== undefined && QUOTED_WHO.test(question.text);
}

/** The people the story quotes directly, the most quoted first; none the question names. */
export function quotedInAnswers(index: CorpusIndex, question: QuestionOf<'eventActor'>): Answer[] {
  const quoted = new Map<string, { count: number; answer: Answer }>();
  for (const file of storyFiles(index, question.story ?? '')) {
    for (let paragraph = 1, count = index.paragraphCount(file); paragraph <= count; paragraph++) {
      for (const quote of index.quotesIn({ file, paragraph })) {
        const speaker = quote.speakerId === undefined ? undefined : index.entity(quote.speakerId);
        if (speaker === undefined || speaker.kind !== 'person' || namedInQuestion(speaker.name, question.text)) continue;
        const seen = quoted.get(speaker.id);
        const passage = index.passage(file, paragraph);
        if (seen !== undefined) seen.count++;
        else if (passage !== undefined) quoted.set(speaker.id, { count: 1, answer: { text: speaker.name, note: `Quoted in ${index.articles.get(file)?.title ?? file}.`, citations: [citationOf(passage)] } });
      }
    }
  }
  return [...quoted.values()].sort((a, b) => b.count - a.count).slice(0, MAX_ANSWERS).map(({ count, answer }) => ({ ...answer, score: count }));
}
