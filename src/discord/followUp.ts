/**
 * Recovering what a reply to one of Byline's answers refers to. The answer's buttons carry the
 * answer store key and the page on show, so the context follows "More" to the page being read.
 */
import type { FollowUpContext } from '../types.ts';
import type { AnswerStore } from './answerStore.ts';
import { parseButtonId } from './customIds.ts';

/** Message components as JSON (`message.components.map((c) => c.toJSON())`, or a rendered payload's). */
export type ComponentRows = ReadonlyArray<{ type: number; components?: ReadonlyArray<{ type: number; custom_id?: string }> }>;

/**
 * The context of the answer shown in a message, from its 👍 button's id; `undefined` when the
 * message is not an answer or the stored answer has expired (the question is then asked afresh).
 */
export function followUpContext(rows: ComponentRows, store: AnswerStore): FollowUpContext | undefined {
  for (const row of rows) {
    for (const component of row.components ?? []) {
      const action = component.custom_id === undefined ? undefined : parseButtonId(component.custom_id);
      if (action?.action !== 'vote') continue;
      const stored = store.get(action.key);
      const answer = stored?.response.answers[action.page];
      if (!stored || !answer) return undefined;
      return {
        command: stored.response.routed ?? stored.response.command,
        query: stored.response.query,
        answer: { text: answer.text, speaker: answer.speaker, date: answer.date, file: answer.citations[0]?.file },
      };
    }
  }
  return undefined;
}
