/** "Who said …" questions: the speakers of the quotations and reported statements that match what was said. */
import type { Answer } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { findEvidence, questionNames, matchedTerms, questionTerms, termMatches, tokenize, type Evidence, type Token } from './evidence.ts';
import { roleAnswers, roleOf, titledOtherwise } from './roles.ts';
import { citing, mergeCorroborating, type Candidate } from './corroborate.ts';
import { eventAnswers } from './eventActors.ts';
import { describedSpeakerAsWho, type QuestionOf } from './question.ts';
import { indexTerm, keyTerms, words } from '../text/terms.ts';
import { ANY_TITLE_HEADS, ROLE_HEADS } from '../nlp/model/roleWords.ts';

/**
 * "Who said …": the speakers of matching quotations and reported statements ("Brenner said the
 * south pier would reopen"), else whoever an event sentence names as doing it.
 */
export function saidByAnswers(index: CorpusIndex, question: QuestionOf<'saidBy'>): Answer[] {
  // "which leader of Hezbollah said …": when the coverage names whoever holds the role it describes, only they are asked for.
  const holders = /\p{Lu}/u.test(question.describedAs ?? '') ? roleAnswers(index, question.describedAs!).map((answer) => answer.text) : [];
  const titled = (answers: Answer[]) => answers.filter((answer) => !bodyForTitle(index, answer, question.describedAs) && (holders.length === 0 || holders.includes(answer.text)));
  const speakers = titled(inDescribedStories(index, speakerAnswers(index, question), question.describedAs));
  // The speaker the question describes ("which health ministry said …") is asked for, not named: the rules read what was said.
  return speakers.length > 0 ? speakers : titled(eventAnswers(index, { text: describedSpeakerAsWho(question.text), asks: 'agent' }));
}

/**
 * True when the description names a person's own title ("which State Department spokesperson") and
 * the answer is a body or a place the coverage knows ("the State Department said" names no
 * spokesperson), or one it titles otherwise (the Secretary of State).
 */
function bodyForTitle(index: CorpusIndex, answer: Answer, described: string | undefined): boolean {
  const head = words(described ?? '').at(-1)?.toLowerCase();
  if (head === undefined || !ROLE_HEADS.has(head) || ANY_TITLE_HEADS.has(head)) return false;
  const kind = index.entities.resolve(answer.text)?.kind;
  const term = indexTerm(head);
  return (kind !== undefined && kind !== 'person') || (term !== null && titledOtherwise(index, answer, [term]));
}

/**
 * "which official in Annapolis said …": the names the description gives (a place, a body) are
 * where the speaker was, so a speaker cited from a story that writes them goes first.
 */
function inDescribedStories(index: CorpusIndex, answers: Answer[], described: string | undefined): Answer[] {
  const names = words(described ?? '').filter((word) => index.entities.resolve(word) !== undefined).flatMap((word) => keyTerms(word));
  if (names.length === 0) return answers;
  // The stories that write each name, read once.
  const writers = names.map((term) => new Set(index.passagesWithTerm(term, STORIES_READ).map((doc) => index.placeOf(doc).file)));
  const holds = (file: string) => writers.every((files) => files.has(file));
  const told = answers.filter((answer) => answer.citations.some((citation) => holds(citation.file)));
  return [...told, ...answers.filter((answer) => !told.includes(answer))];
}

/** How many passages with a description's name are read for the stories that write it. */
const STORIES_READ = 200;

/** Something a passage reports an entity of the index as saying: a quotation or a statement. */
interface Said {
  text: string;
  file: string;
  speakerId?: string;
  cue?: string;
}

/** A vote for a speaker, with the share of the question's content the words said carry. */
interface Vote {
  candidate: Candidate;
  content: number;
  /** Whether the words said hold one of the question's phrases. */
  phrased: boolean;
}

/**
 * The speakers of what best matches what the question says was said. A speaker's own words are
 * better evidence than a reporter's paraphrase of them, so quotations answer first; a reported
 * statement goes before them only when it says more of the question's content, the words besides
 * its names ("too late" in "the council was told too late about the port closure"),
 * which a paraphrase of any statement on the story repeats.
 */
export function speakerAnswers(index: CorpusIndex, question: Pick<QuestionOf<'saidBy'>, 'text' | 'statement'>): Answer[] {
  const terms = questionTerms(question.statement);
  if (terms.length === 0) return [];
  const names = questionNames(index, question.statement);
  const content = terms.filter((term) => !names.includes(term));
  const weigh = { terms, content: content.length > 0 ? content : terms, phrases: phrasesOf(question.statement, content) };
  const evidence = findEvidence(index, terms, { limit: 20, minCoverage: 0.5, names, ledNames: true });
  let quoted = votesFor(index, weigh, evidence, (passage) => index.quotesIn(passage).flatMap((quote) => voicesIn(index, quote, weigh.content)));
  let reported = votesFor(index, weigh, evidence, (passage) => index.statementsIn(passage));
  if (quoted.length + reported.length === 0 && weigh.phrases.length > 0) {
    // A paraphrase ("took part in no offensive operations" for “not involved in any offensive operations”) keeps few words but a phrase of them: a saying that holds the phrase is the one asked about.
    // Its names may be paraphrased too ("Washington" for "the US"), so they are not required.
    const looser = findEvidence(index, terms, { limit: 20, minCoverage: 0.25 });
    const sayingPhrase = (vote: Vote): boolean => vote.phrased;
    quoted = votesFor(index, weigh, looser, (passage) => index.quotesIn(passage)).filter(sayingPhrase);
    reported = votesFor(index, weigh, looser, (passage) => index.statementsIn(passage)).filter(sayingPhrase);
  }
  const bestQuoted = Math.max(0, ...quoted.map((vote) => vote.content));
  const tiers = [reported.filter((vote) => vote.content > bestQuoted), quoted, reported.filter((vote) => vote.content <= bestQuoted)];
  const named = new Set<string>();
  return tiers.flatMap((votes) => {
    const answers = mergeCorroborating(votes.map((vote) => vote.candidate)).filter((answer) => !named.has(answer.text));
    for (const answer of answers) named.add(answer.text);
    return answers;
  });
}

/**
 * The votes of one kind of saying in the evidence. The words said count most; the reporting
 * around them counts too, since a question often paraphrases ("the council was told too
 * late" for “informed too late”).
 */
function votesFor(
  index: CorpusIndex,
  weigh: { terms: readonly string[]; content: readonly string[]; phrases: readonly Phrase[] },
  evidence: readonly Evidence[],
  saidIn: (passage: Evidence['passage']) => readonly Said[],
): Vote[] {
  const votes: Vote[] = [];
  for (const { passage, score, matched } of evidence) {
    for (const { text, file, speakerId, cue } of saidIn(passage)) {
      const entity = speakerId === undefined ? undefined : index.entity(speakerId);
      if (entity === undefined) continue;
      const words = tokenize(text);
      const inSaid = matchedTerms(weigh.terms, words).length / weigh.terms.length;
      if (inSaid === 0) continue;
      // The question's phrases said together count as much again as their words said apart.
      const phrases = weigh.phrases.filter((phrase) => hasPhrase(words, phrase)).length;
      const content = (matchedTerms(weigh.content, words).length + phrases) / (weigh.content.length + weigh.phrases.length);
      votes.push({
        candidate: {
          key: entity.id,
          answer: { text: entity.name, ...roleOf(entity, file), matched, ...(cue ? { cue } : {}) },
          score: score * inSaid * (1 + phrases / Math.max(1, weigh.phrases.length)),
          ...citing(passage),
        },
        content,
        phrased: phrases > 0,
      });
    }
  }
  return votes;
}

/**
 * A speaker quoting someone else: “… President Biden said on day one to anyone thinking of opening
 * a second front, ‘don’t.’” The words said after the inner attribution are the inner speaker's,
 * when the corpus knows them and those words hold the question's content; the rest stay the quote's.
 */
function voicesIn(index: CorpusIndex, quote: Said, content: readonly string[]): Said[] {
  const inner = INNER_ATTRIBUTION.exec(quote.text);
  const speaker = inner === null ? undefined : index.entities.resolve(inner[1]!);
  if (inner === null || speaker === undefined || speaker.kind !== 'person' || speaker.id === quote.speakerId) return [quote];
  const after = quote.text.slice(inner.index + inner[0].length);
  if (matchedTerms(content, tokenize(after)).length === 0) return [quote];
  return [{ ...quote, text: quote.text.slice(0, inner.index) }, { ...quote, text: after, speakerId: speaker.id }];
}

/** A name and a saying verb inside a quotation: "President Biden said", "Ms Lee told us". */
const INNER_ATTRIBUTION = /(?<![\p{L}])((?:\p{Lu}[\p{L}.'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+)\s+(?:said|says|told|warned|promised|declared)\b/u;

/** Two content words the question writes side by side ("last minute"): said together, they are one thing said, not two. */
type Phrase = readonly [string, string];

function phrasesOf(statement: string, content: readonly string[]): Phrase[] {
  const tokens = tokenize(statement);
  return tokens.slice(1).flatMap((token, k) => {
    const before = tokens[k]!.term;
    return before !== null && token.term !== null && content.includes(before) && content.includes(token.term) ? [[before, token.term] as const] : [];
  });
}

function hasPhrase(tokens: readonly Token[], [first, second]: Phrase): boolean {
  return tokens.slice(1).some((token, k) => token.term !== null && tokens[k]!.term !== null && termMatches(first, tokens[k]!.term!) && termMatches(second, token.term));
}
