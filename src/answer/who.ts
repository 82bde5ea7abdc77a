/**
 * /who: routes a question to the answerer its wording asks for (a profile, a role, credits, a
 * quotation's speaker, an organisation in someone's role) and falls back to the event's actors.
 */
import type { Answer } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { profileAnswer, profileSubject } from './profile.ts';
import { affiliationAnswers, describesEvent, namesRole, roleAnswers } from './roles.ts';
import { creditAnswers, creditAsked } from './credits.ts';
import { SAID, speakerAnswers } from './saidBy.ts';
import { eventAnswers } from './eventActors.ts';
import { rankCandidates } from './rank/rank.ts';

/** "who is/was the …": the answer is whoever holds the role. */
const ROLE = /^\s*who\s+(is|was|are|were|'s)\s+(?:the\s+|a\s+|an\s+)?(.+?)\??\s*$/i;

/** "who leads X" asks for X's leader: verbs of holding a role, each with its role noun. */
const ROLE_VERBS = /^\s*who\s+(leads|heads|commands|directs|chairs|governs|runs|founded|led|headed|commanded|directed|chaired)\s+(.+?)\??\s*$/i;
const ROLE_NOUN: Record<string, string> = {
  lead: 'leader', led: 'leader', head: 'head', headed: 'head', command: 'commander', commanded: 'commander',
  direct: 'director', directed: 'director', chair: 'chair', chaired: 'chair', govern: 'governor', run: 'head', founded: 'founder',
};

/** "what group did X lead?", "which country does X represent?": the organisation or place in X's role. */
export const AFFILIATION =
  /^\s*(?:what|which)\s+(group|organi[sz]ation|party|militia|movement|faction|country|nation|company|agency|institute|institution|body|army|government)\s+(?:did|does|do|has|had|is|was)\s+(.+?)\s+(?:lead|led|head|headed|run|ran|command|commanded|direct|directed|found|founded|represent|represented|belong\s+to|belonged\s+to|work\s+for|worked\s+for|chair|chaired|serve|served)\b/i;

/** Answers a "who" question with the people (or organisations) the corpus names for it. */
export function whoAnswers(index: CorpusIndex, asked: string): Answer[] {
  // "/who is the mayor" arrives without its question word.
  const question = /^\s*(who|whom|whose|what|which)\b/i.test(asked) ? asked : `who ${asked}`;
  const affiliation = AFFILIATION.exec(question);
  if (affiliation !== null) return affiliationAnswers(index, affiliation[2] ?? '', affiliation[1] ?? '');
  const subject = profileSubject(index, question);
  if (subject !== undefined) return [profileAnswer(index, subject)];
  const credit = creditAsked(question);
  if (credit !== undefined) return creditAnswers(index, question, credit);
  if (SAID.test(question)) {
    const speakers = speakerAnswers(index, question);
    if (speakers.length > 0) return speakers;
  }
  const roleVerb = ROLE_VERBS.exec(question);
  const roleAsked = roleVerb !== null ? `${ROLE_NOUN[roleVerb[1]!.toLowerCase().replace(/s$/, '')] ?? ''} ${roleVerb[2]}` : ROLE.exec(question)?.[2];
  if (roleAsked !== undefined && namesRole(roleAsked)) {
    const holders = roleAnswers(index, roleAsked);
    // "who is the president of France?" names a role: if nobody holds it, the corpus has no answer.
    // "who was the commander killed in Beirut?" also describes an event: look for the event.
    if (holders.length > 0 || !describesEvent(roleAsked)) return holders;
  }
  // The trained ranker answers when it is confident; the nearest-name rules, with their own evidence gates, when it is not.
  const ranked = rankCandidates(index, question, 'who');
  return ranked.length > 0 ? ranked : eventAnswers(index, question);
}
