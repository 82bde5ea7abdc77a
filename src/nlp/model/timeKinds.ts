/**
 * What a kind of time expression answers. Kept apart from the extractor so that answerers can
 * ask it without loading the date parser (the engine starts without chrono-node).
 */
import type { TimeExpression } from '../../types.ts';

/** Words that place a stretch of time against the time of writing ("recent months", "the weeks ahead"). */
const AGAINST_NOW = /\b(?:recent|coming|past|last|next|ahead|to come)\b/i;

/**
 * Whether a time expression answers "when": a date or a clock time. A length of time ("three
 * years") answers "how long" and a recurrence ("every week") "how often"; untyped expressions
 * (from snapshots older than the types) count as dates. A stretch of no stated length placed
 * against the time of writing ("in recent months", "in the coming weeks") is a vague "when",
 * as "recently" is: TimeBank writes it a duration (`PXM`), but "for years" it does not place.
 */
export function pointsInTime(time: Pick<TimeExpression, 'type' | 'text' | 'value'>): boolean {
  if (time.type === 'SET') return false;
  if (time.type !== 'DURATION') return true;
  return time.value?.startsWith('PX') === true && AGAINST_NOW.test(time.text);
}

/**
 * "Now", "today", "recently" date something only against the day their story was written: in a
 * story without a date (an encyclopedia's page) they answer no "when".
 */
export function isAnchored(text: string, date: string | undefined): boolean {
  return date !== undefined || !DEICTIC_TIME.test(text);
}

const DEICTIC_TIME = /^(?:now|right\s+now|today|nowadays|currently|current|recently|lately|at\s+present|presently|these\s+days)$/i;
