import { DiscordApiError, apiErrors, type FieldProblem } from './errors.ts';

/**
 * Discord's documented limits, checked so that a bot which would be refused by Discord is refused
 * by the fake too (with a 400 `Invalid Form Body` naming the field).
 */
const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  choices: 25,
  choiceName: 100,
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
  commands: 100,
} as const;

type Json = Record<string, unknown>;
type Path = Array<string | number>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function tooLong(path: Path, max: number): FieldProblem {
  return { path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` };
}

function checkLength(problems: FieldProblem[], path: Path, value: unknown, max: number, min = 0): number {
  if (typeof value !== 'string') return 0;
  if (value.length > max) problems.push(tooLong(path, max));
  if (value.length < min) problems.push({ path, code: 'BASE_TYPE_BAD_LENGTH', message: `Must be between ${min} and ${max} in length.` });
  return value.length;
}

function embedProblems(embed: unknown, path: Path): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isObject(embed)) return problems;
  let total = 0;
  total += checkLength(problems, [...path, 'title'], embed.title, LIMITS.title);
  total += checkLength(problems, [...path, 'description'], embed.description, LIMITS.description);
  if (isObject(embed.footer)) total += checkLength(problems, [...path, 'footer', 'text'], embed.footer.text, LIMITS.footer);
  if (isObject(embed.author)) total += checkLength(problems, [...path, 'author', 'name'], embed.author.name, LIMITS.authorName);
  const fields = Array.isArray(embed.fields) ? embed.fields : [];
  if (fields.length > LIMITS.fields) problems.push(tooLong([...path, 'fields'], LIMITS.fields));
  fields.forEach((field, i) => {
    if (!isObject(field)) return;
    total += checkLength(problems, [...path, 'fields', i, 'name'], field.name, LIMITS.fieldName, 1);
    total += checkLength(problems, [...path, 'fields', i, 'value'], field.value, LIMITS.fieldValue, 1);
  });
  if (total > LIMITS.embedTotal) problems.push({ path, code: 'MESSAGE_EMBEDS_TOO_LARGE', message: 'Embed size exceeds maximum size of 6000' });
  return problems;
}

/**
 * Checks a message body (interaction reply, webhook message or channel message). `partial` is for
 * edits, which may leave every field out.
 */
export function validateMessageBody(body: unknown, { partial, path = [] }: { partial: boolean; path?: Path }): void {
  const data = isObject(body) ? body : {};
  const problems: FieldProblem[] = [];
  checkLength(problems, [...path, 'content'], data.content, LIMITS.content);
  const embeds = Array.isArray(data.embeds) ? data.embeds : [];
  if (embeds.length > LIMITS.embeds) problems.push(tooLong([...path, 'embeds'], LIMITS.embeds));
  embeds.forEach((embed, i) => problems.push(...embedProblems(embed, [...path, 'embeds', i])));
  if (problems.length) throw DiscordApiError.invalidForm(problems);
  const hasSomething =
    (typeof data.content === 'string' && data.content.length > 0) ||
    embeds.length > 0 ||
    (Array.isArray(data.components) && data.components.length > 0) ||
    (Array.isArray(data.attachments) && data.attachments.length > 0) ||
    data.poll !== undefined ||
    (Array.isArray(data.sticker_ids) && data.sticker_ids.length > 0);
  if (!partial && !hasSomething) throw apiErrors.emptyMessage();
}

/** Checks an autocomplete result: at most 25 choices, names 1–100 characters. */
export function validateChoices(body: unknown): void {
  const choices = isObject(body) && Array.isArray(body.choices) ? body.choices : undefined;
  const problems: FieldProblem[] = [];
  if (!choices) problems.push({ path: ['data', 'choices'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
  else {
    if (choices.length > LIMITS.choices) problems.push(tooLong(['data', 'choices'], LIMITS.choices));
    choices.forEach((choice, i) => {
      checkLength(problems, ['data', 'choices', i, 'name'], isObject(choice) ? choice.name : undefined, LIMITS.choiceName, 1);
    });
  }
  if (problems.length) throw DiscordApiError.invalidForm(problems);
}

const NAME_PATTERN = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const CHAT_INPUT = 1;

function nameProblems(name: unknown, path: Path, lowercase: boolean): FieldProblem[] {
  if (typeof name === 'string' && NAME_PATTERN.test(name) && (!lowercase || name === name.toLowerCase())) return [];
  return [{ path: [...path, 'name'], code: 'APPLICATION_COMMAND_INVALID_NAME', message: `Command name is invalid` }];
}

function optionProblems(options: unknown, path: Path): FieldProblem[] {
  if (options === undefined) return [];
  if (!Array.isArray(options)) return [{ path, code: 'LIST_TYPE_CONVERT', message: 'Only iterables may be used in a ListType' }];
  const problems: FieldProblem[] = [];
  if (options.length > LIMITS.commandOptions) problems.push(tooLong(path, LIMITS.commandOptions));
  let seenOptional = false;
  const names = new Set<string>();
  options.forEach((option, i) => {
    if (!isObject(option)) return;
    const at = [...path, i];
    problems.push(...nameProblems(option.name, at, true));
    checkLength(problems, [...at, 'description'], option.description, LIMITS.commandDescription, 1);
    if (typeof option.name === 'string') {
      if (names.has(option.name)) problems.push({ path: [...at, 'name'], code: 'APPLICATION_COMMAND_OPTIONS_DUPLICATE_NAME', message: 'Option names must be unique' });
      names.add(option.name);
    }
    if (option.required === true && seenOptional) {
      problems.push({ path: [...at, 'required'], code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', message: 'Required options must be placed before non-required options' });
    }
    if (option.required !== true) seenOptional = true;
    const choices = Array.isArray(option.choices) ? option.choices : [];
    if (choices.length > LIMITS.choices) problems.push(tooLong([...at, 'choices'], LIMITS.choices));
    if (choices.length > 0 && option.autocomplete === true) {
      problems.push({ path: [...at, 'autocomplete'], code: 'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_CHOICES', message: 'Autocomplete cannot be used with choices' });
    }
    problems.push(...optionProblems(option.options, [...at, 'options']));
  });
  return problems;
}

/** Checks a bulk command overwrite (`PUT …/commands`) as Discord does, before anything is stored. */
export function validateCommands(body: unknown): Json[] {
  if (!Array.isArray(body)) throw DiscordApiError.invalidForm([{ path: [], code: 'LIST_TYPE_CONVERT', message: 'Only iterables may be used in a ListType' }]);
  const problems: FieldProblem[] = [];
  if (body.length > LIMITS.commands) problems.push(tooLong([], LIMITS.commands));
  const seen = new Set<string>();
  body.forEach((command, i) => {
    if (!isObject(command)) return;
    const type = typeof command.type === 'number' ? command.type : CHAT_INPUT;
    problems.push(...nameProblems(command.name, [i], type === CHAT_INPUT));
    if (type === CHAT_INPUT) checkLength(problems, [i, 'description'], command.description ?? '', LIMITS.commandDescription, 1);
    const key = `${type}:${String(command.name)}`;
    if (seen.has(key)) problems.push({ path: [i, 'name'], code: 'APPLICATION_COMMANDS_DUPLICATE_NAME', message: 'Application command names must be unique' });
    seen.add(key);
    problems.push(...optionProblems(command.options, [i, 'options']));
  });
  if (problems.length) throw DiscordApiError.invalidForm(problems);
  return body as Json[];
}
