import type { Message } from '../format';
import { en as base } from './base/en';
import { en as more } from './more/en';

/**
 * The source catalogue: fi.ts and sv.ts must define every key here, and both forms of every plural
 * message (the type checker enforces it). A plural message is { one, other }, picked by its numeric
 * parameter `count` (or the one named in `by`) with the language's CLDR plural rules.
 *
 * It is kept in two parts so that the answering page, the one people spend hours on, downloads only the
 * texts it uses (base/); every other page also loads more/. Which keys are in base/ is tested.
 */
export const en = { ...base, ...more } as const satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
