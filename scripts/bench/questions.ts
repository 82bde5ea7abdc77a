/**
 * Questions for the bench, drawn from a generated corpus's own index so they name its people,
 * roles, quotations and events: at least as hard as what users ask (every one has candidates).
 */
import type { Command, Request } from '../../src/types.ts';
import type { CorpusIndex } from '../../src/index/corpusIndex.ts';
import { Random } from './random.ts';

export type QuestionSet = Record<Command, Request[]>;

/** Up to `n` words of at least `min` letters from a text, in order, from a random start. */
function someWords(random: Random, text: string, n: number, min = 5): string {
  const words = text.split(/[^\p{L}\p{N}'’-]+/u).filter((word) => word.length >= min);
  const start = random.int(0, Math.max(0, words.length - n));
  return words.slice(start, start + n).join(' ');
}

/** `perCommand` requests for each command, deterministic for an index and a seed. */
export function generateQuestions(index: CorpusIndex, perCommand: number, seed: number): QuestionSet {
  const random = new Random(seed);
  const people = index.entityList.filter((entity) => entity.kind === 'person');
  const roles = index.entityList.flatMap((entity) => entity.roles);
  const quotes = [...index.allQuotes()].filter((quote) => quote.speakerId !== undefined);
  const passages = [...index.allPassages()].filter((passage) => passage.text.length > 80);
  const times = passages.flatMap((passage) => index.timesIn(passage));
  const speakerOf = (id: string): string => index.entity(id)?.name ?? id;

  const who = (n: number): Request => {
    if (n % 3 === 0 && people.length > 0) return { command: 'who', text: `who is ${random.pick(people).name}?` };
    if (n % 3 === 1 && roles.length > 0) return { command: 'who', text: `who is the ${random.pick(roles).title}?` };
    const quote = random.pick(quotes);
    return { command: 'who', text: `who said ${someWords(random, quote.text, 6, 3)}?` };
  };
  const when = (): Request => {
    const time = random.pick(times);
    const passage = index.passage(time.file, time.paragraph);
    const sentence = (passage?.sentences[time.sentence] ?? passage?.text ?? '').replace(time.text, ' ');
    return { command: 'when', text: `when did ${someWords(random, sentence, 4, 4)}?` };
  };
  const quote = (): Request => {
    const said = random.pick(quotes);
    const topic = random.next() < 0.5 ? someWords(random, said.text, random.int(1, 2)) : '';
    return { command: 'quote', speaker: speakerOf(said.speakerId!), ...(topic ? { topic } : {}) };
  };
  const search = (): Request => ({ command: 'search', text: someWords(random, random.pick(passages).text, random.int(2, 4)) });
  const auto = (n: number): Request => {
    const routed = [who(n), when(), quote(), search()][n % 4]!;
    if (routed.command !== 'quote') return { command: 'auto', text: routed.text ?? '' };
    const about = routed.topic === undefined ? '' : ` about ${routed.topic}`;
    return { command: 'auto', text: `what did ${routed.speaker} say${about}?` };
  };

  const set: QuestionSet = { who: [], when: [], quote: [], search: [], auto: [] };
  for (let n = 0; n < perCommand; n++) {
    set.who.push(who(n));
    set.when.push(when());
    set.quote.push(quote());
    set.search.push(search());
    set.auto.push(auto(n));
  }
  return set;
}
