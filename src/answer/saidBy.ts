/** "Who said …" questions: the speakers of the quotations and reported statements that match what was said. */
import type { Answer } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { findEvidence, questionNames, matchedTerms, questionTerms, tokenize, type Evidence } from './evidence.ts';
import { roleOf } from './roles.ts';
import { citing, mergeCorroborating, type Candidate } from './corroborate.ts';
import { eventAnswers } from './eventActors.ts';
import type { QuestionOf } from './question.ts';

/**
 * "Who said …": the speakers of matching quotations and reported statements ("Brenner said the
 * south pier would reopen"), else whoever an event sentence names as doing it.
 */
export function saidByAnswers(index: CorpusIndex, question: QuestionOf<'saidBy'>): Answer[] {
  const speakers = speakerAnswers(index, question);
  return speakers.length > 0 ? speakers : eventAnswers(index, { text: question.text, asks: 'agent' });
}

/** Something a passage reports an entity of the index as saying: a quotation or a statement. */
interface Said {
  text: string;
  file: string;
  speakerId?: string;
  cue?: string;
}

/** Answers from one kind of saying, and the largest share of the question's terms any of them says. */
interface Speakers {
  answers: Answer[];
  coverage: number;
}

/**
 * The speakers of what best matches what the question says was said. A speaker's own words are
 * better evidence than a reporter's paraphrase of them, so quotations answer first unless a
 * reported statement says more of what the question asks about.
 */
export function speakerAnswers(index: CorpusIndex, question: Pick<QuestionOf<'saidBy'>, 'text' | 'statement'>): Answer[] {
  const terms = questionTerms(question.statement);
  if (terms.length === 0) return [];
  const evidence = findEvidence(index, terms, { limit: 20, minCoverage: 0.5, names: questionNames(index, question.text) });
  const quoted = speakersOf(index, terms, evidence, (passage) => index.quotesIn(passage));
  const reported = speakersOf(index, terms, evidence, (passage) => index.statementsIn(passage));
  const [first, second] = reported.coverage > quoted.coverage ? [reported, quoted] : [quoted, reported];
  const named = new Set(first.answers.map((answer) => answer.text));
  return [...first.answers, ...second.answers.filter((answer) => !named.has(answer.text))];
}

/**
 * The speakers of one kind of saying in the evidence. The words said count most; the reporting
 * around them counts too, since a question often paraphrases ("Washington was told at the last
 * minute" for “informed at the last minute”).
 */
function speakersOf(index: CorpusIndex, terms: readonly string[], evidence: readonly Evidence[], saidIn: (passage: Evidence['passage']) => readonly Said[]): Speakers {
  const candidates: Candidate[] = [];
  let coverage = 0;
  for (const { passage, score, matched } of evidence) {
    for (const { text, file, speakerId, cue } of saidIn(passage)) {
      const entity = speakerId === undefined ? undefined : index.entity(speakerId);
      if (entity === undefined) continue;
      const inSaid = matchedTerms(terms, tokenize(text)).length / terms.length;
      if (inSaid === 0) continue;
      coverage = Math.max(coverage, inSaid);
      candidates.push({
        key: entity.id,
        answer: { text: entity.name, ...roleOf(entity, file), matched, ...(cue ? { cue } : {}) },
        score: score * inSaid,
        ...citing(passage),
      });
    }
  }
  return { answers: mergeCorroborating(candidates), coverage };
}
