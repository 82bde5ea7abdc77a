import type { CorpusIndex } from '../index/corpusIndex.ts';
import { ROLE_HEADS } from '../nlp/model/roleWords.ts';
import { indexTerm, wordsAt } from '../text/terms.ts';

/** How many of the question's own key words must be left for a question without its unheld words to ask anything. */
const MIN_HELD_TERMS = 3;

/** Nouns that only say what kind of answer is asked ("which individual", "who is that expert"): any passage may word it otherwise. */
const KIND_NOUNS = new Set(['person', 'individual', 'people', 'guy', 'guys', 'man', 'woman', 'gentleman', 'lady', 'figure', 'body', 'authority', 'organisation', 'organization', 'entity', 'outfit', 'name', 'expert', 'source', 'one']);

/** Words before a kind noun that make it one ("the name", "which individual"), not a verb ("did Hamas name …"). */
const BEFORE_NOUN = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'this', 'that', 'which', 'what', 'whose', 'full', 'exact', 'correct', 'real', 'right']);

/** Words that open a clause that asks: a question word, or the verb of a request ("Name the operative …", "date?"). */
const ASKING = /^(?:who|whom|whose|which|what|when|where|how|name|identify|date|day|year)$/iu;

/** What ends a clause of a question: a sentence's end (not an abbreviation's point: "U.S.", "Mr."), a colon, a dash, a bar, a bracket. */
const CLAUSE_END = /[?!;:|()[\]]|(?<=\p{Ll}{2})\.(?=\s|$)|\s[—–-]\s/gu;

/** Words a clause that asks may open with before its question word ("so who …", "and when …"). */
const OPENERS = new Set(['so', 'and', 'but', 'ok', 'okay', 'then', 'also', 'now', 'on', 'in', 'at', 'for', 'by', 'to', 'from']);

/** How many words at most make a clause that asks too short to say what it asks about ("Shukr funeral in Beirut — date?"). */
const SHORT_CLAUSE = 3;

/**
 * The question without the common words no passage of the corpus holds ("my synthesizer mangles his
 * name … the man leading Hezbollah whose escalation threat …"): an asker's own words around what the
 * coverage tells, which no passage can match; `undefined` when there are none, or too little is left.
 * The clauses that ask ("who was the pilot …", "name the merchant vessel …") are kept whole, but for
 * the nouns that only say the kind of answer: a word of theirs the coverage never writes is someone or
 * something it does not cover, and the question is answered by nobody. A name or a role is never left out.
 */
export function withoutUnheldWords(index: CorpusIndex, text: string): string | undefined {
  const found = wordsAt(text);
  const unheld = (at: number) => {
    const { word } = found[at]!;
    const term = indexTerm(word);
    if (term === null || !/^\p{Ll}/u.test(word) || ROLE_HEADS.has(word.toLowerCase())) return false;
    return index.passagesWithTerm(term, 1).length === 0;
  };
  // The clauses, as runs of word positions.
  const ends = [...text.matchAll(CLAUSE_END)].map((m) => m.index);
  const clauses: number[][] = [];
  let clause = 0;
  found.forEach(({ offset }, at) => {
    while (clause < ends.length && ends[clause]! < offset) clause++;
    (clauses[clause] ??= []).push(at);
  });
  const runs = clauses.filter((run) => run !== undefined);
  const opensAsking = (run: number[]) => {
    const first = run.findIndex((at) => !OPENERS.has(found[at]!.word.toLowerCase()));
    return first >= 0 && ASKING.test(found[run[first]!]!.word);
  };
  let asking = runs.flatMap((run, k) => (opensAsking(run) ? [k] : []));
  if (asking.length === 0) asking = runs.flatMap((run, k) => (run.some((at) => ASKING.test(found[at]!.word)) ? [k] : [])).slice(0, 1);
  if (asking.length === 0) return undefined;
  // "Shukr funeral in Beirut — date?": what it asks about is in another clause, which could be left out.
  if (asking.some((k) => runs[k]!.length <= SHORT_CLAUSE)) return undefined;
  const isKindNoun = (at: number) => KIND_NOUNS.has(found[at]!.word.toLowerCase()) && (at === 0 || BEFORE_NOUN.has(found[at - 1]!.word.toLowerCase()) || /['’]s$/.test(found[at - 1]!.word));
  const kept = new Set(asking.flatMap((k) => runs[k]!).filter((at) => !isKindNoun(at)));
  let result = text;
  let held = 0;
  let dropped = false;
  // From the end, so each cut leaves the offsets before it as they were.
  for (let at = found.length - 1; at >= 0; at--) {
    const { word, offset } = found[at]!;
    if (indexTerm(word) === null) continue;
    if (!unheld(at) || kept.has(at)) {
      held++;
      continue;
    }
    result = `${result.slice(0, offset)}${result.slice(offset + word.length)}`;
    dropped = true;
  }
  return dropped && held >= MIN_HELD_TERMS ? result.replace(/\s{2,}/g, ' ') : undefined;
}
