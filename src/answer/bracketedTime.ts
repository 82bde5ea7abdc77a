/**
 * "When was the Paris Convention?" of "… established by the Paris Convention (1883) and the Berne
 * Convention (1886) merged in 1893": a time in brackets right after a name dates that name. Wikipedia
 * writes a treaty's, a building's, a state's or an office-holder's time that way, and news looking
 * back does too ("the Oslo Accords (1993)"); the sentence's own verb ("merged in 1893") dates
 * something else. After a person's name the bracket is a life ("Carl Lange (1834–1900)"): it dates
 * the birth and the death, and nothing the person did.
 */
import type { Answer, Passage } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { citationOf, questionTerms } from './evidence.ts';
import { wordsAt } from '../text/terms.ts';

/** Passages read for a bracket: those retrieval ranks first for the question, as the ranker reads. */
const READ_PASSAGES = 8;

/** The score such an answer carries: the text states the time of the very name asked about. */
const BRACKETED_SCORE = 0.9;

/** What may stand in the brackets besides the time expressions: "c.", "to", an era, a range's dash. */
const BESIDE_TIMES = /^(?:\s|[,–—-]|\bc\.|\bca\.|\bto\b|\band\b|\bBCE?\b|\bAD\b|\bCE\b)*$/;

/** A life's bracket: two years and what joins them, a year extraction may leave bare ("1842" of "1842–1910"). */
const LIFE = /^\s*(?:c\.\s*)?\d{1,4}(?:\s+(?:BC|BCE|AD|CE))?\s*[–—-]\s*(?:c\.\s*)?\d{1,4}(?:\s+(?:BC|BCE|AD|CE))?\s*$/;

/** Words that join a name's capitalised words ("Federal Republic of Yugoslavia", "Musée de la …"). */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'del', 'di', 'and']);

/**
 * The names a question writes as capitalised runs after its first word ("Paris Convention",
 * "Apollo 16", "Federal Republic of Yugoslavia"), as written.
 */
export function writtenNames(question: string): string[] {
  const found: string[] = [];
  let run: Array<{ word: string; offset: number }> = [];
  const close = () => {
    while (run.length > 0 && NAME_JOINERS.has(run.at(-1)!.word)) run.pop();
    const first = run[0];
    const last = run.at(-1);
    if (first !== undefined && last !== undefined) found.push(question.slice(first.offset, last.offset + last.word.length));
    run = [];
  };
  wordsAt(question).forEach(({ word, offset }, i) => {
    const capital = i > 0 && /^\p{Lu}/u.test(word);
    // A number carries on a name ("Apollo 16"); a joiner only inside one.
    if (capital || (run.length > 0 && (/^\d+$/.test(word) || NAME_JOINERS.has(word)))) run.push({ word, offset });
    else close();
  });
  close();
  return found;
}

/** "When was the Paris Convention", "on what date was Apollo 16 …", "what year did Ann Lee …": the question's subject, after its asking words. */
const SUBJECT_AFTER = /^\s*(?:(?:in|on|during|by|from|until|since|at)\s+)?(?:when|(?:what|which)(?:\s+[\p{L}-]+)?)\s+(?:was|were|is|are|did|does|do|has|have|had)\s+(?:the\s+)?$/iu;

/** Whether the name is the one the question asks the time of: its subject ("when did the US invade Afghanistan" asks of the US). */
function asksOf(question: string, name: string): boolean {
  const at = question.indexOf(name);
  return at >= 0 && SUBJECT_AFTER.test(question.slice(0, at));
}

/** Words before a name that make it the end of a longer phrase the bracket dates ("the war in Afghanistan (1979–1989)"). */
const PHRASE_BEFORE = /(?:\b(?:in|of|at|on|from|to|by|with|for|into|against|over|under|de|du|des|la|le|von|van|der|del|di)|\p{Lu}[\p{L}.'’-]*)$/u;

/**
 * The time in brackets right after a name the question writes, in the passages retrieval finds for
 * it, each such name's bracket once; none when the question writes no name or no passage brackets a
 * time after one.
 */
export function bracketedTimeAnswers(index: CorpusIndex, question: string): Answer[] {
  const names = writtenNames(question).filter((name) => asksOf(question, name));
  const terms = questionTerms(question);
  if (names.length === 0 || terms.length === 0) return [];
  const answers: Answer[] = [];
  for (const { item: passage } of index.searchPassages(terms.join(' '), READ_PASSAGES)) {
    for (const text of bracketedTimes(index, passage, names, lifeEndAsked(question))) {
      if (!answers.some((answer) => answer.text === text)) answers.push({ text, score: BRACKETED_SCORE, matched: [], citations: [citationOf(passage)] });
    }
  }
  return answers;
}

/** Whether the text ends with the whole name, not the last words of a longer name or phrase ("the Soviet war in Afghanistan"). */
function heads(before: string, name: string): boolean {
  if (!before.endsWith(name)) return false;
  const rest = before.slice(0, before.length - name.length);
  if (/[\p{L}\p{N}]$/u.test(rest)) return false;
  return !PHRASE_BEFORE.test(rest.trimEnd());
}

/** "When was X born", "when did X die": the end of a life the question asks for. */
const ASKS_BIRTH = /\b(?:born|birth)\b/i;
const ASKS_DEATH = /\b(?:die|died|dies|death|pass(?:ed)?\s+away)\b/i;

function lifeEndAsked(question: string): 'birth' | 'death' | undefined {
  const birth = ASKS_BIRTH.test(question);
  const death = ASKS_DEATH.test(question);
  return birth === death ? undefined : birth ? 'birth' : 'death';
}

/** The capitalised words right before the end of `before` ("… and Carl" of "… and Carl Lange"): a person's given names. */
const GIVEN_NAMES = /(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}$/u;

/**
 * Whether the bracket after `before` follows a person's name that ends with the name asked (the
 * whole name, or the surname after given names: "Carl Lange" of "Lange"): then it is a life.
 */
function afterPerson(index: CorpusIndex, before: string, name: string): boolean {
  if (!before.endsWith(name) || /[\p{L}\p{N}]$/u.test(before.slice(0, before.length - name.length))) return false;
  const given = GIVEN_NAMES.exec(before.slice(0, before.length - name.length))?.[0] ?? '';
  return [`${given}${name}`, name].some((written) => index.entities.resolve(written)?.kind === 'person');
}

/** A year as a life's bracket writes its ends ("1834", "c. 1037", "65 BC"). */
const LIFE_YEAR = /\b\d{1,4}(?:\s+(?:BC|BCE|AD|CE)\b)?/g;

/**
 * The brackets of a passage that follow one of the names and hold only times. A person's bracket
 * is a life: it answers only the birth (its first year) or the death (its last) the question asks.
 */
function bracketedTimes(index: CorpusIndex, passage: Passage, names: readonly string[], life: 'birth' | 'death' | undefined): string[] {
  const found: string[] = [];
  const times = index.timesIn(passage);
  for (const time of times) {
    const open = passage.text.lastIndexOf('(', time.offset);
    const close = passage.text.indexOf(')', time.offset + time.text.length);
    if (open < 0 || close < 0) continue;
    const inside = passage.text.slice(open + 1, close);
    if (inside.includes('(')) continue;
    const before = passage.text.slice(0, open).trimEnd();
    // After a person's name, two years are a life: they date the birth and the death, nothing else.
    if (LIFE.test(inside) && names.some((name) => afterPerson(index, before, name))) {
      const years = inside.match(LIFE_YEAR) ?? [];
      if (life === undefined || years.length !== 2) continue;
      const text = life === 'birth' ? years[0]! : years[1]!;
      if (!found.includes(text)) found.push(text);
      continue;
    }
    // Only times in the brackets: "(1883)", "(c. 1037–1137)", "(2001-2014)", not "(the treaty of 1883)".
    const within = times.filter((t) => t.offset > open && t.offset + t.text.length <= close);
    let rest = inside;
    for (const t of within) rest = rest.replace(t.text, ' ');
    if (!BESIDE_TIMES.test(rest)) continue;
    if (!names.some((name) => heads(before, name))) continue;
    const text = inside.trim();
    if (!found.includes(text)) found.push(text);
  }
  return found;
}
