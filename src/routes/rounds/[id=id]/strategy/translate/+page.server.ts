import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { LANGUAGES } from '$lib/domain/questionnaire/vocabulary';
import { formAction, userLoad } from '$lib/server/http';
import { exportLanguage } from '$lib/server/services/strategy-export';
import {
	MAX_TRANSLATION_ROWS,
	saveStrategyTranslations,
	strategyTranslations
} from '$lib/server/services/strategy-translations';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) =>
	userLoad(event, ({ db, qs, user, locale }) => {
		// The other language than the reader's own by default: Finnish readers translate into Swedish.
		const fallback = locale === 'sv' ? 'fi' : 'sv';
		const lang = exportLanguage(event.url.searchParams.get('lang'), fallback);
		return strategyTranslations(db, qs, user, event.params.id, lang);
	})) satisfies PageServerLoad;

const translateSchema = z
	.object({
		language: z.enum(LANGUAGES, { error: 'error.invalid' }),
		baseVersion: z.coerce.number().int().min(0)
	})
	.loose();

export const actions = {
	save: (event) =>
		formAction(event, { action: 'save', schema: translateSchema }, ({ db, qs, user }, data, form) => {
			const paths = form.getAll('path').slice(0, MAX_TRANSLATION_ROWS + 1);
			const texts = form.getAll('text');
			const entries = Object.fromEntries(paths.map((p, i) => [String(p), String(texts[i] ?? '')] as const));
			saveStrategyTranslations(db, qs, user, event.params.id, data.language, entries, data.baseVersion);
			redirect(303, `/rounds/${event.params.id}/strategy/translate?lang=${data.language}&saved=1`);
		})
} satisfies Actions;
