import { describe, expect, it } from 'vitest';
import { apposedWho } from '../../src/answer/apposedWho.ts';

describe('apposedWho: someone a who question names again in plain words after a dash or a comma', () => {
  it.each<[string, string]>([
    ["Who's calling the plays at the harbour office — the port director talking about the storm?", 'who is the port director talking about the storm?'],
    ["Who's the color commentator in the Gazette piece — the director of the ports program at the Lenz Institute?", 'who is the director of the ports program at the Lenz Institute?'],
    ["Who's the union's team captain, the one threatening to close the docks on the day of the summit?", 'who was threatening to close the docks on the day of the summit?'],
    ['Who is the quarterback here, the man who said the pier would reopen?', 'who said the pier would reopen?'],
  ])('%s', (asked, read) => {
    expect(apposedWho(asked)).toBe(read);
  });

  it('reads nothing where what follows names no one, or a plural', () => {
    for (const asked of ['who is the king that runs Norland, the country the envoy was going to visit next?', "Who's in charge of the Harbour Guards, the ones threatening revenge?", 'Who closed the pier?']) expect(apposedWho(asked)).toBeUndefined();
  });
});
