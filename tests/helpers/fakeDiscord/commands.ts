import { apiErrors } from './errors.ts';
import type { Route, RouteContext, RouteResult } from './http.ts';
import type { StoredCommand } from './interactionPayloads.ts';
import { nextSnowflake } from './snowflake.ts';
import { validateCommands } from './validation.ts';
import type { World } from './world.ts';

const CHAT_INPUT = 1;

/** The application's commands, global and per guild, as `PUT …/commands` left them. */
export class CommandStore {
  global: StoredCommand[] = [];
  readonly #guild = new Map<string, StoredCommand[]>();

  constructor(private readonly world: World) {}

  /** The guild's commands. */
  guild(guildId: string): StoredCommand[] {
    return this.#guild.get(guildId) ?? [];
  }

  /** The chat-input command a user would see under `name`: the guild's first, then the global one. */
  find(name: string): StoredCommand | undefined {
    const isIt = (c: StoredCommand): boolean => c.name === name && c.type === CHAT_INPUT;
    return this.guild(this.world.guild.id).find(isIt) ?? this.global.find(isIt);
  }

  routes(): Route[] {
    return [
      { method: 'PUT', path: '/applications/:app/commands', auth: 'bot', handle: (ctx) => this.#put(ctx, undefined) },
      { method: 'GET', path: '/applications/:app/commands', auth: 'bot', handle: (ctx) => this.#get(ctx, undefined) },
      { method: 'PUT', path: '/applications/:app/guilds/:guild/commands', auth: 'bot', handle: (ctx) => this.#put(ctx, ctx.params.guild) },
      { method: 'GET', path: '/applications/:app/guilds/:guild/commands', auth: 'bot', handle: (ctx) => this.#get(ctx, ctx.params.guild) },
    ];
  }

  #check({ params }: RouteContext, guildId: string | undefined): void {
    if (params.app !== this.world.application.id) throw apiErrors.unknownApplication();
    if (guildId !== undefined && guildId !== this.world.guild.id) throw apiErrors.unknownGuild();
  }

  #get(ctx: RouteContext, guildId: string | undefined): RouteResult {
    this.#check(ctx, guildId);
    return { status: 200, body: guildId === undefined ? this.global : this.guild(guildId) };
  }

  /** Bulk overwrite: commands keep their id when a command of the same type and name existed. */
  #put(ctx: RouteContext, guildId: string | undefined): RouteResult {
    this.#check(ctx, guildId);
    const previous = guildId === undefined ? this.global : this.guild(guildId);
    const stored = validateCommands(ctx.body).map((input): StoredCommand => {
      const type = typeof input.type === 'number' ? input.type : CHAT_INPUT;
      const kept = previous.find((c) => c.name === input.name && c.type === type);
      return {
        default_member_permissions: null,
        nsfw: false,
        integration_types: [0],
        contexts: null,
        ...input,
        name: String(input.name),
        type,
        id: kept?.id ?? nextSnowflake(),
        application_id: this.world.application.id,
        version: nextSnowflake(),
        ...(guildId === undefined ? {} : { guild_id: guildId }),
      };
    });
    if (guildId === undefined) this.global = stored;
    else this.#guild.set(guildId, stored);
    return { status: 200, body: stored };
  }
}
