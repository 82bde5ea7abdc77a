/**
 * A question asked on someone else's behalf, as a reference desk or an assistant asks it: "A patron
 * recalls that X. She'd like his name, please. Could you tell me who that was?". What the one asked
 * for remembers is a remark the question leans on ("X. Who was that?"), what they need is the
 * question, and the asker's courtesies ("please", "if the coverage says so", "as the story tells
 * it") ask nothing. A story they are reading or citing is the story asked of. Pure text to text: the
 * question stage reads the result as any remark and question.
 */
import { askedSentences, capitalised, unpunctuated } from './askedSentences.ts';

/** The one a question is relayed for: "a patron", "my client", "the gentleman at the desk", "she". */
const RELAY_NOUN = String.raw`(?:patrons?|clients?|customers?|readers?|callers?|visitors?|students?|boss|editor|colleague|listener|viewer|gentleman|lady|researcher)`;
const RELAY_ONE = String.raw`(?:(?:a|my|our|the|this|that|one|another)\s+(?:[\p{L}-]+\s+){0,2}?${RELAY_NOUN}(?:['’]s)?|(?:he|she|they))`;
/** A sentence that names who it is asked for at all: the gate, so other questions pass untouched. */
const RELAYED = new RegExp(String.raw`(?:^\s*|[.;:!?]\s+|\bfor\s+)(?:(?:a|my|our|the|this|that|one|another)\s+(?:[\p{L}-]+\s+){0,2}?${RELAY_NOUN}\b)`, 'iu');

/** "A patron (writing a bibliography) recalls (reading) that …": what they remember, a remark. */
const REMEMBERS = new RegExp(String.raw`^\s*${RELAY_ONE}((?:\s+[^.;?!]{0,80}?)?)\s+(?:also\s+)?(?:recalls|remembers|recalled|remembered|thinks|believes|read|heard|saw)\s+(?:(?:reading|seeing|hearing)\s+(?:about\s+)?)?(that\s*,?\s+)?(.+)$`, 'iu');
/** "is reading the story datelined Annapolis and", "reading the Annapolis story", "is working from the X story": the story asked of. */
const READING_STORY = /^\s*(?:,\s*)?(?:is\s+)?(?:reading|working\s+from|citing|looking\s+at|using)\s+((?:the|a|an|that|this)\s+.+?)(?:\s*,?\s+and)?\s*$/iu;
/** "A patron is working from the X story.", "My patron is citing the dpa photograph of Blinken …": only the story. */
const STORY_ONLY = new RegExp(String.raw`^\s*${RELAY_ONE}\s+(?:is\s+)?(?:reading|working\s+from|citing|looking\s+at|using)\s+((?:the|a|an|that|this)\s+[^.;?!]+?)(?:\s+and\s+(.+?))?\s*[.;!]?\s*$`, 'iu');
/** "A patron is trying to pin down when X", "… to confirm the date of X": what they want, asked. */
const TRYING = new RegExp(String.raw`^\s*${RELAY_ONE}\s+(?:is|was|['’]s)\s+(?:trying|hoping|looking|wanting)\s+to\s+(?:pin\s+down|confirm|find\s+out|establish|work\s+out|determine|verify|learn|check|identify|know)\s+(.+?)\s*[.;!]?\s*$`, 'iu');
/** "She'd like to know who the analyst was", "My patron needs the reporters' names on X", "He wants the date": what they need. */
const NEEDS = new RegExp(String.raw`^\s*${RELAY_ONE}(?:\s+also)?(?:\s+would\s+like|['’]d\s+like|\s+(?:needs|wants|is\s+after|asks\s+for|is\s+asking\s+for|is\s+looking\s+for))\s+(?:to\s+know\s+)?(.+?)\s*[.;!]?\s*$`, 'iu');
/** "He can't recall the name": what they do not remember asks nothing more. */
const FORGOT = new RegExp(String.raw`^\s*${RELAY_ONE}\s+(?:can['’]?t|cannot|couldn['’]t|doesn['’]t|does\s+not|don['’]t)\s+(?:recall|remember)\b[^.;?!]*[.;!]?\s*$`, 'iu');
/** "For the same patron's citation:", "One more credit for my patron:": a label before the question. */
const RELAY_LABEL = new RegExp(String.raw`^\s*(?:for\s+(?:a|the|my|our|this)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+|one\s+more\s+[\p{L}-]+\s+for\s+${RELAY_ONE})\s*[:,]\s*(?=\S)`, 'iu');
/** The asker's courtesies and hedges, which ask nothing: "please", "if you would", "if the coverage says so", "as the story tells it". */
const COURTESY = /\s*,?\s*\b(?:please|if\s+you\s+(?:would|could|can|please)|if\s+(?:the\s+)?(?:coverage|story|stories|piece|article|report|articles)\s+(?:says?|gives?|lists?|names?|mentions?|has|records?|tells?)(?:\s+(?:so|it|them|him|her|one|a\s+(?:figure|name|date|number)))?|could\s+you\s+tell\s+me|as\s+(?:the\s+)?(?:story|article|piece|coverage|report)\s+(?:tells|puts|has|gives|describes)\s+it)\b\s*(?=[,.?!;]|$)/giu;
/** "Could you tell me who that was?", "Would you be able to tell me when …": the question asked in it. */
const POLITE_ASK = /^\s*(?:(?:could|would|can)\s+you\s+(?:(?:please|kindly)\s+)?(?:be\s+able\s+to\s+)?(?:tell|let)\s+me(?:\s+know)?|do\s+you\s+know|I\s+(?:wonder|was\s+wondering))\s+(?=(?:who|whom|whose|when|what|which|where|how|the)\b)/iu;
/** An embedded question's order: "who that leader was" → "who was that leader". */
const EMBEDDED = /^\s*(who|whom|when|what|which|where|how\s+\p{L}+)\s+((?:that|this|the|he|she|it|they|his|her)\b(?:\s+[\p{L}'’-]+){0,6}?)\s+(was|were|is|are)\s*([^?]*)$/iu;
/** "when X happened", "when the rocket attack … wounded …": an embedded "when" question. */
const EMBEDDED_WHEN = /^\s*(when|who|where)\s+(.+)$/iu;
/** "the date of X", "the day of X", "the name of X": the thing whose date or name is wanted. */
const THE_X_OF = /^\s*the\s+(date|day|time|timing|name|identity|source|author)\s+(?:of|for|behind)\s+(.+)$/iu;
/** "his name", "her name", "the name", "the day", "the date": only what kind of answer is wanted. */
const BARE_WANT = /^\s*(?:(?:his|her|their|its|the)\s+)?(?:full\s+)?(name|day|date)\b\s*$/iu;
/** "a Reuters piece from Capri in which X said …": the story, then what it tells. */
const STORY_TELLING = /^\s*((?:a|an|the|that)\s+(?:[^,;]{0,60}?\s)?(?:piece|story|article|report|dispatch|wire|write-?up|item)(?:\s+(?:from|on|about|datelined)\s+[^,;]{2,60}?)?)\s+(?:in\s+which|where|that\s+(?:said|says|reported|reports))\s+(.+)$/iu;
/** "the reporters' names on the Reuters story about X": what is wanted, and of which story. */
const WANT_ON_STORY = /^\s*(.+?)\s+(?:on|of|for|in|from|at\s+the\s+bottom\s+of)\s+((?:the|that|this)\s+(?:[^,;]{0,60}?\s)?(?:piece|story|article|report|dispatch|wire|write-?up|item)\b.*)$/iu;

/** A question that only says what is wanted, which a question after it asks in full. */
const WANT_ONLY = /^\s*(?:what\s+was\s+his\s+name|when\s+was\s+(?:that|it)|who\s+(?:was|is)\s+(?:that|it|he|she))\s*\?$/iu;
/** "according to that story", "in that piece": the story the one asked for is reading. */
const THAT_STORY = /(\b(?:according\s+to|in|per|from)\s+)(?:that|this|the)\s+(?:story|piece|article|report|one)\b/iu;

/** A noun phrase's words before what follows its head: a preposition, a relative, a participle's object. */
const PHRASE_END = /\s(?:on|in|at|of|from|about|that|which|who|with|by|for|datelined|after|before|during|near|to)\s/iu;
/** "that attack", "the analyst", "this piece": a thing the question names again. */
const NAMED_AGAIN = /\b(?:that|this|the)\s+([\p{L}-]{3,})\b/giu;

/** The question with the remembered thing in place of "that X" naming it again ("that attack" → "the attack on a base in Iraq that …"). */
function describedIn(question: string, described: string): string | undefined {
  const end = PHRASE_END.exec(` ${described} `);
  const lead = (end === null ? described : ` ${described} `.slice(0, end.index)).toLowerCase().split(/\s+/u).slice(1);
  for (const again of question.matchAll(NAMED_AGAIN)) {
    if (!lead.includes(again[1]!.toLowerCase())) continue;
    return `${question.slice(0, again.index)}the ${described.replace(/^\s*(?:a|an|the)\s+/iu, '')}${question.slice(again.index + again[0].length)}`;
  }
  // "Which news outlet ran it?": one "it", and the thing remembered is what it stands for.
  const pronouns = [...question.matchAll(/\bit\b/giu)];
  if (pronouns.length !== 1) return undefined;
  const at = pronouns[0]!.index;
  return `${question.slice(0, at)}the ${described.replace(/^\s*(?:a|an|the)\s+/iu, '')}${question.slice(at + 2)}`;
}

/** What a story records of itself: its credits, names, dates, lines. */
const STORY_RECORD = /\b(?:names?|credits?|copyright|byline|dateline|date|title|headline|line|photographer|editor|reporters?|writers?|authors?)\b/iu;

/** "who that leader was" → "who was that leader?"; an embedded question stands as a question. */
function asQuestion(embedded: string): string {
  const text = unpunctuated(embedded).replace(COURTESY, '');
  const ordered = EMBEDDED.exec(text);
  if (ordered !== null) return `${ordered[1]} ${ordered[3]} ${ordered[2]}${ordered[4] ? ` ${ordered[4].trim()}` : ''}?`;
  return `${text}?`;
}

/** What they want, as a question: "to know who the analyst was" → "who was the analyst?"; "his name" → "what was his name?". */
function wanted(want: string): { question?: string; story?: string; remark?: string } {
  const text = unpunctuated(want).replace(COURTESY, '').replace(/\s*,\s*and\s+I\s+(?:believe|think|gather)\b.*$/iu, '');
  if (/^\s*(?:who|whom|whose|when|what|which|where|how)\b/iu.test(text)) return { question: asQuestion(text) };
  const bare = BARE_WANT.exec(text);
  if (bare !== null) return { question: /name/i.test(bare[1]!) ? 'what was his name?' : 'when was that?' };
  // "the reporters' names on the Reuters story": a record of the story, which the question asks for.
  const onStory = WANT_ON_STORY.exec(text);
  if (onStory !== null && STORY_RECORD.test(onStory[1]!)) return { story: onStory[2]!.trim() };
  return { remark: `${capitalised(text)}.` };
}

export function relayedAsked(input: string): string {
  if (!RELAYED.test(input)) return input;
  const remarks: string[] = [];
  const questions: string[] = [];
  // What a "trying to pin down when X" asks, if no question of its own follows.
  const fallbacks: string[] = [];
  // The remarks such a question restates, which go when it is the one asked.
  const restated: string[] = [];
  let story: string | undefined;
  let described: string | undefined;
  let changed = false;
  for (const raw of askedSentences(input, true)) {
    const sentence = raw.replace(RELAY_LABEL, '');
    if (sentence !== raw) changed = true;
    if (FORGOT.test(sentence)) {
      changed = true;
      continue;
    }
    const storyOnly = STORY_ONLY.exec(sentence);
    if (storyOnly !== null && !/\b(?:recalls|remembers)\b/iu.test(storyOnly[1]!)) {
      story ??= storyOnly[1]!.trim();
      // "… and recalls that X": what they remember; "… and needs the photographer's name": what they want.
      const recalled = /^\s*(?:recalls|remembers)\s+(?:that\s+)?(.+)$/iu.exec(storyOnly[2] ?? '');
      if (recalled !== null) remarks.push(`${capitalised(unpunctuated(recalled[1]!))}.`);
      const need = storyOnly[2] === undefined || recalled !== null ? {} : wanted(storyOnly[2].replace(/^\s*(?:needs|wants)\s+/iu, ''));
      if (need.question !== undefined) questions.push(need.question);
      changed = true;
      continue;
    }
    const remembers = REMEMBERS.exec(sentence);
    if (remembers !== null) {
      const reading = READING_STORY.exec(remembers[1] ?? '');
      if (reading !== null) story ??= reading[1]!.trim();
      // "… and wants to know when, relative to the Annapolis story": the wanting asks nothing the question does not.
      const told = unpunctuated(remembers[3]!).replace(COURTESY, '').replace(/\s+and\s+(?:wants|needs|would\s+like|is\s+trying)\b.*$/iu, '');
      const telling = STORY_TELLING.exec(told);
      // "recalls an attack on a base that injured five troops": a thing remembered, which the question names again.
      if (telling === null && remembers[2] === undefined && /^\s*(?:a|an|the)\s/iu.test(told)) described = told;
      // "recalls President Biden calling for X": a doing remembered, which the question stage reads as it stands.
      if (telling === null && remembers[2] === undefined && described === undefined) remarks.push(`${unpunctuated(sentence).replace(COURTESY, '')}.`);
      else remarks.push(`${capitalised(telling === null ? told : `in ${telling[1]!.replace(/^\s*(?:a|an|that)\s+/iu, 'the ')}, ${telling[2]!}`)}.`);
      changed = true;
      continue;
    }
    const trying = TRYING.exec(sentence);
    if (trying !== null) {
      const want = unpunctuated(trying[1]!).replace(COURTESY, '');
      const of = THE_X_OF.exec(want);
      const embedded = EMBEDDED_WHEN.exec(want);
      if (of !== null) {
        remarks.push(`${capitalised(of[2]!)}.`);
        if (/^\s*(?:a|an|the)\s/iu.test(of[2]!)) described = of[2]!;
        fallbacks.push(/^(?:date|day|time|timing)$/iu.test(of[1]!) ? 'when was that?' : 'who was that?');
      } else if (embedded !== null) {
        remarks.push(`${capitalised(embedded[2]!)}.`);
        fallbacks.push(asQuestion(want));
        restated.push(remarks.at(-1)!);
      } else remarks.push(`${capitalised(want)}.`);
      changed = true;
      continue;
    }
    const needs = NEEDS.exec(sentence);
    if (needs !== null) {
      const need = wanted(needs[1]!);
      if (need.question !== undefined) questions.push(need.question);
      if (need.story !== undefined) story ??= need.story;
      if (need.remark !== undefined) remarks.push(need.remark);
      changed = true;
      continue;
    }
    const polite = POLITE_ASK.exec(sentence);
    const asked = polite === null ? sentence : sentence.slice(polite[0].length);
    const plain = asked.replace(COURTESY, '');
    if (plain !== sentence) changed = true;
    // "Could you tell me?" alone asks nothing of its own.
    if (unpunctuated(plain) === '') continue;
    if (/\?\s*$/u.test(sentence) || polite !== null) questions.push(polite === null ? plain.replace(/\s*\?*\s*$/u, '?') : asQuestion(plain));
    else remarks.push(capitalised(plain));
  }
  if (!changed) return input;
  // A question with a question word asks; "the source?" after one only says it again. The last
  // question asks, unless it only says what is wanted ("who was it?") after one that says more.
  const worded = questions.filter((question) => /^\s*(?:(?:on|in|at|from|for|by|with|to)\s+)?(?:who|whom|whose|when|what|which|where|how)\b/iu.test(question));
  const asked = worded.length > 0 ? worded : questions.length > 0 ? questions : fallbacks;
  if (asked === fallbacks) remarks.splice(0, remarks.length, ...remarks.filter((remark) => !restated.includes(remark)));
  const specific = asked.filter((question) => !WANT_ONLY.test(question));
  const question = (specific.length > 0 ? specific : asked).at(-1);
  if (question === undefined) return input;
  // "When did that attack occur?" of "an attack on a base in Iraq that injured …": the thing as remembered, whole.
  const resolved = described === undefined ? undefined : describedIn(question, described);
  const said = resolved === undefined ? -1 : remarks.indexOf(`${capitalised(described!)}.`);
  if (said >= 0) remarks.splice(said, 1);
  const named = story?.replace(/^\s*(?:a|an|that|this)\s+/iu, 'the ');
  // "…, according to that story": the story they read is the one it points to.
  const whole = resolved ?? question;
  const scoped = named === undefined ? whole : THAT_STORY.test(whole) ? whole.replace(THAT_STORY, `$1${named}`) : `${whole.replace(/\s*\?\s*$/u, '')}, in ${named}?`;
  return [...remarks, scoped].join(' ');
}
