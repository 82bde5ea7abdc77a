import type { APIMessage } from 'discord.js';
import { DiscordApiError, apiErrors } from './errors.ts';
import type { Route, RouteContext } from './http.ts';
import type { Publish } from './interactions.ts';
import type { MessageStore } from './messages.ts';
import { validateMessageBody } from './validation.ts';
import { guildPayload, type World } from './world.ts';

/** What the plain REST routes need from the rest of the fake. */
export interface RestRouteDeps {
  world: World;
  messages: MessageStore;
  publish: Publish;
  gatewayUrl: () => string;
}

/** The bot-authenticated routes other than commands and interactions: identity, gateway, guild, channel. */
export function restRoutes({ world, messages, publish, gatewayUrl }: RestRouteDeps): Route[] {
  const channel = (ctx: RouteContext): typeof world.channel => {
    if (ctx.params.channel !== world.channel.id) throw apiErrors.unknownChannel();
    return world.channel;
  };
  const guild = (ctx: RouteContext): void => {
    if (ctx.params.guild !== world.guild.id) throw apiErrors.unknownGuild();
  };
  const messageIn = (ctx: RouteContext): APIMessage => {
    channel(ctx);
    const message = messages.require(ctx.params.message ?? '');
    if (message.channel_id !== ctx.params.channel) throw apiErrors.unknownMessage();
    return message;
  };
  const ok = (body: unknown) => ({ status: 200 as const, body });
  return [
    {
      method: 'GET',
      path: '/gateway/bot',
      auth: 'bot',
      handle: () =>
        ok({ url: gatewayUrl(), shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } }),
    },
    { method: 'GET', path: '/gateway', auth: 'none', handle: () => ok({ url: gatewayUrl() }) },
    { method: 'GET', path: '/users/@me', auth: 'bot', handle: () => ok({ ...world.bot, verified: true, mfa_enabled: false, flags: 0 }) },
    {
      method: 'GET',
      path: '/applications/@me',
      auth: 'bot',
      handle: () =>
        ok({
          id: world.application.id,
          name: world.application.name,
          icon: null,
          description: '',
          summary: '',
          bot_public: false,
          bot_require_code_grant: false,
          verify_key: '0'.repeat(64),
          flags: world.application.flags,
          owner: world.members.get(world.users.moderator.id)?.user,
          team: null,
          bot: world.bot,
        }),
    },
    { method: 'GET', path: '/guilds/:guild', auth: 'bot', handle: (ctx) => (guild(ctx), ok(guildPayload(world))) },
    { method: 'GET', path: '/guilds/:guild/channels', auth: 'bot', handle: (ctx) => (guild(ctx), ok([world.channel])) },
    { method: 'GET', path: '/guilds/:guild/roles', auth: 'bot', handle: (ctx) => (guild(ctx), ok(Object.values(world.roles))) },
    {
      method: 'GET',
      path: '/guilds/:guild/members/:user',
      auth: 'bot',
      handle: (ctx) => {
        guild(ctx);
        const member = world.members.get(ctx.params.user ?? '');
        if (!member) throw apiErrors.unknownMember();
        return ok(member);
      },
    },
    { method: 'GET', path: '/channels/:channel', auth: 'bot', handle: (ctx) => ok(channel(ctx)) },
    { method: 'POST', path: '/channels/:channel/typing', auth: 'bot', handle: (ctx) => (channel(ctx), { status: 204 }) },
    {
      method: 'POST',
      path: '/channels/:channel/messages',
      auth: 'bot',
      handle: (ctx) => {
        channel(ctx);
        validateMessageBody(ctx.body, { partial: false });
        const body = (ctx.body ?? {}) as Record<string, unknown>;
        const reference = body.message_reference as { message_id?: string; fail_if_not_exists?: boolean } | undefined;
        const referenced = reference?.message_id === undefined ? undefined : messages.get(reference.message_id);
        if (reference?.message_id !== undefined && !referenced && reference.fail_if_not_exists !== false) {
          throw DiscordApiError.invalidForm([{ path: ['message_reference'], code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }]);
        }
        const allowed = body.allowed_mentions as { replied_user?: boolean } | undefined;
        const message = messages.create({
          channelId: world.channel.id,
          author: world.bot,
          content: body.content as string | undefined,
          embeds: body.embeds as unknown[] | undefined,
          components: body.components as unknown[] | undefined,
          flags: typeof body.flags === 'number' ? body.flags : 0,
          referenced,
          replyPing: allowed?.replied_user !== false,
        });
        publish('MESSAGE_CREATE', message);
        return ok(message);
      },
    },
    { method: 'GET', path: '/channels/:channel/messages/:message', auth: 'bot', handle: (ctx) => ok(messageIn(ctx)) },
    {
      method: 'PATCH',
      path: '/channels/:channel/messages/:message',
      auth: 'bot',
      handle: (ctx) => {
        const message = messageIn(ctx);
        if (message.author.id !== world.bot.id) throw new DiscordApiError(403, 50005, 'Cannot edit a message authored by another user');
        validateMessageBody(ctx.body, { partial: true });
        const edited = messages.edit(message.id, (ctx.body ?? {}) as Partial<APIMessage>);
        publish('MESSAGE_UPDATE', edited);
        return ok(edited);
      },
    },
    {
      method: 'PUT',
      path: '/channels/:channel/messages/:message/reactions/:emoji/@me',
      auth: 'bot',
      handle: (ctx) => {
        const message = messageIn(ctx);
        const name = ctx.params.emoji ?? '';
        const existing = message.reactions?.find((r) => r.emoji.name === name);
        if (existing && !existing.me) Object.assign(existing, { count: existing.count + 1, me: true });
        else if (!existing) {
          const reaction = { emoji: { id: null, name }, count: 1, count_details: { burst: 0, normal: 1 }, me: true, me_burst: false, burst_colors: [] };
          message.reactions = [...(message.reactions ?? []), reaction];
        }
        return { status: 204 };
      },
    },
  ];
}
