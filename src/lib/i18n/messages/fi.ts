import type { Catalogue } from '../format';
import { fi as base } from './base/fi';
import { fi as more } from './more/fi';

/** Every key of en.ts, in two parts as there (see en.ts); the type checks each message's forms. */
export const fi: Catalogue = { ...base, ...more };
