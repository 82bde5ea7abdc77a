import { describe, expect, it } from 'vitest';
import { templateAsked } from '../../src/answer/templateAsked.ts';

describe('templateAsked: an integration\'s templated query, as the question its slots ask', () => {
  it.each<[string, string]>([
    // A time: the event's verb after its subject, in a question's order; a noun phrase is asked "when was".
    ["lookup: event_time(event='storms close the Lenz pier', source='Gazette')", 'when did storms close the Lenz pier, in the Gazette story?'],
    ['event_time(event="Mayor Ruiz says the ferry will resume")', 'when did Mayor Ruiz say the ferry will resume?'],
    ["QUERY[type=time] subject='harbour strike broke out' source='Harbour Times'", 'when did harbour strike break out, in the Harbour Times story?'],
    ['event_time(event=unprecedented_flooding_of_the_old_port)', 'when was the unprecedented flooding of the old port?'],
    ["event_time(event='harbour master Ruiz was sacked in Lenz')", 'when was harbour master Ruiz sacked in Lenz?'],
    // Someone: a role (of a country), a description, what they did, whom a claim is from.
    ['lookup: office_holder(role=head_of_the_port_authority, country=Norland)', 'who is the head of the port authority of Norland?'],
    ["QUERY[type=actor] subject='Lenz harbour master sacked last week' source='Gazette/Lenz'", 'who is the Lenz harbour master sacked last week, in the Gazette Lenz story?'],
    ["QUERY[type=actor] subject='closed the pier to traffic' source='Gazette report'", 'who closed the pier to traffic, in the Gazette report?'],
    ["source_attribution(claim='ferry toll near 40') => which body reported it?", 'which body reported ferry toll near 40?'],
    ["Resolve speaker for quote: 'the harbour will not close'", 'who said "the harbour will not close"?'],
    // A count: what is counted, by its slot or its key; a place; an outlet.
    ["count(ferries_sunk_by='the storm', source='Gazette')", 'how many ferries sunk by the storm, in the Gazette story?'],
    ['count(unfired_flares_recovered, harbour=Lenz)', 'how many unfired flares recovered?'],
    ["location_lookup: event='council summit' field=island", 'on which island was the council summit?'],
    ["source_outlet(headline='Ruiz vows to rebuild the pier')", 'which news outlet ran the story headlined "Ruiz vows to rebuild the pier"?'],
  ])('%s', (template, asked) => {
    expect(templateAsked(template)).toBe(asked);
  });

  it('leaves a question that is no template as it is', () => {
    for (const asked of ['who closed the pier?', 'When did the storm (the worst in years) hit Lenz?', "what did Ruiz say about the 'x=y' rule?"]) expect(templateAsked(asked)).toBe(asked);
  });
});
