/** The health endpoint's gateway status, read from Byline's real client connected to the fake Discord. */
import { describe, expect, it } from 'vitest';
import { gatewayHealth } from '../../src/discord/client.ts';
import { healthOf } from '../../src/health.ts';
import { useSeedCorpus } from './harness.ts';

const { corpus, startFor } = useSeedCorpus();

describe('health of a running bot', () => {
  it('is ok with the gateway ready and the index loaded, and not once the client is gone', async () => {
    const bot = await startFor();
    expect(gatewayHealth(bot.client)).toEqual({ connected: true, status: 'Ready' });
    expect(healthOf(corpus().engine.status(), gatewayHealth(bot.client))).toMatchObject({ ok: true, index: { state: 'ready', articles: 5 } });

    await bot.client.destroy();
    expect(gatewayHealth(bot.client).connected).toBe(false);
    expect(gatewayHealth(bot.client).status).not.toBe('Ready');
    expect(healthOf(corpus().engine.status(), gatewayHealth(bot.client)).ok).toBe(false);
  });
});
