import type { FollowUpContext, Request } from '../types.ts';
import { AFFILIATION } from './who.ts';

/** A plain question turned into a command request, by the first rule whose pattern matches. */
interface RouteRule {
  pattern: RegExp;
  reason: string;
  toRequest: (match: RegExpExecArray, text: string) => Request;
}

const QUOTE_VERBS = 'say|said|says|tell|told|think|thinks|thought|add|added|warn|warned|stress|stressed|claim|claimed|caution|cautioned';

const RULES: readonly RouteRule[] = [
  {
    pattern: new RegExp(`^\\s*(?:what|how)\\s+(?:did|does|has|had|do)\\s+(.+?)\\s+(?:${QUOTE_VERBS})\\b(?:\\s+(?:about|on|regarding|of)\\s+(.+?))?\\s*\\??\\s*$`, 'i'),
    reason: '"what did X say (about Y)" asks for X\'s quotations',
    toRequest: (m) => ({ command: 'quote', speaker: m[1] ?? '', ...(m[2] ? { topic: m[2] } : {}) }),
  },
  {
    pattern: /^\s*(?:quote|quotes|quotations?)\s+(?:from\s+|by\s+)?(.+?)(?:\s+(?:on|about|regarding)\s+(.+?))?\s*\??\s*$/i,
    reason: '"quote X on Y" asks for X\'s quotations about Y',
    toRequest: (m) => ({ command: 'quote', speaker: m[1] ?? '', ...(m[2] ? { topic: m[2] } : {}) }),
  },
  {
    pattern: AFFILIATION,
    reason: '"what group did X lead" asks for the organisation in a person\'s role',
    toRequest: (_, text) => ({ command: 'who', text }),
  },
  {
    pattern: /^\s*(?:who|whom|whose)\b/i,
    reason: 'asks for a person',
    toRequest: (_, text) => ({ command: 'who', text }),
  },
  {
    pattern: /^\s*(?:when\b|what\s+(?:day|date|time|year|month)\b|on\s+what\s+(?:day|date)\b|which\s+(?:day|date|year|month)\b|how\s+long\s+ago\b)/i,
    reason: 'asks for a time',
    toRequest: (_, text) => ({ command: 'when', text }),
  },
];

/** Turns a plain question into the request for the command its wording asks for (search if none). */
export function route(text: string): Request {
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (match !== null) return rule.toRequest(match, text);
  }
  return { command: 'search', text };
}

const PRONOUN = /\b(he|she|him|her|they|them)\b/i;

/**
 * Fills in a follow-up question from the answer it replies to: "what else did he say?" after an
 * answer about Blinken becomes "what else did Antony Blinken say?"; "and when was that?" carries
 * the earlier question's subject along.
 */
export function withContext(text: string, context: FollowUpContext | undefined): string {
  if (context === undefined) return text;
  const person = context.answer.speaker ?? (context.command === 'who' ? context.answer.text : undefined);
  const bare = text.replace(/^\s*(and|so|but|then|ok|okay)\b,?\s*/i, '');
  let filled = person !== undefined && PRONOUN.test(bare) ? bare.replace(PRONOUN, person) : bare;
  filled = filled.replace(/\b(else|again|also)\b\s*/gi, '');
  // "when was that?" names no event of its own: the earlier question does — or, after a quotation, its words.
  if (/\b(that|this|it)\b\s*\??\s*$/i.test(filled) || filled.split(/\s+/).length <= 3) {
    const subject = context.answer.speaker !== undefined ? `${context.answer.speaker} said ${firstWords(context.answer.text, 12)}` : stripQuestionWord(context.query);
    filled = `${filled.replace(/\b(that|this|it)\b\s*\??\s*$/i, '').trim()} ${subject}`;
  }
  return filled.trim();
}

function firstWords(text: string, count: number): string {
  return text.split(/\s+/).slice(0, count).join(' ');
}

function stripQuestionWord(query: string): string {
  return query.replace(/^\s*(who|when|what|where|why|how)\b\s*/i, '').replace(/\?\s*$/, '');
}
