/**
 * The question inside a request, or after a remark it points back to: "Can you confirm for the
 * customer when Fuad Shukr was killed?", "Escalating: ticket asks who directs the Iran program",
 * "… requests the day and time of day when explosions rocked Isfahan", "Claim: the war broke out in
 * November. Check: in what month did it actually break out?". Grammar, not a voice: a "wh" clause
 * that completes a verb of asking, telling or knowing is an embedded question in a statement's word
 * order; a relative "when" after a time noun asks that time; a question after a remark or a topic
 * (set off by a colon or a dash, never inside a quotation) names what the remark names with "it",
 * "they", "he", "she", "that" or its head noun again, and a saying pointed back to ("who actually said
 * that?") is of the remark's quoted words; a time question that names no event of its own ("which date
 * do I write?", "Verify the day."), the asker's own filing of a time ("what date do I stamp on that")
 * or a story's timing of it ("how does Reuters time it") asks when the remark happened, or when the
 * event it names was ("what date do I log for X"). A claim being checked ("Post attributes the 'X'
 * warning to Y. Who was it really?", "Posts date the attack to October 8.") is asked of its thing, not
 * of who claims it nor what it claims of it. The remark itself is otherwise left out: a claim being
 * checked may be wrong in the very thing asked. `relativeWho` reads someone a who question describes by
 * a relative clause. The question stage asks these only where the text as typed finds nothing (a
 * request for someone's identity after a remark that describes them is `identityPointed.ts`'s, asked
 * first). Pure text to text; `undefined` where the text holds no such question.
 */
import { asAccordingTo, askedSentences, STORY_WORD, unpunctuated, withoutStoriesTelling } from './askedSentences.ts';
import { ROLE_HEADS } from '../nlp/model/roleWords.ts';
import { IRREGULAR_VERBS, pastBase } from '../text/wordForms.ts';

/** "Claim:", "Escalating:", "Rating pending:", "Claim attributed to Blinken:": a label of a few words before a sentence. */
const LABEL = /^\s*(?:@[\p{L}\d_]+[,:]?\s+)?(?:[\p{L}][\p{L}'’-]*\s+){0,3}[\p{L}][\p{L}'’-]*\s*:\s+(?=\S)/u;

/** The question words an embedded question opens with. */
const WH = String.raw`(?:who|whom|whose|when|(?:on\s+)?(?:what|which)\s+(?:day|date|time|year|month|week)|which\s+[\p{L}-]+)`;

/**
 * A verb of asking, telling or knowing, whom it is for, and the embedded question it takes:
 * "asking when", "confirm for the customer when", "wants to know who", "tell me which official".
 */
const EMBEDDING = new RegExp(
  String.raw`\b(?:ask|asks|asked|asking|know|knows|confirm|confirms|confirmed|confirming|tell|tells|advise|check|checks|verify|find\s+out|establish|determine|clarify|specify|identify|learn|work\s+out|pin\s+down|figure\s+out|wonder|wonders|wondering|say|explain|state|ascertain)` +
    String.raw`(?:\s+(?:for|to)\s+(?:the|a|an|my|our|this|that)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)?(?:\s+(?:me|us|him|her|them))?(?:\s+(?:exactly|precisely|again))?\s+(${WH}\b.+)$`,
  'iu',
);

/** "the day and time of day when X", "the date when X", "the year in which X": the time of X. */
const TIME_WHEN = /\b(?:date|day|time|year|month|week|moment|hour|night|morning)(?:\s+of\s+day)?\s+(?:when|(?:in|on|at)\s+which)\s+(.+)$/iu;
/** "needs the date the explosions hit Isfahan": the time a clause with no "when" tells, after a request for it. */
const DATE_THE = /\b(?:needs?|wants?|requires?|give\s+me|confirm|check|verify)\s+the\s+(?:exact\s+)?(?:date|day|time)\s+(?:that\s+)?((?:the|a|an|[\p{Lu}][\p{L}.-]*['’]s)\s+.{3,120})$/iu;

/** "the name of the Hamas leader who was assassinated …": the one the relative clause describes. */
const NAME_OF_WHO = /\b(?:name|identity)\s+of\s+(?:the|a|an|that|this)\s+(?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’-]+\s+who\s*,?\s+(.+)$/iu;

/** "when the bridge was closed" → "when was the bridge closed"; "when the mayor closed the pier" → "when did the mayor close the pier" (case as written: a name is no verb). */
const PASSIVE_ORDER = /^((?:on\s+)?(?:when|what\s+\p{L}+|which\s+\p{L}+))\s+(.{1,80}?)\s+(was|were|is|are|had\s+been|has\s+been)\s+(\p{Ll}+(?:ed|en|wn|ne|nt|ung|ot|id|ht))\b(.*)$/iu;
const PAST_ORDER = /^((?:[Oo]n\s+)?(?:[Ww]hen|(?:[Ww]hat|[Ww]hich)\s+(?:day|date|time|year|month|week)))\s+(?!(?:did|does|do|was|were|is|are|has|had|have)\b)(.+)$/u;

/** An embedded time question in a question's word order: "when X was killed" → "when was X killed"; "when X called" → "when did X call". */
export function questionOrder(clause: string): string {
  // "when, according to the report, X …": an aside after its question word goes after the clause (a comma an aside taken out left there goes).
  const plain = unpunctuated(clause)
    .replace(/^((?:on\s+)?(?:when|(?:what|which)\s+\p{L}+))\s*,\s*((?:according\s+to|per|in)\s+[^,]{2,60}),\s*(.+)$/iu, '$1 $3, $2')
    .replace(/^((?:on\s+)?(?:when|(?:what|which)\s+\p{L}+))\s*,\s*/iu, '$1 ');
  const passive = PASSIVE_ORDER.exec(plain);
  if (passive !== null) return `${passive[1]} ${passive[3]} ${passive[2]} ${passive[4]}${passive[5]}?`;
  const past = PAST_ORDER.exec(plain);
  if (past === null) return `${plain}?`;
  // The subject's words, up to the first in the past (case as written: a name is no verb).
  const tokens = past[2]!.split(/\s+/u);
  // Not a word right after an article ("the unprecedented attack"): an adjective.
  const verb = tokens.findIndex((token, i) => i > 0 && i <= 7 && /^\p{Ll}+$/u.test(token) && pastBase(token) !== undefined && !/^(?:the|a|an)$/iu.test(tokens[i - 1]!));
  return verb < 0 ? `${plain}?` : `${past[1]} did ${tokens.slice(0, verb).join(' ')} ${[pastBase(tokens[verb]!)!, ...tokens.slice(verb + 1)].join(' ')}?`;
}

/** "for my homework when did X …": a question in its own order after a lead-in (not "since when is X …", which asks from when). */
const LEAD_IN = /^\s*\S.{2,80}?(?<!\b(?:since|until|till|from|by|before|after|of|to|at|on|in))\s+((?:when|(?:on\s+)?(?:what|which)\s+(?:day|date|year|month))\s+(?:did|does|do|was|were|is|are|has|had|have|will)\s+.+)$/iu;

/** A question sentence as it stands: a question word first (after a preposition), or any sentence with a question mark. */
const ASKS = new RegExp(String.raw`^\s*(?:(?:on|in|at|by|from)\s+)?(?:who|whom|whose|when|what|which|where|how)\b`, 'iu');

/** The embedded question of one sentence, in a question's word order, or `undefined`. */
function embeddedIn(sentence: string): string | undefined {
  const led = LEAD_IN.exec(sentence);
  if (led !== null) return `${unpunctuated(led[1]!)}?`;
  const embedded = EMBEDDING.exec(sentence);
  const named = embedded === null ? NAME_OF_WHO.exec(sentence) : null;
  const when = embedded === null && named === null ? (TIME_WHEN.exec(sentence) ?? DATE_THE.exec(sentence)) : null;
  // "the official who, per the Gazette report, closed the port": the aside after what was done.
  const aside = named === null ? null : /^((?:per|according\s+to|in)\s+[^,]{2,60}),\s*(.+)$/iu.exec(named[1]!);
  const clause = embedded !== null ? embedded[1]! : named !== null ? `who ${aside === null ? named[1]! : `${unpunctuated(aside[2]!)}, ${aside[1]!}`}` : when !== null ? `when ${when[1]!}` : undefined;
  if (clause === undefined) return undefined;
  return questionOrder(clause);
}

/**
 * A remark's subject, up to its first verb ("the explosions in Isfahan | came late …") or a relative
 * clause inside it ("the rocket attack on the base | that wounded …"); not the one who only tells the
 * remark ("A colleague says X": the colleague is no event).
 */
function subjectOf(remark: string): string | undefined {
  const tokens = unpunctuated(remark).split(/\s+/u);
  // Not a past form right after an article ("the unprecedented attack"): an adjective, as `hasVerb` reads it.
  const verb = tokens.findIndex((token, i) => i > 0 && ((isVerb(token) && !/^(?:the|a|an)$/iu.test(tokens[i - 1]!)) || /^(?:that|which|who)$/iu.test(token) || SAYS.test(token)));
  if (verb <= 0 || verb > 8 || SAYS.test(tokens[verb]!)) return undefined;
  const subject = tokens.slice(0, verb).join(' ');
  return /[,;"“”]/u.test(subject) ? undefined : subject.replace(/^\p{Lu}/u, (letter) => (/^(?:The|A|An|This|That|These|Those)\b/u.test(subject) ? letter.toLowerCase() : letter));
}

/** A verb of a remark's own: an auxiliary, an irregular past ("spoke"), a regular one ("closed"; "the unprecedented …" is read as one too, which only ends a subject early). */
function isVerb(token: string): boolean {
  return /^(?:was|were|is|are|has|had|have|will|would|did|does)$/iu.test(token) || IRREGULAR_VERBS.has(token.toLowerCase()) || /^\p{Ll}{3,}ed$/u.test(token);
}

/** The verbs of one who tells a remark: "says", "told", "insists", "reckons". */
const SAYS = /^(?:says|said|told|tells|claims|claimed|insists|insisted|reckons|thinks|believes|swears|reports|reported)$/iu;

/** "Exhibit B, paragraph about the explosions in Isfahan", "Netanyahu's unity government": a topic set before the question, a noun phrase. */
function topicOf(remark: string): string | undefined {
  const plain = unpunctuated(remark);
  // "Alert mentions the Beirut strike that killed X", "Push copy references the Hamas attack …": what it mentions.
  const mentioned = MENTIONS.exec(plain);
  if (mentioned !== null) return mentioned[1]!.replace(/^(?:a|an)\s/iu, 'the ');
  const tokens = plain.split(/\s+/u);
  if (tokens.some((token) => isVerb(token) || SAYS.test(token))) return undefined;
  const about = /\b(?:about|regarding|concerning)\s+((?:the|a|an)\s+[^,;()]+)$/iu.exec(plain);
  if (about !== null) return about[1]!.replace(/^(?:a|an)\s/iu, 'the ');
  // "Archiving the Political IQ piece": the asker's doing with the thing is no part of it.
  const doing = /^\p{L}+ing\s+((?:the|a|an)\s+[^,;()]+)$/iu.exec(plain);
  if (doing !== null) return doing[1]!.replace(/^(?:a|an)\s/iu, 'the ');
  return tokens.length <= 8 && !/[,;()"“”]/u.test(plain) ? plain.replace(/^(?:The|A|An)\b/u, (word) => word.toLowerCase()) : undefined;
}

/** The verbs of a remark that points at something it names ("mentions", "refers to", "cites"). */
export const MENTIONING = String.raw`mentions|mentioned|references|referenced|refs|refers\s+to|cites|cited`;

/** A remark that only points at a thing: "… mentions the Beirut strike that killed X", "… references the Hamas attack". */
const MENTIONS = new RegExp(String.raw`\b(?:${MENTIONING}|is\s+about|discusses|covers|features|flags|flagged|highlights|highlighted|(?:wrote|writes|spoke|speaks|talked|talks|told)\s+(?:of|about))\s+((?:the|a|an|\p{Lu}[\p{L}.-]*['’]s)\s+[^,;()]{3,120})$`, 'u');

/** "the commander" in a question, "Hezbollah's senior military commander" in the remark before it: the thing named again. */
function namedAgain(question: string, remark: string): string {
  for (const again of question.matchAll(/\b(?:the|that|this)\s+(\p{L}{3,})\b/giu)) {
    const head = again[1]!;
    const phrase = new RegExp(String.raw`(?:^|[\s'‘"“])((?:the|a|an|[\p{Lu}][\p{L}.-]*['’]s)\s+(?:[\p{L}-]+\s+){0,3}?${head})\b`, 'iu').exec(remark);
    if (phrase === null || phrase[1]!.split(/\s+/u).length < 3) continue;
    const named = phrase[1]!.replace(/^(?:a|an)\s/iu, 'the ');
    return `${question.slice(0, again.index)}${named}${question.slice(again.index + again[0].length)}`;
  }
  return question;
}

/** The first name the remark holds ("Timing for the Haniyeh line" → "Haniyeh"), as the corpus knows names. */
function personIn(remark: string, isName: (phrase: string) => boolean): string | undefined {
  for (const run of remark.matchAll(/\b\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}/gu)) {
    const name = run[0].replace(/['’]s$/u, '');
    if (isName(name)) return name;
  }
  return undefined;
}

/** A figure a remark quotes: words in quotation marks with a number in them. */
const FIGURE_QUOTED = /["“‘']([^"“”‘’']{0,40}\d[^"“”‘’']{0,60})["”’']/u;
/** "that figure", "this number", "the toll": a figure pointed back to. */
const FIGURE_POINTED = /\b(?:that|this|the)\s+(?:figure|number|toll|count|tally|estimate)\b/iu;

/** "said it", "say that", "make that statement": a saying that points back to the words of a remark. */
const SAYING_POINTED = /\b(?:(say|said|says|saying|tell|told|state|stated|write|wrote|deliver|delivered)\s+(?:it|that|this|so)|(say|said|says|saying|state|stated|deliver|delivered|make|made|makes|making)\s+(?:that|this|the)\s+(?:remark|comment|statement|pledge|promise|warning|vow|assurance))\b(?!\s+\p{Ll}+ed\b)/iu;
/** "make that remark" says it: the verb of saying in the tense of "make". */
const MAKE_SAY: Readonly<Record<string, string>> = { make: 'say', made: 'said', makes: 'says', making: 'saying' };
/** A remark's quoted words (“…”, "…", '…' of two words or more), or the clause it says was said ("said on Monday that X", "said the U.S. had told …"). */
const SAID_IN = /["“]([^"“”]+?\s[^"“”]+?)["”]|(?<!\p{L})['‘]((?:[^'‘’]|['’](?=\p{L}))+?\s(?:[^'‘’]|['’](?=\p{L}))+?)['’](?!\p{L})|\b(?:said|says|stated|told\s+[\p{L}\s]{1,30}?|warned|claimed)(?:\s+(?:on|last|this|at)\s+[\p{L}\d]+)?\s+(?:that\s+(.+)|((?:the|a|an)\s+[^,;]+?\s(?:had|has|have|was|were|is|are|would|will|could|must)\s.+))$/u;

/**
 * The question with its pointing words standing for what the remark or topic before it names:
 * "he"/"she" for the name it holds, "it"/"they" as a subject for its subject, "it" and "that" for a
 * topic that is only a noun phrase ("Netanyahu's unity government — when did he find himself heading it?").
 */
/**
 * A claim about a thing, being checked: "Post attributes the 'will not tolerate' warning to Blinken",
 * "Telegram channels are dating the al Asad strike to Sunday", "A thread calls the Gaza toll an
 * 'Israeli estimate'": the thing, without what the claim says of it (which may be wrong).
 */
const CLAIMED_OF = /^\s*(?:[\p{L}\d'’-]+\s+){0,4}?(?:attributes?|attributing|credits?|dates?|dating|puts?|places?|calls?|calling|describes?|labels?)\s+((?:the|a|an|this|that|[\p{Lu}][\p{L}.-]*['’]s)\s+.+?)\s+(?:to|on|at|as|an?)\s+(?:[^\s]+\s*){1,6}$/u;
/** "Viral post claims X", "guest keeps saying X", "Some accounts insist X": a claim's frame before what it claims. */
const CLAIMING_FRAME = /^\s*(?:[\p{L}\d'’-]+\s+){0,4}?(?:claims?|claimed|says|said|insists?|insisted|keeps?\s+saying|kept\s+saying|swears?|reckons?|argues?|argued|guesses|guessed|assumes|assumed|believes|believed)\s+(?:that\s+)?(?=\S)/iu;

/**
 * The thing a claim is about ("dating the al Asad strike to Sunday"), which "it", "they" and "them"
 * stand for; or the subject of the clause it claims ("claims the Isfahan blasts happened …"), which
 * only "them" stands for ("when did it happen" asks of the whole clause, as a remark's event).
 */
function claimedThing(remark: string): { thing: string; clause: boolean } | undefined {
  const plain = unpunctuated(remark);
  const of = CLAIMED_OF.exec(plain);
  if (of !== null) return { thing: of[1]!.replace(/^(?:a|an)\s/u, 'the '), clause: false };
  const frame = CLAIMING_FRAME.exec(plain);
  const subject = frame === null ? undefined : subjectOf(plain.slice(frame[0].length));
  return subject === undefined ? undefined : { thing: subject, clause: true };
}

/** "Who was it really?", "Which official did Reuters actually attribute it to?": who said a claimed thing's quoted words. */
const SAID_BY_ASKED = /^\s*(who|which\s+[\p{L}-]+)\s+(?:(?:was|is)\s+(?:it|that)\b(?:\s+(?:really|actually))?|(?:did|does)\s+[^?]*?\battribute\s+(?:it|that|this)\s+to\b)([^?]*)\??\s*$/iu;

/** "did it break out", "were they killed": the pronoun a question's verb has for its subject, and the verb. */
const PRONOUN_DOES = /\b(?:did|does|do|was|were|is|are|has|have|had)\s+(it|they)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u;
/** Words that end a subject read backwards from its verb: a conjunction, a preposition, a verb of telling. */
const SUBJECT_BOUND = /^(?:since|when|after|before|as|that|which|who|and|but|until|while|because|once|if|of|in|on|at|by|for|with|from|to|notes|says|said|reports|reported|writes|wrote|mentions)$/iu;

/**
 * "… since the Israel-Hamas war broke out: in which month did it break out?": "it" is what the remark
 * gives the question's own verb for its subject ("the Israel-Hamas war"), wherever in the remark that is.
 */
function subjectOfVerb(question: string, remark: string): { pronoun: string; subject: string } | undefined {
  const asked = PRONOUN_DOES.exec(question);
  if (asked === null) return undefined;
  const base = pastBase(asked[2]!) ?? asked[2]!;
  const tokens = unpunctuated(remark).split(/\s+/u);
  const verb = tokens.findIndex((token, i) => i > 0 && /^\p{Ll}+$/u.test(token) && (token === base || pastBase(token) === base || token === `${base}s`));
  if (verb < 0) return undefined;
  let start = verb;
  while (start > 0 && verb - start < 6 && !SUBJECT_BOUND.test(tokens[start - 1]!) && !/[,;:]$/u.test(tokens[start - 1]!)) start--;
  const subject = tokens.slice(start, verb).join(' ');
  return /^(?:the|its|their|his|her)\s/iu.test(subject) && start < verb ? { pronoun: asked[1]!, subject: subject.replace(/^The\b/u, 'the') } : undefined;
}

/**
 * "Blinken restates the call for a humanitarian pause. When had Biden called for it?": "it" is what the
 * remark's noun of the question's own verb is for or of ("called for it" ← "the call for a pause").
 */
function objectOfNoun(question: string, remark: string): string | undefined {
  const asked = /\b(\p{Ll}+)\s+(for|of|about|on|against)\s+it\b/u.exec(question);
  if (asked === null) return undefined;
  const base = pastBase(asked[1]!) ?? asked[1]!;
  const noun = new RegExp(String.raw`\b(?:the|a|an|his|her|its|their)\s+${base}s?\s+${asked[2]!}\s+((?:the|a|an)\s+[^,.;:?!—–]{3,80}?)(?=\s*(?:[,.;:?!—–]|$|\s+(?:and|but|which|that|who)\b))`, 'iu').exec(remark);
  const end = asked.index + asked[0].length;
  return noun === null ? undefined : `${question.slice(0, end - 'it'.length)}${noun[1]!}${question.slice(end)}`;
}

function pointedBack(question: string, remark: string, isName: (phrase: string) => boolean): string {
  const acted = subjectOfVerb(question, remark);
  if (acted !== undefined) return question.replace(new RegExp(String.raw`\b${acted.pronoun}\b`, 'u'), acted.subject);
  const object = objectOfNoun(question, remark);
  if (object !== undefined) return object;
  // A claim being checked: its thing, not the one who claims it nor what it claims of it.
  const claimed = claimedThing(remark);
  if (claimed !== undefined && /^(?:the|this|that)\s/iu.test(claimed.thing)) {
    const quoted = claimed.clause ? undefined : /['‘"“]([^'‘’"“”]{3,80}?)['’"”]/u.exec(claimed.thing)?.[1];
    const saidBy = quoted === undefined ? null : SAID_BY_ASKED.exec(question);
    if (saidBy !== null) return `${saidBy[1]} said "${quoted}"${saidBy[2]!.replace(/\s+$/u, '')}?`;
    const thing = claimed.thing.replace(/^(?:this|that)\s/iu, 'the ');
    // (Of a claimed clause, "it" as a subject asks of the whole clause; "give for it" still of its thing.)
    const pronouns = claimed.clause ? question.replace(/\b(?<=(?:for|of|about)\s+)it\b/iu, thing) : question.replace(/\b(?<=(?:did|does|was|were|is|are|has|have|had)\s+)(?:it|they)\b/iu, thing);
    const read = pronouns.replace(/\bthem\b/iu, thing);
    if (read !== question) return read;
  }
  // A remark that only mentions a thing has it for its topic, not its subject ("Alert mentions the Beirut strike …").
  const mentions = MENTIONS.test(unpunctuated(remark));
  const subject = mentions ? undefined : subjectOf(remark);
  const topic = subject === undefined ? topicOf(remark) : undefined;
  // A remark's capitalised subject ("Ana Ruiz resigned …") is a name too.
  const person = personIn(remark, isName) ?? (subject !== undefined && /^\p{Lu}/u.test(subject) && !/^(?:the|a|an)\s/iu.test(subject) ? subject : undefined);
  let read = person === undefined ? question : question.replace(/\b(?:he|she)\b/iu, person);
  // "Who actually said that?", "when did he say it?": the words the remark quotes, or what it says was said.
  const words = SAID_IN.exec(remark);
  // A headline's speaker before the words ("'Ruiz: We will reopen the pier'") is no part of them.
  const quoted = (words?.[1] ?? words?.[2])?.trim().replace(/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?:\s+/u, '');
  // (To make a remark is to say it.)
  if (words !== null) read = read.replace(SAYING_POINTED, (_whole, pointing: string | undefined, remarking: string | undefined) => `${pointing ?? MAKE_SAY[remarking!.toLowerCase()] ?? remarking} ${quoted !== undefined ? `"${quoted}"` : `that ${unpunctuated(words[3] ?? words[4]!)}`}`);
  // "Who gave that figure?": the figure the remark quotes ("'nearly 1,200 dead in Gaza'").
  const figure = FIGURE_QUOTED.exec(remark);
  if (figure !== null) read = read.replace(FIGURE_POINTED, `the figure of ${figure[1]!.trim()}`);
  const thing = subject !== undefined && /^(?:the|a|an)\s/iu.test(subject) ? subject : topic;
  if (thing !== undefined) read = read.replace(/\b(?<=(?:did|does|was|were|is|are|has|have|had)\s+)(?:it|they)\b/iu, thing).replace(/\b(?<=(?:was|is)\s+)that(?=\s*(?:,[^?]*)?\??\s*$)/iu, thing);
  if (thing !== undefined && topic !== undefined) read = read.replace(/\bit\b/iu, thing);
  // "Who was at its head?": the head of the thing.
  if (thing !== undefined) read = read.replace(/\bits\s+(\p{L}+)\b/iu, (_whole, noun: string) => `the ${noun} of ${thing}`);
  // Nothing pointed at by a pronoun: a thing named again by its head ("the commander").
  return read === question ? namedAgain(read, remark) : read;
}

/** A word that points back to a remark: a question of its own still holding one is not asked without it. */
const POINTING = /\b(?:it|they|them)\b/iu;
/** "that started them", "which caused it": a relative clause whose object points back. */
const RELATIVE_POINTING = /\s+(?:that|which)\s+(?:\p{Ll}+\s+){1,2}(?:them|it)\b/u;

/** "— day?", "— date, per dpa?": only the kind of time wanted, after a topic. */
const TIME_ONLY = /^\s*(?:the\s+)?(?:exact\s+)?(?:day|date|time|timing)\s*(?:,\s*(?:per|according\s+to)\s+[^?]{2,40})?\?\s*$/iu;

/** "confirm the date", "need the day": a request for a time without a question word. */
const DATE_WANTED = /^\s*(?:please\s+|(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:help\s+(?:me|us|(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+)?)?(?:confirm|check|verify|give\s+me|need|want|get|establish|determine|record|log|provide|supply|state|find|fix|pin\s+down)\b[^?]{0,30}?\b(?:the\s+)?(?:exact\s+)?(?:date|day|time|timing|month|year)\b/iu;

/** Where a topic ends and the question about it begins: a colon or a dash. */
const TOPIC_END = /\s*:\s+|\s+[—–]+\s+|\s+-\s+/u;

/** A question only for a time: "which date do I write …", "what day was it", "when?". */
const BARE_TIME = /^\s*(?:on\s+)?(?:when\b|(?:what|which)\s+(?:calendar\s+|exact\s+|actual\s+)?(?:day|date|time|night|year|month|timeframe|time\s+frame|timing)s?\b)/iu;
/** Words a bare time question may hold besides its question: auxiliaries, pronouns, the asker's own doing. */
const NO_EVENT = /^(?:on|when|what|which|calendar|exact|actual|day|date|time|night|year|month|days|dates|is|was|were|are|do|does|did|should|would|will|can|could|i|we|you|it|that|this|they|he|she|the|a|an|my|our|in|for|of|to|per|write|use|give|put|establish|determine|record|log|become|mean|meant|say|really|actually|exactly|then|so|one|version|edition|text|translation|copy|alert|piece|pieces|story|stories|article|articles|report|reports|coverage|source|sources|timeframe|timing|frame)$/iu;

/** Where an asker files a time: "the casualty log", "our escalation chronology", "the title card", "the chyron". */
export const FILING_NOUNS = 'card|caption|chyron|slate|label|timeline|chronology|entry|log|field|sheet|table|memo|record|register|sitrep|brief|file|report';

/**
 * "what date do I stamp on that", "which day should we log it under", "what date does that go on the
 * timeline": the asker's own filing of the time, whatever its verb, with no event of its own.
 */
const ASKERS_FILING = new RegExp(String.raw`^\s*(?:on\s+)?(?:when|(?:what|which)\s+(?:[\p{L}]+\s+)?(?:day|date|time|year|month))\s+(?:do|does|did|should|shall|would|will|can|could|must)\s+(?:(?:I|we|you)\b|(?:it|that|this)\s+go\b)|^\s*what\s+(?:do|should|shall|can|would|will)\s+(?:I|we)\s+(?:put|write|enter|use)\s+(?:on|in|for)\s+(?:the\s+|our\s+|my\s+)?(?:[\p{L}-]+\s+)?(?:${FILING_NOUNS})\b`, 'iu');

/** "what date do I log for the explosions in Isfahan": the asker's filing of the time of the event it names after "for" or "on". */
const FILED_FOR = /^\s*(?:[Ww]hen|(?:[Ww]hat|[Ww]hich)\s+(?:[\p{L}]+\s+)?(?:day|date|time))\s+(?:do|should|shall|would|will|can|must)\s+(?:I|we)\s+[\p{L}]+(?:\s+(?:down|in|up))?\s+(?:for|on)\s+((?:the|a|an|[\p{Lu}][\p{L}.-]*['’]s)\s+[^?]{3,120}?)\s*\??\s*$/u;

/** "how does the Annapolis Reuters piece time Haniyeh's assassination": when that was, by that story. */
const HOW_TIMED_OBJECT = /^\s*[Hh]ow\s+(?:does|did|do)\s+((?:the\s+)?(?:[\p{L}'’.-]+\s+){0,4}?[\p{L}'’.-]+)\s+(?:time|date)s?\s+((?:the|a|an|[\p{Lu}][\p{L}.-]*['’]s)\s+[^?]{3,120}?)\s*\??\s*$/u;

/** "What day does Reuters put the Isfahan blasts on?": when that was, by that story. */
const SOURCE_PUTS = /^\s*(?:[Ww]hat|[Ww]hich)\s+(?:day|date|time)\s+(?:does|do|did)\s+((?:the\s+)?(?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+)\s+(?:put|give|date|assign|place)s?\s+((?:the|a|an|[\p{Lu}][\p{L}.-]*['’]s)\s+[^?]{3,120}?)(?:\s+(?:on|to|at|under))?\s*\??\s*$/u;

/** A time question that names its own event after the asker's filing or a story's timing of it, as "when was …?". */
function filedEvent(question: string): string | undefined {
  const filed = FILED_FOR.exec(question);
  if (filed !== null) return `when was ${filed[1]!.replace(/^(?:a|an)\s/u, 'the ')}?`;
  const timed = HOW_TIMED_OBJECT.exec(question) ?? SOURCE_PUTS.exec(question);
  return timed === null ? undefined : `when was ${timed[2]!.replace(/^(?:a|an)\s/u, 'the ')}, according to ${timed[1]!}?`;
}

/** "how does Reuters time it", "how does the report place it in time", "how is its timing given": the time as a story words it. */
const HOW_TIMED = /^\s*how\s+(?:does|did|do|is|was)\s+(?:[\p{L}'’.-]+\s+){0,4}?(?:(?:time|date)s?\s+(?:it|that|this)\b|place\s+(?:it|that|this)\s+in\s+time\b)|^\s*how\s+(?:is|was)\s+(?:its|the|that)\s+(?:timing|date|time)\s+(?:given|put|written|worded|phrased|described|reported)\b/iu;

/** Whether a time question asks only for the time of what a remark before it tells: the asker's filing of it, or how a story times it. */
function timesRemark(question: string): boolean {
  return ASKERS_FILING.test(question) || HOW_TIMED.test(question);
}

/** Whether a time question names an event of its own: a word beyond its question, the asker's doing and its frame. */
function namesEvent(question: string, remark = ''): boolean {
  const named = new Set((unpunctuated(remark).toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []));
  // What follows a comma that only sources or softens the question ("…, if you would be so good", "…, as the Reuters correspondent reckoned it") names nothing.
  const own = unpunctuated(question).replace(FILED_IN, '').replace(/(?:,\s*|\s+)(?:per|according\s+to|relative\s+to)\s+.*$/iu, '').replace(/,\s*(?:if\s+you|please|pray|as\s+(?:the|a|an|[\p{Lu}])|roughly|exactly)\b.*$/iu, '');
  return (own.match(/\p{L}[\p{L}'’-]*/gu) ?? []).some((word) => !NO_EVENT.test(word) && !EVENT_WORDS.test(word) && !named.has(word.toLowerCase()) && !/^\p{Lu}/u.test(word));
}

/** "the incident", "when did the killing take place", "when was that call made": words any event is told by, naming none of its own. */
const EVENT_WORDS = /^(?:incident|event|episode|occurrence|happening|killing|death|attack|strike|statement|call|remarks?|happen|happened|occur|occurred|take|took|taken|place|made|issued|delivered|given|carried|out)$/iu;
/** "… for the casualty log", "for our escalation chronology": where the asker files the time, no part of its event. */
const FILED_IN = new RegExp(String.raw`\s+(?:for|in|on)\s+(?:the|our|my|this)\s+(?:[\p{L}-]+\s+){0,2}?(?:${FILING_NOUNS})\b`, 'giu');

/** "The source text says …", "Reuters puts …", "Draft says …": the frame that tells a remark, not its event. */
const TELLING = /^\s*(?:[\p{L}'’-]+\s+){0,4}?(?:says|said|say|writes|wrote|write|puts|put|has|have|reports|reported|report|mentions|mention|notes|note|states|claims|claimed|claim|insists|insisted|insist|keeps?\s+saying|kept\s+saying)\s+(?!(?:in|on|at|by|near|from|against|over|after|during|as|for|with)\b)(?:that\s+)?/iu;
/** A time the remark gives, which the question asks about again: a weekday, "overnight", "last week", "in the early hours of Friday". */
const GIVEN_TIME = /\s*\b(?:(?:on|in|early|late|last|this|next|a)\s+)*(?:the\s+early\s+hours\s+of\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|overnight|yesterday|today|tonight|week|month|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)\b(?:\s+(?:morning|night|evening))?/giu;

/** The event a remark tells, as a time question: "Blinken spoke 'on Friday' at the end of the meeting" → "when did Blinken speak at the end of the meeting?". */
function remarkAsEvent(remark: string): string | undefined {
  // A question before it is no remark: it asks on its own.
  if (ASKS.test(remark) || /\?\s*$/u.test(remark)) return undefined;
  // "Some posts date the Hamas attack to October 8": the thing a claim dates, not the date it claims.
  const claimed = CLAIMED_OF.exec(unpunctuated(remark));
  if (claimed !== null && /^(?:the|this|that)\s/iu.test(claimed[1]!)) return `when was ${claimed[1]!.replace(/^(?:this|that)\s/iu, 'the ')}?`;
  // "And the Beirut strike that killed X": a remark joined on to what went before.
  const plain = unpunctuated(remark.replace(LABEL, '')).replace(/^(?:and|also|plus|then)\s+/iu, '');
  // A remark that is all one quotation (a draft's headline) is its words.
  const whole = /^["“‘'](.+)["”’']$/u.exec(plain);
  const told = (whole === null ? plain : whole[1]!).replace(TELLING, '');
  // A quoted time goes with its quotes; other quoted words stay, unquoted.
  const clause = told.replace(QUOTED, (quoted) => (new RegExp(GIVEN_TIME.source, 'iu').test(quoted) ? ' ' : quoted.slice(1, -1))).replace(GIVEN_TIME, ' ').replace(/\s+/gu, ' ').trim();
  if (clause.split(' ').length < 2) return undefined;
  // "Timestamp on the Isfahan blasts": a remark with no verb names its event after a word for the time and "on", "of", "for" or "about"
  // (not "the closure of the bridge", which is the event).
  const about = hasVerb(clause) ? null : /^(?:[\p{L}'’-]+\s+){0,3}?(?:timestamps?|time\s*stamps?|dates?|days?|times?|timing|datelines?|entry|slot)\s+(?:on|of|for|about)\s+((?:the|a|an|[\p{Lu}][\p{L}.-]*['’]s)\s+.+)$/iu.exec(clause);
  if (about !== null) return `when was ${about[1]!.replace(/^(?:a|an)\s/iu, 'the ')}?`;
  // "the Hamas attack was Oct 8", its claimed time gone: "when was the Hamas attack".
  const copula = /^(.+?)\s+(was|were|is|are)$/iu.exec(clause);
  if (copula !== null) return `when ${copula[2]!.toLowerCase()} ${copula[1]!.replace(/^(?:The|A|An)\b/u, (word) => word.toLowerCase())}?`;
  const phrase = eventPhrase(clause);
  if (phrase !== undefined) return `when was ${phrase}?`;
  const event = clause.replace(/^(?:The|A|An)\b/u, (word) => word.toLowerCase());
  // "the storm that closed the bridge": a thing its relative clause describes, not a clause of its own.
  if (RELATIVE_NOUN_PHRASE.test(event)) return `when was ${event}?`;
  const ordered = questionOrder(`when ${event}`);
  return ordered === `when ${event}?` && !hasVerb(event) ? `when was ${event}?` : ordered;
}

/** A phrase that opens with a determiner ("the ferry …"), whose noun a past form after it has for its subject. */
const DETERMINED = /^(?:the|a|an|this|that|these|those|its|his|her|their)\s/iu;
/** A participle with its preposition after a noun ("explosions reported in", "the war, cited in"): a description, not a verb of the remark's own. */
const PARTICIPLE_AFTER = /^(?:in|on|at|by|near|from|to|against|over|after|during|as|for|with)$/iu;

/**
 * A remark that names its event as a noun phrase, with no verb of its own ("Timeline item: attack on a
 * base in Iraq injuring five troops", "outbreak of the war, cited in the dispatch as …", "explosions
 * reported in Isfahan, attributed to …"): the phrase up to what describes it after a comma or in brackets.
 */
function eventPhrase(clause: string): string | undefined {
  // What a bracket adds describes the event; so does a relative clause ("…, which wounded seven of our people"), which is no verb
  // of the remark's own, and stays where it says which event (no comma: "the strike which killed X").
  const plain = clause.replace(/\s*\([^)]*\)/gu, '');
  const tokens = plain.replace(/,?\s+(?:which|who)\s+[^,;]*/gu, '').split(/\s+/u);
  const finite = tokens.some((token, i) => {
    const before = tokens[i - 1] ?? '';
    if (!isVerb(token) || /^(?:the|a|an)$/iu.test(before)) return false;
    // (Not after a determiner's noun: "the ferry docked at Porto" tells, "explosions reported in Isfahan" names.)
    return !(/ed$/u.test(token) && (/,$/u.test(before) || (/^\p{Ll}/u.test(before) && !DETERMINED.test(plain))) && PARTICIPLE_AFTER.test(tokens[i + 1] ?? ''));
  });
  const head = plain.split(/\s*[,;:]\s*/u)[0]!.trim();
  if (finite || head.split(/\s+/u).length < 2) return undefined;
  return /^(?:the|a|an)\s/iu.test(head) ? head.replace(/^(?:The|A|An)\b/u, 'the') : /^\p{Ll}/u.test(head) ? `the ${head}` : head;
}

/** A noun phrase with a relative clause ("the storm that closed the bridge"), which a remark may be all of. */
export const RELATIVE_NOUN_PHRASE = /^(?:the|a|an|this|that|[\p{Lu}][\p{L}.-]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:that|which|who)\s+\S/iu;

/** Whether a remark has a verb of its own, not a past form right after an article ("the unprecedented …"). */
export function hasVerb(clause: string): boolean {
  const tokens = clause.split(/\s+/u);
  return tokens.some((token, i) => isVerb(token) && !/^(?:the|a|an)$/iu.test(tokens[i - 1] ?? ''));
}

/** A quotation's words ("'Blinken: We're committed …'"): no topic ends inside one. */
const QUOTED = /(?<![\p{L}\d])(["“‘'])(?:(?!(?:\1|[”’])(?![\p{L}\d])).){2,200}?(?:\1|[”’])(?![\p{L}\d])/gu;

/** "As to X, …", "Regarding X, …": a topic set before the question with a comma. */
const TOPIC_FIRST = /^\s*(?:as\s+(?:to|for|regards)|regarding|concerning|with\s+(?:regard|respect)\s+to|turning\s+to)\s+([^,]{3,120}),\s+(?=\S)/iu;

/** A sentence split at its colons and dashes, and after a topic set off first ("As to X, …"), but not inside a quotation. */
function topicSplit(sentence: string): string[] {
  const kept: string[] = [];
  const masked = sentence.replace(QUOTED, (quoted) => `\u0000${kept.push(quoted) - 1}\u0000`);
  const first = TOPIC_FIRST.exec(masked);
  return (first === null ? masked : `${first[1]!} — ${masked.slice(first[0].length)}`).split(TOPIC_END).map((part) => part.replace(/\u0000(\d+)\u0000/gu, (_whole, n: string) => kept[Number(n)]!));
}

/** A text's sentences split at their topics, each part with whether a topic in its own sentence stands before it ("Netanyahu's unity government — when …"). */
export function partsOf(text: string): Array<{ part: string; afterTopic: boolean }> {
  return askedSentences(text).flatMap((sentence) => topicSplit(sentence.replace(LABEL, '')).filter((part) => part.trim() !== '').map((part, at) => ({ part, afterTopic: at > 0 })));
}

/** "someone", "somebody", "some official": the one a remark leaves unnamed. */
const SOMEONE_IN = /\b(?:someone|somebody|some\s+(?:one|person|figure|man|woman))\b\s*/iu;
/** "With whom?", "Who?", "Who was that?", "To whom, exactly?": a bare who question, with the preposition it may keep. */
const WHO_BARE = /^\s*(?:(?:with|to|from|by|for|against|of)\s+)?(?:who|whom)(?:\s+(?:was|is)\s+(?:it|that|this|he|she|they)|\s+(?:do|does|did)\s+(?:they|it|the\s+[\p{L}-]+|[\p{Lu}][\p{L}-]*)\s+say\s+(?:that|it|he|she|this)\s+(?:was|is))?\s*,?\s*(?:exactly|precisely|then|really)?(?:\s*,\s*and\s+[^?]{3,40})?\s*\?*\s*$/iu;
/** "an Israeli leader", "some Hezbollah leader", "a senior official": someone a remark names only by a role, which "which" asks for. */
const SOMEONE_BY_ROLE = /\b(?:a|an|some)\s+((?:[\p{L}-]+\s+)?([\p{L}-]+))\b/giu;
/** Auxiliaries a statement's subject stands before, which a question puts first. */
const AUXILIARY = /^(?:had|has|have|was|were|is|are|would|will|could|did|does|do)$/iu;

/**
 * "The Political IQ story says Blinken had already been in talks with someone before the press
 * conference. With whom?": the remark asked as a who question, its "someone" the one asked for,
 * by the story that tells it ("who had Blinken already been in talks with before …, according to
 * the Political IQ story?").
 */
function someoneAsked(remark: string, question: string): string | undefined {
  if (!WHO_BARE.test(question)) return undefined;
  // Someone named only by a role ("with an Israeli leader") is asked for as "which Israeli leader".
  const byRole = SOMEONE_IN.test(remark) ? undefined : [...remark.matchAll(SOMEONE_BY_ROLE)].find((phrase) => ROLE_HEADS.has(phrase[2]!.toLowerCase()));
  if (byRole !== undefined) return someoneAsked(remark.replace(byRole[0], 'someone'), question)?.replace(/^who\b/u, `which ${byRole[1]!}`);
  if (!SOMEONE_IN.test(remark)) return undefined;
  const plain = unpunctuated(remark.replace(LABEL, ''));
  const frame = TELLING.exec(plain);
  const teller = frame === null ? '' : frame[0].replace(/\s+\S+\s+(?:that\s+)?$/u, '').trim();
  const source = STORY_WORD.test(teller) ? `, according to ${teller.replace(/^The\b/u, 'the')}` : '';
  const clause = (frame === null ? plain : plain.slice(frame[0].length)).replace(/^(?:The|A|An)\b/u, (article) => article.toLowerCase());
  const tokens = clause.split(/\s+/u);
  const at = tokens.findIndex((token) => SOMEONE_IN.test(token) || /^some$/iu.test(token));
  // "someone told Blinken X": who did it.
  if (at === 0) return `${clause.replace(SOMEONE_IN, 'who ')}${source}?`;
  const rest = clause.replace(SOMEONE_IN, '').replace(/\s{2,}/gu, ' ').trim().split(/\s+/u);
  const auxiliary = rest.findIndex((token, i) => i > 0 && i <= 6 && AUXILIARY.test(token));
  if (auxiliary > 0) return `who ${rest[auxiliary]!.toLowerCase()} ${[...rest.slice(0, auxiliary), ...rest.slice(auxiliary + 1)].join(' ')}${source}?`;
  const verb = rest.findIndex((token, i) => i > 0 && i <= 6 && /^\p{Ll}+$/u.test(token) && pastBase(token) !== undefined);
  return verb > 0 ? `who did ${[...rest.slice(0, verb), pastBase(rest[verb]!)!, ...rest.slice(verb + 1)].join(' ')}${source}?` : undefined;
}

export function questionWithin(text: string, isName: (phrase: string) => boolean = () => false): string | undefined {
  const parts = partsOf(withoutStoriesTelling(text));
  const someone = parts.length >= 2 ? someoneAsked(parts.at(-2)!.part, parts.at(-1)!.part) : undefined;
  if (someone !== undefined) return someone;
  for (let i = parts.length - 1; i >= 0; i--) {
    const { part, afterTopic } = parts[i]!;
    const embedded = ASKS.test(part) ? undefined : embeddedIn(part);
    // A question of its own after a remark ("Claim: X. Check: when did it happen?") is the one asked.
    // "… — confirm the date before I send": when that was.
    // The last part may ask without its mark ("— when was that, roughly, relative to the G7 meeting").
    const own = embedded === undefined && ASKS.test(part) && (/\?\s*$/u.test(part) || (i > 0 && i === parts.length - 1 && !/[.!]\s*$/u.test(part))) ? `${unpunctuated(part)}?` : embedded === undefined && i > 0 && (DATE_WANTED.test(part) || TIME_ONLY.test(part)) ? 'when was that?' : undefined;
    const asked = embedded === undefined && own === undefined ? undefined : asAccordingTo(embedded ?? own!);
    if (asked === undefined) continue;
    const filed = filedEvent(asked);
    if (filed !== undefined) return filed;
    const remark = i > 0 ? parts[i - 1]!.part : undefined;
    const pointed = remark === undefined ? asked : pointedBack(asked, remark, isName);
    const filedPointed = pointed === asked ? undefined : filedEvent(pointed);
    if (filedPointed !== undefined) return filedPointed;
    // A time question that names no event of its own ("which date do I write?") and points at nothing, or the date
    // wanted after a remark ("Verify the day."), asks when the remark before it happened.
    const timed = timesRemark(asked);
    // A remark that names its event as a noun phrase lends the question its words ("… statement condemning X. When was the
    // statement issued?"); one with a verb of its own does not ("Blinken refused to confirm the attack. When did that attack …?").
    const phrased = remark !== undefined && eventPhrase(unpunctuated(remark.replace(LABEL, ''))) !== undefined;
    const bare = timed || (BARE_TIME.test(asked) && !namesEvent(asked, phrased ? remark : ''));
    const wanted = embedded === undefined && !ASKS.test(part);
    // (Not a remark that only mentions a thing: "that" is that thing.)
    // A remark that asks a time itself ("Scene 12 needs the date the explosions hit Isfahan.") is the question.
    const read = remark !== undefined && bare && (wanted || pointed === asked || timed) && !MENTIONS.test(unpunctuated(remark)) ? (embeddedIn(remark) ?? remarkAsEvent(remark) ?? pointed) : pointed;
    // "the war that started them": a relative clause that only points back says which thing, which its noun already does.
    const question = POINTING.test(read) ? read.replace(RELATIVE_POINTING, '') : read;
    // One that still names no event asks nothing: an earlier part may still ask.
    if (question === asked && bare) continue;
    // Not one that still points back, nor one a topic only scopes ("The dpa photo — who took the picture?" is not any picture's).
    if (embedded === undefined && (POINTING.test(question) || (afterTopic && question === asked))) return undefined;
    return question === text.trim() ? undefined : question;
  }
  return undefined;
}

/**
 * "Line six, Hank from Harrisburg, wants to know who became …", "Dennis in Bangor asks what day X said …":
 * one who relays a question, and the question relayed, in a statement's word order: a time's, or who did
 * something ("who the leader was that …" is left to the readings of a description).
 */
const RELAYED_BY = /^[^?.!—–:]{0,80}?\b(?:asks|asked|is\s+asking|wants\s+to\s+know|would\s+like\s+to\s+know|(?:may|might|will)\s+wish\s+to\s+know|wish(?:es)?\s+to\s+know|wonders|is\s+wondering|needs\s+to\s+know)\s+/iu;
/** The relayed question: who did something (a verb after "who", case as written), a time's, a count's or a place's. */
const RELAYED = /^(?:who\s+(?!(?:the|a|an|this|that)\b)\p{Ll}+\b|(?:when|what\s+day|what\s+date|which\s+day|which\s+date|what\s+year|which\s+year|how\s+many|how\s+much|(?:in|on|at|to|from)\s+(?:which|what)\s+(?:[\p{L}-]+\s+)?(?:country|city|town|island|port|region|province|capital))\s+\p{L})/u;

/** A text whose sentence relays a question for someone else, as that question in a question's word order; the text as it is otherwise. */
export function relayedQuestion(text: string): string {
  const sentences = askedSentences(text);
  const relayed = sentences.map((sentence) => {
    const frame = ASKS.test(sentence) ? null : RELAYED_BY.exec(sentence);
    const clause = frame === null ? undefined : sentence.slice(frame[0].length);
    return clause !== undefined && RELAYED.test(clause) ? clause : undefined;
  });
  const at = relayed.findIndex((clause) => clause !== undefined);
  return at < 0 ? text : [...sentences.slice(0, at), questionOrder(relayed[at]!), ...sentences.slice(at + 1)].join(' ');
}

/** A relative clause that tells what someone did ("…, the one who said …"), with the word before it; an initial's stop ("the U.S.") ends no clause. */
const RELATIVE_WHO = /(?<=([\p{L}'’)]+)\s*,?\s+)who\s+((\p{Ll}+)\b(?:[^?.;!—–]|(?<![\p{L}]\p{L})(?<=\p{Lu})\.)*)/gu;

/** A name of several capitalised words before the word for someone ("the Middle East Institute guy"): where they work. */
const WORKS_AT = /\b(?:the|a|an)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,4})(?:man|woman|guy|fellow|gentleman|lady|person|chap|bloke)\s*,?\s*$/u;

/** Words before "who" that name no one in particular: "the one", "a man", "the … guy", an aside's "I think". */
const SOMEONE = /^(?:one|man|woman|guy|fellow|gentleman|lady|person|chap|bloke|someone|somebody|think|believe)$/iu;

/**
 * The one a who question describes by what they did, in a relative clause ("Who is the defence
 * secretary, the one who said they won't tolerate attacks?", "the Italian gentleman, their foreign
 * minister I think, who said X — what was his name?"): "which official said they won't tolerate
 * attacks?" where the question names a role (its holder is a person, never a country), else "who
 * said X?". Only after a word that names no one in particular: a role or a noun right before "who"
 * ("the Iraqi defence minister who commented …", "the pilot who …") was asked for already. Only a
 * clause whose first word is a verb in the past or the present ("who runs", "who said"), not "who is he".
 */
export function relativeWho(text: string): string | undefined {
  for (const relative of text.matchAll(RELATIVE_WHO)) {
    const verb = relative[3]!;
    const acts = IRREGULAR_VERBS.has(verb) || /^(?:said|told|runs|heads|leads|directs)$/u.test(verb) || (pastBase(verb) !== undefined && !/^(?:need|indeed|feed|seed)$/u.test(verb));
    if (!acts || !SOMEONE.test(relative[1]!)) continue;
    const before = text.slice(0, relative.index).toLowerCase().match(/[\p{L}]+/gu) ?? [];
    // "the Middle East Institute guy who runs …": where the one described works, named before the word for them.
    const where = WORKS_AT.exec(text.slice(0, relative.index))?.[1];
    return `${before.some((word) => ROLE_HEADS.has(word)) ? 'which official' : 'who'} ${unpunctuated(relative[2]!)}${where === undefined ? '' : ` at the ${where.trim()}`}?`;
  }
  return undefined;
}
