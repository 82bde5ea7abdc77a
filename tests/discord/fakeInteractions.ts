/**
 * Test doubles: the few members of discord.js interactions that Byline's handlers use, recording
 * every response call. They mimic discord.js's deferred/replied bookkeeping, nothing more.
 */
import type { ButtonInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';

export type Call = [method: string, payload?: unknown];

interface FakeBase {
  calls: Call[];
  deferred: boolean;
  replied: boolean;
}

function responses(state: FakeBase) {
  const record = (method: string, flag?: 'deferred' | 'replied') => async (payload?: unknown) => {
    state.calls.push(payload === undefined ? [method] : [method, payload]);
    if (flag) state[flag] = true;
  };
  return {
    deferReply: record('deferReply', 'deferred'),
    reply: record('reply', 'replied'),
    editReply: record('editReply', 'replied'),
    followUp: record('followUp', 'replied'),
    deleteReply: record('deleteReply'),
    update: record('update', 'replied'),
  };
}

/** A slash command invocation with string options. */
export function fakeCommand(commandName: string, options: Record<string, string> = {}, userId = '100000000000000001') {
  const state: FakeBase = { calls: [], deferred: false, replied: false };
  const interaction = Object.assign(state, responses(state), {
    id: '500000000000000001',
    type: 2,
    commandName,
    guildId: '300000000000000001',
    user: { id: userId },
    member: null,
    memberPermissions: null,
    options: { getString: (name: string) => options[name] ?? null, getFocused: () => '' },
    isChatInputCommand: () => true,
    isAutocomplete: () => false,
    isButton: () => false,
    isRepliable: () => true,
  });
  return interaction as typeof interaction & ChatInputCommandInteraction & Interaction;
}

/** A press of a button with `customId`, on a message whose component rows (as JSON) are `rows`. */
export function fakeButton(customId: string, userId = '100000000000000001', rows: ReadonlyArray<{ type: number; components: unknown[] }> = []) {
  const state: FakeBase = { calls: [], deferred: false, replied: false };
  const interaction = Object.assign(state, responses(state), {
    id: '500000000000000002',
    type: 3,
    customId,
    guildId: '300000000000000001',
    user: { id: userId },
    message: { components: rows.map((row) => ({ toJSON: () => row })) },
    isChatInputCommand: () => false,
    isAutocomplete: () => false,
    isButton: () => true,
    isRepliable: () => true,
  });
  return interaction as typeof interaction & ButtonInteraction & Interaction;
}

/** An autocomplete request for `commandName`, the focused option holding `typed`. */
export function fakeAutocomplete(commandName: string, typed: string, userId = '100000000000000001') {
  const state = { calls: [] as Call[], responded: false };
  const interaction = Object.assign(state, {
    id: '500000000000000003',
    type: 4,
    commandName,
    guildId: '300000000000000001',
    user: { id: userId },
    options: { getFocused: () => typed },
    respond: async (choices: unknown) => {
      state.calls.push(['respond', choices]);
      state.responded = true;
    },
    isChatInputCommand: () => false,
    isAutocomplete: () => true,
    isButton: () => false,
    isRepliable: () => false,
  });
  return interaction as typeof interaction & Interaction;
}
