/**
 * A question an integration sends as a template: "lookup: event_time(event='explosions rock
 * Isfahan', source='Reuters')", "QUERY[type=actor] subject='…' source='…'", "count(hostages taken
 * by='Hamas')", "office_holder(role=head of …, country=Israel)", "Resolve speaker for quote: '…'".
 * Its function or type says what kind of answer it wants (a time, someone, a count, a place), its
 * slots what about (an event, a subject, a role, a claim) and from which story ("source"); a
 * question written after an arrow or a comment ("-> who is he?", "# which groups?") is asked with
 * the slots it points back to. Read before a field's underscores become spaces: a key is one token
 * ("attribution_by"). Pure text to text; a text that is no template is returned as it is.
 */
import { STORY_WORD } from './askedSentences.ts';
import { questionOrder } from './questionWithin.ts';
import { pastBase } from '../text/wordForms.ts';
import { PLACE_NOUNS } from './fieldAsked.ts';

/** What makes a text a template: a call "name(…=…)", a "QUERY[type=…]", a "[when]" tag, or a key with a quoted value. */
const TEMPLATE = /[\p{L}\d]\s*\([^()]*=|\bQUERY\s*\[|^\s*\[(?:who|when|where|what|count)\]|[\p{L}]\s*=\s*['"{]|\b[\p{L}][\p{L}\d_]*=[^\s=]/u;
/** A key and its value: key='…', key="…", key={…}, or bare words up to a comma, a bracket, the next key or a comment. */
const PAIR = /([\p{L}][\p{L}\d_.]*)\s*=\s*(?:'((?:[^']|'(?=\p{L}))*)'|"([^"]*)"|\{([^}]*)\}|([^,()[\]'"#{}=]*?))(?=\s*(?:[,)\]]|$|#|--|\/\/|->|=>)|\s+[\p{L}][\p{L}\d_.]*\s*=)/gu;
/** A question written after the template: "-> who is he per the Daily Mail article?", "# which groups were blamed?". */
const AFTER = /(?:->|=>|—|#|--|\/\/)\s*((?:who|whom|whose|what|which|when|where|how)\b[^#]*?\??)\s*$/iu;
/** "Resolve speaker for quote: '…'", "identify the speaker of the quote "…"": who said the words. */
const SPEAKER_OF = /\b(?:resolve|identify|find|lookup|get)\s*:?\s+(?:the\s+)?speaker\s+(?:for|of)\s+(?:the\s+)?quote\s*:?\s*(["“‘'])(.+?)(?:\1|[”’])(?!\p{L})/iu;

/** The kinds a template's function or type names, in the order they are tried. */
const KINDS: ReadonlyArray<readonly [RegExp, 'time' | 'count' | 'place' | 'who' | 'outlet']> = [
  [/\b(?:time|date|when|timing|day)\b/iu, 'time'],
  [/\b(?:count|number|toll|tally|how\s+many)\b/iu, 'count'],
  [/\b(?:place|location|where|island|city|stop|origin)\b/iu, 'place'],
  [/\b(?:actor|person|who|holder|attribution|blamed|speaker|credit|profile|editor)\b/iu, 'who'],
  [/\b(?:outlet|publisher|agency|publication)\b/iu, 'outlet'],
];

/** A place field's kind ("field=island"). */
const PLACE_FIELD = new RegExp(String.raw`^${PLACE_NOUNS}$`, 'iu');

/** The slots that say what is asked about, most telling first. */
const ABOUT = ['event', 'subject', 'claim', 'role', 'name', 'actor for event', 'headline'];

function pairsOf(text: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const pair of text.matchAll(PAIR)) {
    const value = spaced(pair[2] ?? pair[3] ?? pair[4] ?? pair[5] ?? '');
    if (value !== '') pairs.set(spaced(pair[1]!).toLowerCase(), value);
  }
  return pairs;
}

/** "head_of_new_national_unity_government" as words. */
function spaced(value: string): string {
  return value.replace(/(?<=[\p{L}\d])_(?=[\p{L}\d])/gu, ' ').trim();
}

/** "the unprecedented Iranian attack": a noun phrase takes "the" unless it opens with a determiner, a possessive or a name. */
function withThe(phrase: string): string {
  // (A name that only qualifies what follows, "Hamas political leader", is no name of the thing.)
  return /^(?:the|a|an|this|that|his|her|its|their)\s|['’]s\s/iu.test(phrase) || /^\p{Lu}\S*(?:\s+\p{Lu}\S*)*$/u.test(phrase) ? phrase : `the ${phrase}`;
}

/** Words that never open a clause's verb: articles, prepositions, conjunctions. */
const NOT_VERB = /^(?:the|a|an|of|in|on|at|to|for|from|by|with|and|or|but|as|its|his|her|their|this|that|these|those)$/iu;
/** The past forms a template's event may use that the verb table leaves out (saying is not indexed by its base). */
const SAYING_PAST: Readonly<Record<string, string>> = { said: 'say', told: 'tell' };

/**
 * The event's verb after its subject, the first of: a past form ("broke", "called"; "said", "told"),
 * a present in -s after a singular subject ("Iraq military condemns"), or a plain form after a
 * plural one ("explosions rock").
 */
function verbAt(tokens: readonly string[]): { at: number; base: string } | undefined {
  for (let at = 1; at < Math.min(tokens.length, 8); at++) {
    const token = tokens[at]!;
    const before = tokens[at - 1]!;
    // "Haniyeh was killed": a passive or a perfect is put in order by `questionOrder`.
    if (/^(?:was|were|is|are|been|be|has|have|had)$/iu.test(before)) return undefined;
    if (!/^\p{Ll}+$/u.test(token) || NOT_VERB.test(token) || NOT_VERB.test(before)) continue;
    const past = SAYING_PAST[token] ?? pastBase(token);
    if (past !== undefined) return { at, base: past };
    if (/^\p{Ll}{2,}[^s]s$/u.test(token) && !/s$/u.test(before)) return { at, base: token.replace(/(?<=(?:sh|ch|ss|x|z))es$|s$/u, '') };
    if (/^\p{Ll}+[^s]s$/u.test(before) && /^\p{Ll}{3,}$/u.test(token) && !/(?:s|ed|ing|ly)$/u.test(token)) return { at, base: token };
  }
  return undefined;
}

/** "explosions rock Isfahan" → "when did explosions rock Isfahan"; "unprecedented Iranian attack on Israel" → "when was the unprecedented …". */
function timeOf(event: string): string {
  const tokens = event.split(/\s+/u);
  const verb = verbAt(tokens);
  if (verb !== undefined) return `when did ${[...tokens.slice(0, verb.at), verb.base, ...tokens.slice(verb.at + 1)].join(' ')}`;
  const ordered = questionOrder(`when ${event}`);
  return ordered !== `when ${event}?` ? ordered.replace(/\?$/u, '') : `when was ${withThe(event)}`;
}

/** The source a template names, as the story the question is asked of. */
function sourceOf(pairs: Map<string, string>): string {
  const source = pairs.get('source') ?? pairs.get('article') ?? pairs.get('relative to');
  if (source === undefined || /^(?:any|all|none|\*)$/iu.test(source)) return '';
  const named = source.replace(/\//gu, ' ').replace(/\s+article$/iu, ' story').trim();
  return STORY_WORD.test(named) ? `, in the ${named.replace(/^the\s+/iu, '')}` : `, in the ${named} story`;
}

export function templateAsked(text: string): string {
  const speaker = SPEAKER_OF.exec(text);
  if (speaker !== null) return `who said "${speaker[2]!}"?`;
  if (!TEMPLATE.test(text)) return text;
  const pairs = pairsOf(text);
  if (pairs.size === 0 && !/\(/u.test(text)) return text;
  const head = spaced(/^\s*(?:@[\p{L}\d_]+\s+)?([^(=]*?)(?:\(|\s[\p{L}][\p{L}\d_.]*\s*=)/u.exec(text)?.[1] ?? '');
  const type = pairs.get('type') ?? head;
  const kind = KINDS.find(([pattern]) => pattern.test(type))?.[1];
  const about = ABOUT.map((slot) => pairs.get(slot)).find((value) => value !== undefined);
  // An argument without a key ("count(unfired rockets dismantled, …)") is what is counted.
  const bare = spaced(/\(\s*([^=(),]+?)\s*[,)]/u.exec(text)?.[1] ?? '') || undefined;
  const source = sourceOf(pairs);
  const after = AFTER.exec(text)?.[1]?.replace(/\?$/u, '');
  // "… -> who is he per the Daily Mail article?": the question written after, its pronoun the slot's name or thing.
  if (after !== undefined && about !== undefined) {
    const field = pairs.get('field');
    if (field !== undefined && pairs.get('name') !== undefined) return `what is ${pairs.get('name')!}'s ${field}${source}?`;
    return `${after.replace(/\b(?:he|she|it|they)\b/iu, about).replace(/\bwhich\s+(\p{L}+)\s+(?:were|was)\s+blamed\b/iu, (_whole, noun: string) => `which ${noun} did ${pairs.get('attribution by') ?? 'they'} blame for ${withThe(about)}`)}${source}?`;
  }
  if (about !== undefined && /^(?:who|whom|whose|what|which|when|where|how)\b/iu.test(about)) return `${about.replace(/\?$/u, '')}${source}?`;
  switch (kind) {
    case 'time':
      return about === undefined ? text : `${timeOf(about)}${source}?`;
    case 'count': {
      // What is counted: the slot about it, an argument without a key, or, for a figure the function names ("death_toll(location=Gaza, …)"), that figure of its slots.
      const counted = about ?? bare;
      if (counted !== undefined) return `how many ${counted.replace(/^(?:the\s+)?/u, '')}${source}?`;
      const figure = head.replace(/^.*:\s*/u, '');
      const slots = [...pairs].filter(([key]) => !/^(?:source|type)$/u.test(key));
      if (!/^(?:count|number|tally|total)?$/iu.test(figure) && slots.length > 0) return `what is the ${figure} for ${slots.map(([, value]) => value).join(', ')}${source}?`;
      // "count(hostages_taken_by='Hamas')": a key that says what is counted, its value what it is counted by.
      const described = slots.find(([key]) => /\s(?:by|of|in|for|from)$/u.test(key));
      return described === undefined ? text : `how many ${described[0]} ${described[1]}${source}?`;
    }
    case 'place': {
      const field = pairs.get('field');
      const event = about ?? pairs.get('traveler');
      if (event === undefined) return text;
      if (pairs.get('traveler') !== undefined) return `where was ${event} set to head next${pairs.get('after') === undefined ? '' : ` after ${pairs.get('after')!}`}${source}?`;
      return field !== undefined && PLACE_FIELD.test(field) ? `on which ${field} was ${withThe(event)}${source}?` : `where was ${withThe(event)}${source}?`;
    }
    case 'who': {
      if (/\b(?:rights?\s+holder|copyright)\b/iu.test(type)) return `who is the copyright holder${source}?`;
      const role = pairs.get('role');
      const country = pairs.get('country');
      if (role !== undefined) return `who is ${withThe(role)}${country === undefined ? '' : ` of ${country}`}${pairs.get('event') === undefined ? '' : `, in ${withThe(pairs.get('event')!)}`}${source}?`;
      const action = pairs.get('action');
      if (action !== undefined && about !== undefined) return `who ${action} ${withThe(about)}${source}?`;
      if (pairs.get('claim') !== undefined) return `who is the source of ${withThe(pairs.get('claim')!)}${source}?`;
      if (about === undefined) return text;
      // "subject='condemned "reckless" actions …'": what someone did; "subject='Hamas political leader assassinated …'": someone described.
      return /^\p{Ll}+(?:ed|ew|ook|aid|old|ot)\b/u.test(about) ? `who ${about}${source}?` : `who is ${withThe(about)}${source}?`;
    }
    case 'outlet': {
      const headline = pairs.get('headline');
      return headline === undefined ? text : `which news outlet ran the story headlined "${headline}"?`;
    }
    default:
      return text;
  }
}
