import type { Catalogue } from '../format';
import { sv as base } from './base/sv';
import { sv as more } from './more/sv';

/** Every key of en.ts, in two parts as there (see en.ts); the type checks each message's forms. */
export const sv: Catalogue = { ...base, ...more };
