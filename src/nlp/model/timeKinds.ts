/**
 * What a kind of time expression answers. Kept apart from the extractor so that answerers can
 * ask it without loading the date parser (the engine starts without chrono-node).
 */
import type { TimeExpression } from '../../types.ts';

/**
 * Whether a time expression answers "when": a date or a clock time. A length of time ("three
 * years") answers "how long" and a recurrence ("every week") "how often"; untyped expressions
 * (from snapshots older than the types) count as dates.
 */
export function pointsInTime(time: Pick<TimeExpression, 'type'>): boolean {
  return time.type !== 'DURATION' && time.type !== 'SET';
}
