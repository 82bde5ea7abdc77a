import { describe, expect, it } from 'vitest';
import { blankFieldAsked, formAsked } from '../../src/answer/formLine.ts';

describe('formAsked: a form line or a help-desk ticket put as its question', () => {
  it.each<[string, string]>([
    // A clerk's form, as before.
    ['Event: fire at the Porto depot | Field: date | Source: Gazette Porto wire', 'when was the fire at the Porto depot, in the Gazette Porto wire?'],
    ['Person: Peru\'s foreign minister | Need: full name', "who is Peru's foreign minister?"],
    // A ticket's labels: subject, info needed, its bookkeeping (request type, priority) asking nothing.
    ['Subject: pier fire in Porto | Info needed: which day | Priority: normal', 'when was the pier fire in Porto?'],
    ['Request type: person lookup. Context: Porto wire, harbour side. Question: name of the harbour master?', 'who is the harbour master?'],
    ['Ticket: sinking off Lenz last week | Field requested: victim\'s name', 'who was the victim, in the sinking off Lenz last week?'],
    // A question in full: "it" is the subject; one that does not point back keeps the subject after it.
    ["Topic: the 'no' warning to the shipowners; Requested: who delivered it on day one", "who delivered the 'no' warning to the shipowners on day one?"],
    ['Subject: Lenz Harbour Institute | Info needed: who directs its ferry program', 'the Lenz Harbour Institute — who directs its ferry program?'],
    ['Request type: date lookup; Context: close of the port summit in Porto; Question: what day did Lopez speak?', 'what day did Lopez speak, about the close of the port summit in Porto?'],
    // Outlets, positions, credits; a possessive keeps no article.
    ['Subject: Porto story | Field: outlet | Info needed: which news agency', 'which news outlet ran the Porto story?'],
    ['Request type: role lookup | Person: Ada Voss | Need: her position', "what is Ada Voss's position?"],
    ['Subject: Gazette Porto piece | Field: additional reporting | Info needed: name', 'who is credited with additional reporting, in the Gazette Porto piece?'],
    ['Category: photo credit | Story: Gazette piece from the Porto summit | Need: photographer\'s name', 'who took the photo in the Gazette piece from the Porto summit?'],
    ["Subject: Lopez's call for a pause | Info needed: date", "when was Lopez's call for a pause?"],
  ])('%s', (line, asked) => {
    expect(formAsked(line)).toBe(asked);
  });

  it('leaves a count field, and anything that is not a line of fields, as it is', () => {
    for (const line of ['Subject: Porto storm | Info needed: number killed', 'Who closed the pier? | the Gazette', 'Note: the pier closed.']) expect(formAsked(line)).toBe(line);
  });
});

describe('blankFieldAsked: a tasking line whose field is left blank', () => {
  it.each<[string, string]>([
    ['- timing of the Lenz bridge closure rel. to the Gazette report: ? SOURCE: Gazette/Porto', 'timing of the Lenz bridge closure relative to the Gazette report, per the Gazette Porto story?'],
    ['- onset of the dock strike, month only: ? SOURCE: Harbour Times piece', 'onset of the dock strike, month only, per the Harbour Times piece?'],
    ['- DTG of the ferry sinking off Porto: ? (baseline for timeline)', 'date and time of the ferry sinking off Porto?'],
  ])('%s', (line, asked) => {
    expect(blankFieldAsked(line)).toBe(asked);
  });

  it('leaves a line with no blank field, or a form line of fields, as it is', () => {
    for (const line of ['TASK: confirm timing of the storm. SOURCE: Gazette', 'Subject: ferry sinking | Info needed: date | Source: Gazette piece', 'When did the ferry sink?']) expect(blankFieldAsked(line)).toBe(line);
  });
});
