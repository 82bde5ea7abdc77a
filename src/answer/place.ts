/**
 * "Where …" questions: the place the coverage gives for what the question asks — a place named by
 * a locative ("on the island of Tessa", "in Marrow") or, for a journey ("where is X going"), its
 * destination ("set to head to Norland") — from the passages that best match the question, best
 * first. Places are those the extraction found, and capitalised names after "the island/city … of".
 */
import type { Answer, Passage } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { PLACE_ASKED, type QuestionOf } from './question.ts';
import { indexTerm, words } from '../text/terms.ts';
import { sayingOf } from './saidWhen.ts';
import { anchorWeights, citationOf, findEvidence, matchedTerms, matchPositions, namedInQuestion, questionNames, questionTerms, sentenceWith, tokenize, tokensOf, type Evidence } from './evidence.ts';

/** Words that place what follows them: "in", "on the island of", "at". */
const LOCATIVE = new Set(['in', 'on', 'at', 'of', 'near', 'inside', 'outside', 'throughout', 'across']);

/** Words that spread what is placed over all of a place: "throughout Gaza" answers "where in Gaza" though the question names Gaza. */
const SPREAD = /^(?:throughout|across)$/i;

/** Words that make what follows them a journey's end: "to", "toward". */
const DESTINATION = new Set(['to', 'toward', 'towards', 'into', 'for']);

/** Verbs and nouns of a journey: a destination counts only near one ("set to head to …", "a trip to …"). */
const JOURNEY_WORDS = /^(?:go|goes|going|went|head|heads|heading|headed|travel|travels|travell?ing|travell?ed|fly|flies|flying|flew|visit|visits|visiting|visited|trip|tour|leave|leaves|leaving|left|bound|move|moves|moving|moved|return|returns|returning|returned|arrive|arrives|arriving|arrived)$/i;

/** Words that make a journey a plan before "to": "due to head", "expected to travel", "set to go". */
const PLANNED = /^(?:due|set|expected|scheduled|slated|poised|planned|planning|plans|meant|supposed)$/i;

/** How many words before a place its placing word may stand ("on the Greek island of Tessa": "of"). */
const PLACING_REACH = 2;

/** How many words from a destination a journey word may stand ("set to head to Norland"). */
const JOURNEY_REACH = 4;

/** Place nouns whose "of" names the place ("the island of Tessa", "the city of Marrow"). */
const PLACE_OF = /\b(?:island|city|town|village|province|region|capital|port|state|county|district)\s+of\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu;

/** A capitalised name after a placing word ("in Marrow", "to Ostrava", "from Kessel"). */
const PLACED_NAME = /\b(?:in|at|to|toward|towards|into|near|from|throughout|across)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)*)/gu;

/** Names of days and months, which "on Friday", "in May" place in time, not space. */
const TIME_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** A place the passage names, and where. */
interface PlaceAt {
  name: string;
  position: number;
}

export function placeAnswers(index: CorpusIndex, question: QuestionOf<'place'>): Answer[] {
  const saying = WHERE_SAID.exec(question.text);
  if (saying !== null) {
    const said = sayingPlace(index, saying[1]!, saying[2]!);
    if (said !== undefined) return [said];
  }
  const body = question.text.replace(PLACE_ASKED, '');
  // The journey's verb is what the destination answers, not a word its passage must repeat ("going" for "set to head to …"), nor is its "next".
  const bodyWords = words(body);
  const dropped = (test: (word: string, at: number) => boolean) => questionTerms(body).filter((term) => !(question.journey && bodyWords.some((word, at) => test(word, at) && indexTerm(word) === term)));
  const journeyWord = (word: string) => JOURNEY_WORDS.test(word) || /^next$/i.test(word);
  const found = placesAnswering(index, question, body, dropped(journeyWord));
  // Nor, failing that, the word that makes it a plan ("due to head", "expected to fly"): the passage may say "set to".
  const planned = (word: string, at: number) => PLANNED.test(word) && /^to$/i.test(bodyWords[at + 1] ?? '');
  if (found.length > 0 || !question.journey || !bodyWords.some(planned)) return found;
  return placesAnswering(index, question, body, dropped((word, at) => journeyWord(word) || planned(word, at)));
}

/** The places the passages matching a question's terms give for it, best first. */
function placesAnswering(index: CorpusIndex, question: QuestionOf<'place'>, body: string, terms: readonly string[]): Answer[] {
  if (terms.length === 0) return [];
  const evidence = findEvidence(index, terms, { limit: 30, minCoverage: terms.length <= 2 ? 1 : 0.5, weights: anchorWeights(body), names: questionNames(index, body) });
  const sequence = SEQUENCE.find(({ asked }) => asked.test(body));
  const found = evidence.flatMap((e) => {
    const place = bestPlace(index, e, question);
    // "where did X go after Y" is answered where the text, too, says what came after ("Following his meetings …").
    // A place whose sentence holds only some of the passage's matched words may place something else
    // ("the killing of Shukr … in Beirut. Iran blamed … the death of Haniyeh" for "where was Haniyeh killed").
    const told = place === undefined ? 0 : matchedTerms(e.matched, tokenize(sentenceWith(e.passage, place.name))).length / Math.max(1, e.matched.length);
    const score = e.score * told * (sequence !== undefined && sequence.said.test(e.passage.text) ? SEQUENCE_FIT : 1);
    return place === undefined ? [] : [{ place, evidence: e, score }];
  });
  const seen = new Set<string>();
  return found
    .sort((a, b) => b.score - a.score)
    .filter(({ place }) => !seen.has(place.name.toLowerCase()) && seen.add(place.name.toLowerCase()))
    .map(({ place, evidence: e, score }) => ({ text: withQuarter(e.passage, place), score: Math.round(score * 1000) / 1000, matched: e.matched, citations: [citationOf(e.passage, sentenceWith(e.passage, place.name))] }));
}

/** "where was X when he said Y", "where did X say Y": the place of a saying. */
const WHERE_SAID = /^\s*where\s+(?:was|were|is|did|does)\s+(.+?)\s+(?:when\s+(?:he|she|they)\s+)?(?:say|said|tell|told|warn|warned|announce|announced|vow|vowed|pledge|pledged|stress|stressed)\s+(?:(?:reporters|journalists)\s+)?(?:that\s+)?(.+?)\s*\??\s*$/i;

/**
 * Where a speaker said what the question quotes or paraphrases: a place the saying's sentence
 * names after "in" or "at" ("told reporters in Tel Aviv"), else the dateline of the story that
 * reports it (news is datelined where it was gathered).
 */
function sayingPlace(index: CorpusIndex, speaker: string, topic: string): Answer | undefined {
  const found = sayingOf(index, speaker, topic);
  if (found === undefined) return undefined;
  const { passage, sentence } = found;
  const text = sentence < 0 ? passage.text : passage.sentences[sentence]!;
  const placed = [...text.matchAll(SAID_IN)].map((m) => m[1]!).find((name) => !TIME_NAME.test(name) && index.entities.resolve(name)?.kind !== 'person');
  if (placed !== undefined) return { text: placed, score: 1, matched: questionTerms(topic), citations: [citationOf(passage, text)] };
  const dateline = index.articles.get(passage.file)?.place;
  return dateline === undefined ? undefined : { text: dateline, score: 1, matched: questionTerms(topic), note: 'The dateline of the story that reports the saying: where it was gathered.', citations: [citationOf(passage, text)] };
}

/** A place right after a saying's cue: "told reporters in Tel Aviv", "said at the summit in Capri". */
const SAID_IN = /\b(?:said|says|told\s+(?:reporters|journalists)|stated|added|warned)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:in|at)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)*)/gu;

/** Words that place within a place: "western Iraq", "northern Gaza", "central Lenz". */
const QUARTER = /^(?:(?:north|south)(?:east|west)?(?:ern)?|(?:east|west)(?:ern)?|central|coastal|southeastern|northwestern|southwestern|northeastern)$/i;

/** The place with the quarter its passage writes before it ("in western Iraq"), or the word that spreads over it ("throughout Gaza"). */
function withQuarter(passage: Passage, place: PlaceAt): string {
  const before = tokensOf(passage)[place.position - 1];
  return before !== undefined && (QUARTER.test(before.word) || SPREAD.test(before.word)) && /^\p{Ll}/u.test(before.word) ? `${before.word} ${place.name}` : place.name;
}

/** The order words of a question and the words a passage says the same order with. */
const SEQUENCE: ReadonlyArray<{ asked: RegExp; said: RegExp }> = [
  { asked: /\b(?:after|next|then)\b/i, said: /\b(?:after|following|next|then|later|afterwards)\b/i },
  { asked: /\bbefore\b/i, said: /\b(?:before|ahead\s+of|prior\s+to|earlier)\b/i },
];

/** How much more a passage weighs that says the order the question asks about. */
const SEQUENCE_FIT = 2;

/** The place of a passage that answers the question: placed as it asks (a locative, or a journey's end), nearest the question's words. */
function bestPlace(index: CorpusIndex, evidence: Evidence, question: QuestionOf<'place'>): PlaceAt | undefined {
  const tokens = tokensOf(evidence.passage);
  const matches = matchPositions(evidence.matched, tokens);
  const placed = placesIn(index, evidence.passage).filter((place) => {
    const before = tokens.slice(Math.max(0, place.position - PLACING_REACH), place.position).map((t) => t.word.toLowerCase());
    if (namedInQuestion(place.name, question.text) && !SPREAD.test(before.at(-1) ?? '')) return false;
    if (question.origin) return before.includes('from');
    if (!question.journey) return before.some((word) => LOCATIVE.has(word));
    const near = tokens.slice(Math.max(0, place.position - JOURNEY_REACH), place.position);
    return before.some((word) => DESTINATION.has(word)) && near.some((t) => JOURNEY_WORDS.test(t.word));
  });
  const distance = (place: PlaceAt) => Math.min(Infinity, ...matches.map((p) => Math.abs(p - place.position)));
  return placed.sort((a, b) => distance(a) - distance(b))[0];
}

/** The places a passage names, at the word where each first stands. */
function placesIn(index: CorpusIndex, passage: Passage): PlaceAt[] {
  const tokens = tokensOf(passage);
  const mentions = index.mentionsIn(passage);
  const names = new Set(mentions.filter((m) => m.kind === 'place').map((m) => m.name));
  const others = new Set(mentions.filter((m) => m.kind !== 'place').flatMap((m) => words(m.name)));
  for (const match of passage.text.matchAll(PLACE_OF)) names.add(match[1]!);
  // A name the extraction did not know, placed by its preposition ("fly to Ostrava"), unless it names someone or a time.
  for (const match of passage.text.matchAll(PLACED_NAME)) if (!others.has(match[1]!) && !TIME_NAME.test(match[1]!)) names.add(match[1]!);
  return [...names].flatMap((name) => {
    const first = name.split(/\s+/)[0]!;
    const token = tokens.find((t) => t.word === first || t.word.replace(/['’]s$/, '') === first);
    return token === undefined ? [] : [{ name, position: token.position }];
  });
}
