import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { fixtureIndex } from './fixtureIndex.ts';

describe("the page around a story", () => {
  // Invented: a page with a captioned photo, a cross-link, a newsletter prompt and links to the stories before and after it.
  const page = fixtureIndex({
    'lenz.txt': `Lenz port reopens after storm

Mara Holt, the harbour master, speaks at the quay in Lenz. Karl Stein/Tarvia Press

LENZ, May 2 (Tarvia Press) – The port of Lenz reopened on Friday after the storm, harbour master Mara Holt said.

READ ALSO  Ferry captain marries his childhood sweetheart

"Ships were waiting for days," Holt said.

Newsletter

Get the harbour stories in your email every week.

Previous

City council backs new bridge

Next

Tram line closes for repairs`,
  });
  const top = (command: 'who' | 'auto', text: string) => answer(page, { command, text }).answers[0];

  it('answers which story is linked next or before, citing the headline', () => {
    expect(top('auto', "what's the next story linked at the bottom of the lenz port article")?.text).toBe('Tram line closes for repairs');
    expect(top('auto', 'whats the previous story linked after the tarvia press piece')?.text).toBe('City council backs new bridge');
    expect(top('auto', "what's the next story linked at the bottom of the lenz port article")?.citations[0]?.paragraph).toBe(1);
  });

  it("answers with the prompt's pitch, not its heading, when both match as much", () => {
    expect(top('auto', "does the lenz port page have a newsletter? what's the pitch")?.text).toBe('Get the harbour stories in your email every week.');
    expect(top('auto', 'the lenz port page wants my email for what')?.text).toBe('Get the harbour stories in your email every week.');
  });

  it('finds the link the question describes by its words, and its story by them', () => {
    expect(top('who', 'who married his childhood sweetheart? there is a read also link about it')?.text).toBe('Ferry captain marries his childhood sweetheart');
  });

  it("answers with the photo caption, and with whom it shows, not the photographer", () => {
    expect(top('auto', "what's the photo caption on the lenz story")?.text).toMatch(/^Mara Holt, the harbour master, speaks/);
    expect(top('who', "who's the woman in the photo caption of the lenz story")?.text).toBe('Mara Holt');
    expect(top('who', 'who is pictured in the photo that runs with the lenz story')?.text).toBe('Mara Holt');
  });

  it('answers whom the photo shows when the question calls them a person or a figure, and it a photograph', () => {
    // Invented: the caption shows someone the report does not quote.
    const pictured = fixtureIndex({
      'dock.txt': 'Kell dock opens\n\nIvo Brandt, the port pilot, waves from the new dock in Kell. Karl Stein/Tarvia Press\n\nKELL, May 2 (Tarvia Press) – The new dock in Kell opened on Friday, the mayor Ana Lind said at a ceremony shown on local television.\n',
    });
    const who = (text: string) => answer(pictured, { command: 'who', text }).answers[0]?.text;
    expect(who('Labeling the exhibit: who is the person shown in the photo on the Kell dock story?')).toBe('Ivo Brandt');
    expect(who('who is the figure shown in the Tarvia Press photograph from Kell?')).toBe('Ivo Brandt');
  });

  it('leaves a link between two things in the report to the report', () => {
    expect(answer(page, { command: 'auto', text: 'what is the link between the storm and the port' }).kind).not.toBe('articleDate');
    expect(answer(page, { command: 'auto', text: 'which ships are linked to the port' }).kind).not.toBe('articleDate');
  });
});
