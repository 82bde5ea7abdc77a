/**
 * What a question written as a prompt to an assistant says besides the question: a persona for the
 * reader ("You're a research assistant.", "Act as a fact-checker:"), the answer's form ("Name only,
 * no explanation.", "Format: First Last.", "Answer with just a date:") and the material to use
 * ("Using only the indexed articles,", "Given the Political IQ article as context,"). None of it asks
 * anything, and its words (an "editor's name", an "assistant") read as the question's own. Pure text
 * to text: the question without them, the story it names kept as "In the … article,".
 */
import { askedSentences } from './askedSentences.ts';

/** A persona given to the reader: "You are a news assistant", "Pretend you're a copy editor checking credits", "Role: analyst". */
const PERSONA = /^\s*(?:you\s+are|you['’]re|act(?:ing)?\s+as|pretend\s+(?:you['’]re|you\s+are|to\s+be)|imagine\s+you['’]re|role\s*:)\s/iu;

/** Words of an answer's form: "only", "just", "format", "plain text", "one word", "no explanation", "wording". */
const FORM_WORDS = /\b(?:only|just|format|output|plain\s+text|one\s+(?:word|name)|single\s+word|short\s+answer|one\s+or\s+two\s+words|no\s+(?:explanation|elaboration|commentary)|wording|short\s+description|brief(?:ly)?)\b/iu;

/** How a form instruction opens: a verb of answering, or the thing wanted with "only" ("Name only", "HVT name only"). */
const FORM_OPENER = /^\s*(?:(?:please\s+)?(?:answer|respond|reply|output|return|give|keep|format|provide|write)\b|(?:[\p{L}'’-]+\s+){0,2}?(?:name|date|number|figure|year|day|word)s?\s+only\b|(?:just|only)\s+(?:the\s+)?(?:name|date|number|figure|year|day|word|answer)s?\b|(?:one|single)\s+(?:word|name)\b|short\s+answer\b|no\s+(?:explanation|elaboration|commentary)\b)/iu;

/** An instruction's words before a colon that the question follows: "Answer with just a date:", "Act as a fact-checker:". */
const LEADING = /^\s*([^:?]{3,60}):\s+(?=(?:who|whom|whose|when|what|which|where|how|name|identify|has|have|had|did|does|do|is|was|were|are)\b)/iu;

/** A checker's label before the question: "confirm attribution:", "Verify:", "fact check:". */
const CHECK_LABEL = /^\s*(@[\p{L}\d_]+\s+)?(?:please\s+)?(?:confirm|verify|check|fact[-\s]?check|double[-\s]?check)(?:\s+(?:attribution|this|claim|status|source))?\s*$/iu;

/** The material to use: "Using only the indexed articles,", "Based only on the sources,", "Given the Political IQ article as context,". */
const MATERIAL = /^\s*(?:given|using|based\s+(?:only\s+)?on|drawing\s+(?:only\s+)?on)\s+(?:only\s+)?(?:the\s+)?(.{0,60}?)(?:\s+as\s+(?:context|(?:your\s+|the\s+)?source)|\s+and\s+nothing\s+else)?\s*,\s+(?=\S)/iu;

/** The material named by no story of its own ("the articles", "the indexed sources"). */
const ANY_MATERIAL = /^(?:(?:evidence|information)\s+(?:from|in)\s+(?:the\s+)?)?(?:(?:indexed|bundled|provided|given|available)\s+)?(?:articles?|sources?|stories|coverage|texts?|corpus|context)$/iu;

/** The material named as one story ("the Political IQ article", "the Annapolis story"), which the question is asked of. */
const ONE_STORY = /^(?:[\p{L}\d'’.-]+\s+){1,4}?(?:article|story|piece|report|wire|dispatch|copy)$/iu;

/** How to work a time out or what to say when there is none: "Resolve 'Monday' against the article's dateline.", "If the corpus does not name the ship, say so." */
const WORKING = /^\s*(?:(?:resolve|convert|anchor|compute|calculate)\b[^.?!]*\b(?:against|relative\s+to|using|from|with)\b[^.?!]*\b(?:dateline|date|publication|article|story)|if\s+(?:the\s+)?(?:corpus|coverage|articles?|sources?|stories|texts?|index)\b[^.?!]*\b(?:say\s+so|state\s+(?:so|that|it)|return\s+(?:none|nothing)|answer\s+(?:none|nothing)|do\s+not\s+guess|don['’]t\s+guess))\b/iu;

/** Whether one sentence only instructs: a persona, a short word on the answer's form, or how to work the answer out, with no question of its own. */
function instructs(sentence: string): boolean {
  if (sentence.includes('?')) return false;
  if (PERSONA.test(sentence) || WORKING.test(sentence)) return true;
  const words = sentence.split(/\s+/u).length;
  return words <= 14 && FORM_OPENER.test(sentence) && FORM_WORDS.test(sentence);
}

/** A question without the instructions around it; the text as given where it has nothing else. */
export function withoutInstructions(text: string): string {
  const sentences = askedSentences(text);
  const kept = sentences.filter((sentence) => !instructs(sentence));
  if (kept.length === 0) return text;
  const asked = kept.map((sentence, at) => {
    const led = LEADING.exec(sentence);
    // A checker's label opens the text ("confirm attribution: has X …?"); after a claim it says what the check is ("Claim: … Check: …").
    const checked = at === 0 && led !== null ? CHECK_LABEL.exec(led[1]!) : null;
    if (checked !== null) return `${checked[1] ?? ''}${sentence.slice(led![0].length)}`;
    const unled = led !== null && (PERSONA.test(led[1]!) || (FORM_OPENER.test(led[1]!) && FORM_WORDS.test(led[1]!))) ? sentence.slice(led[0].length) : sentence;
    const material = MATERIAL.exec(unled);
    if (material === null) return unled;
    const named = material[1]!.trim();
    const rest = unled.slice(material[0].length);
    // "Using the dateline of the Annapolis passage, …" names what to read, not the material: left as written.
    // What is left opens the sentence: "tell me who …" as "Tell me who …".
    if (ANY_MATERIAL.test(named) || named === '') return rest.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
    return ONE_STORY.test(named) ? `In the ${named.replace(/^the\s+/iu, '')}, ${rest}` : unled;
  });
  return asked.join(' ');
}
