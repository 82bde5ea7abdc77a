/**
 * A request for the identity of someone a remark describes: "… mentions Hezbollah's top commander
 * killed in a Beirut strike. Name, fast?", "Reference is made to X. Identify that individual", "the
 * name of that leader", "asks that the prime minister be identified", "I confess his name escapes me;
 * would you supply it?", "Pray, who held that office then?". Read as "who is <the description>?": the
 * words the remark quotes, its description after "mentions" or "says", the head noun named again with
 * what it is of, a description set off by a colon, the first role it names for a name asked in so many
 * words, the office it names. The question stage asks it before the text's other words, as such a
 * request asks only that. Pure text to text; `undefined` where the text makes no such request.
 */
import { unpunctuated } from './askedSentences.ts';
import { hasVerb, MENTIONING, partsOf, RELATIVE_NOUN_PHRASE } from './questionWithin.ts';
import { ROLE_HEADS } from '../nlp/model/roleWords.ts';

/** Words for someone that name no role of their own ("identify that individual", "which man was it"). */
const ANYONE = /^(?:individual|person|man|woman|one|official|figure|him|her|his|he|she|it|that|name|who)$/iu;

/** A head noun of one or two words ("leader", "prime minister"), not the words after it ("individual for the record"). */
const HEAD = String.raw`(\p{L}+(?:\s+(?!(?:for|to|in|on|of|at|by|with|from|and|please|be|is|was)\b)\p{L}+)?)`;

/**
 * A request for the identity of someone a remark describes: "Identify that individual", "the name of
 * that leader", "asks that the prime minister be identified", "Name, fast?", "— who exactly?",
 * "Which man was it?".
 */
const IDENTITY_ASKED = new RegExp(
  [
    String.raw`^\s*(?:please\s+)?(?:identify|name)\s+(?:(?:that|this|the)\s+${HEAD}|(him|her))\b`,
    String.raw`\bthe\s+name\s+of\s+(?:that|this|the)\s+${HEAD}`,
    String.raw`\bthat\s+(?:that|this|the)\s+${HEAD}\s+be\s+(?:identified|named)\b`,
    String.raw`^\s*(name)\s*(?:,[^?]{0,30})?\?\s*$`,
    String.raw`\b(his|her)\s+(?:full\s+)?name\b`,
    String.raw`^\s*(who)\s*(?:,?\s*(?:exactly|precisely))?\s*(?:,\s*(?:per|according\s+to)\s+[^?]{2,40})?\?\s*$`,
    String.raw`^\s*(?:who|which\s+(?:man|woman|person|individual|official|one))(?:\s+(?:is|was)|['’]s)\s+(?:(he|she|it|that)(?:\s+again)?|(?:that|this)\s+${HEAD})\s*\??\s*$`,
  ].join('|'),
  'iu',
);

/** How a remark describes someone it does not name: "mentions X", "wants the name of X", "reference is made to X", "is referred to only as X", "only says X". */
const DESCRIBES = new RegExp(String.raw`\b(?:${MENTIONING}|cite|(?:wants?|needs?|asks\s+for|requests?)\s+the\s+name\s+of|reference\s+is\s+made\s+to|(?:is\s+)?referred\s+to(?:\s+only)?\s+as|names|says|calls\s+(?:him|her)|brings?\s+up|bring\s+up|raises?)\s+(?:only\s+)?((?!(?:that|who|which|it|he|she|they)\b)[\p{L}].{3,120})$`, 'iu');

/**
 * A role the remark names someone by: the words it quotes ("names only 'the Hamas political leader'"),
 * the description after "mentions", "says", or (`set`) the remark itself, a description set off after
 * a colon ("is described only by title: director of the Iran program"); for a name asked in so many
 * words (`named`: "his name"), the first role it names ("…was the senior military commander of Hezbollah, …"), unless the
 * remark is a question of its own; not a role that opens the remark ("A senior commander was also killed …"), whose
 * predicate the question stage's own reading keeps ("which senior commander was also killed …").
 */
function describedIn(remark: string, set: boolean, named: boolean): string | undefined {
  const quoted = /(?<![\p{L}\d])['‘"“]([^'‘’"“”]{3,60}?)['’"”](?![\p{L}\d])/u.exec(remark)?.[1];
  const plain = unpunctuated(remark).replace(/\s+so\s+far$/iu, '');
  // (A remark set off before a dash may be a noun phrase with a relative clause: "The Hamas political leader who was assassinated …".)
  const described = quoted ?? DESCRIBES.exec(plain)?.[1] ?? (set && (!hasVerb(plain) || RELATIVE_NOUN_PHRASE.test(plain)) ? plain : undefined) ?? (named && !/\?\s*$/u.test(remark) ? rolesIn(plain).find((role) => !plain.startsWith(role)) : undefined);
  // Only a description of someone: a role's word in it ("the Hamas political leader"), not words a remark quotes ("informed at the last minute").
  return described !== undefined && describesSomeone(described) ? described : undefined;
}

/** Whether a phrase holds a role's word ("commander", "diplomat", "prime minister"). */
function describesSomeone(phrase: string): boolean {
  return (phrase.toLowerCase().match(/\p{L}+/gu) ?? []).some((word) => ROLE_HEADS.has(word));
}

/** The remark's phrase of a head noun, with what it is of ("that leader" → "the leader of Hezbollah"). */
function headPhrase(head: string, remark: string): string | undefined {
  // Case-sensitive: what the head is "of" is a name ("of Hezbollah"), not the words after it.
  const phrase = new RegExp(String.raw`(?:^|[\s'‘"“])((?:[Tt]he|[Aa]n?|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{L}.-]+\s+){0,3}?${head}(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})?)(?![\p{L}])`, 'u').exec(remark);
  return phrase?.[1];
}

/** A request for someone's identity after a remark that describes them, as "who is <the description>?". */
function identityPointed(request: string, remark: string, afterTopic: boolean): string | undefined {
  if (OFFICE_HELD.test(request)) {
    const office = rolesIn(unpunctuated(remark)).at(-1);
    return office === undefined ? undefined : `who is ${office.replace(/^(?:a|an)\s/iu, 'the ')}?`;
  }
  const asked = IDENTITY_ASKED.exec(request);
  if (asked === null) return undefined;
  const head = asked.slice(1).find((group) => group !== undefined)!;
  // The remark as all of the description only for a request in so many words ("requires his name"), not "who was he?".
  const set = afterTopic && !/^\s*(?:who|which)\b/iu.test(request);
  // "the name of the carrier": not someone.
  const described = ANYONE.test(head) ? describedIn(remark, set, /^(?:his|her)$/iu.test(head)) : describesSomeone(head) ? headPhrase(head, remark) : undefined;
  if (described === undefined) return undefined;
  const source = /,\s*((?:per|according\s+to)\s+[^?]{2,40}?)\s*\??\s*$/iu.exec(request);
  return `who is ${/^(?:the|a|an)\s|^[\p{Lu}][\p{L}.-]*['’]s\s/iu.test(described) ? described.replace(/^(?:a|an|the)\s/iu, 'the ') : `the ${described}`}${source === null ? '' : `, ${source[1]!}`}?`;
}

/**
 * "… mentions Hezbollah's top commander killed in Beirut. Name, fast?", "The panel names only 'the
 * Hamas political leader'. Which man was it?": a request, last, for the identity of someone the
 * remark before it describes, as "who is <the description>?"; `undefined` where the text makes none.
 */
export function identityPointedIn(text: string): string | undefined {
  const parts = partsOf(text.replace(NAME_REQUESTED, ' What was his name?'));
  if (parts.length < 2) return undefined;
  const [remark, request] = [parts.at(-2)!, parts.at(-1)!];
  return identityPointed(request.part, remark.part, remark.afterTopic || request.afterTopic);
}

/**
 * A courteous request for a name, at the end: "I confess his name escapes me; would you supply it?",
 * "Might you refresh my memory as to his name?", "I have his name on the tip of my tongue. Would you
 * be good enough to remind me?", "Whose name ought I to set down?": "What was his name?".
 */
const NAME_REQUESTED = /(?:(?<=[.!?;—–])\s+|^)(?:[^.!?;—–]*\b(?:(?:his|her)\s+name\s+(?:escapes|eludes|is\s+on\s+the\s+tip|has\s+slipped)|(?:his|her)\s+name\s+on\s+the\s+tip|(?:refresh|jog)\s+my\s+memory|remind\s+me|(?:supply|give|tell)\s+(?:me\s+)?(?:it|his\s+name|her\s+name|the\s+name)|whose\s+name\s+(?:ought|should|shall|must)\s+I)\b[^.!?;—–]*(?:[.!?;]+|$)\s*)+$/iu;

/** "who held that office then": the office a remark names, as its holder is asked. */
const OFFICE_HELD = /^\s*(?:pray,?\s+)?who\s+(?:held|holds|filled|occupied)\s+(?:that|this|the)\s+(?:office|post|position|role|job)\b/iu;

/** The roles a remark names ("the Israeli Prime Minister", "the senior military commander of Hezbollah"), in order: a determiner, up to four words to a role's word, and what it is of. */
function rolesIn(remark: string): string[] {
  const roles: string[] = [];
  const tokens = remark.split(/\s+/u);
  tokens.forEach((token, at) => {
    if (!/^(?:[Tt]he|[Aa]n?|\p{Lu}[\p{L}.-]*['’]s)$/u.test(token)) return;
    let head = -1;
    for (let i = at + 1; i <= at + 5 && i < tokens.length; i++) {
      const word = tokens[i]!.replace(/[,;:]$/u, '');
      // Another determiner begins another phrase ("the very Friday | the Secretary").
      if (/^(?:the|an?)$/iu.test(word)) break;
      if (ROLE_HEADS.has(word.toLowerCase())) head = i;
      if (word !== tokens[i]) break;
    }
    if (head < 0) return;
    const phrase = tokens.slice(at, head + 1).join(' ').replace(/[,;:]$/u, '');
    const of = /^\s+of\s+((?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})/u.exec(` ${tokens.slice(head + 1).join(' ')}`);
    roles.push(/[,;:]$/u.test(tokens[head]!) || of === null ? phrase : `${phrase} of ${of[1]!.replace(/[,;:]$/u, '')}`);
  });
  return roles;
}
