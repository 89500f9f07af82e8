import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import {
	REFERENCE_CSV_MAX_BYTES,
	REQUIRED_REFERENCE_COLUMNS,
	referenceAreaCodes
} from '$lib/domain/comparison/reference-csv';
import { parseForm } from '$lib/domain/validation/form';
import { getDb } from '$lib/server/db';
import { getQuestionnaires } from '$lib/server/questionnaires';
import { failFrom, requireUser } from '$lib/server/route-helpers';
import {
	deleteReferenceImport,
	importReferenceResults,
	listReferenceImports,
	previewReferenceImport
} from '$lib/server/services/reference-import';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** Rows shown in the preview table; the count covers all of them. */
const PREVIEW_ROWS = 20;

function requireAdmin(event: RequestEvent) {
	const user = requireUser(event);
	if (!user.isAdmin) error(404, { message: 'error.not_found', key: 'error.not_found' });
	return user;
}

const csvSchema = z.object({
	questionnaireId: z.string().trim().optional(),
	csv: z.string({ error: 'error.required' }).min(1, { error: 'error.required' })
});

const deleteSchema = z.object({ importId: z.string().trim().min(1, { error: 'error.required' }) });

/** The chosen questionnaire, the first one when the form names none. */
function questionnaireOf(id: string | undefined) {
	const all = getQuestionnaires();
	return id ? all.get(id) : all.values().next().value;
}

/** A chosen file wins over pasted text; both end up as the field `csv`. */
async function csvForm(event: RequestEvent): Promise<FormData | 'too_large'> {
	const form = await event.request.formData();
	const file = form.get('file');
	form.delete('file');
	if (file instanceof File && file.size > 0) {
		if (file.size > REFERENCE_CSV_MAX_BYTES) return 'too_large';
		form.set('csv', await file.text());
	}
	return form;
}

export const load = ((event) => {
	const user = requireAdmin(event);
	const questionnaires = [...getQuestionnaires().values()];
	const first = questionnaires[0];
	return {
		questionnaires: questionnaires.map((q) => ({ id: q.framework.id, title: q.framework.title })),
		requiredColumns: REQUIRED_REFERENCE_COLUMNS.join(', '),
		areaColumns: first ? referenceAreaCodes(first).join(', ') : '',
		imports: listReferenceImports(getDb(), user),
		imported: Number(event.url.searchParams.get('imported')) || null,
		deleted: event.url.searchParams.has('deleted'),
		maxBytes: REFERENCE_CSV_MAX_BYTES
	};
}) satisfies PageServerLoad;

export const actions = {
	preview: async (event) => {
		const user = requireAdmin(event);
		const form = await csvForm(event);
		if (form === 'too_large')
			return fail(400, {
				action: 'preview',
				values: {},
				errors: { form: 'error.import_too_large' as const },
				params: {}
			});
		const parsed = parseForm(csvSchema, form);
		if (!parsed.ok)
			return fail(400, { action: 'preview', values: parsed.values, errors: parsed.errors, params: {} });
		const questionnaire = questionnaireOf(parsed.data.questionnaireId);
		const values = { questionnaireId: parsed.data.questionnaireId ?? '', csv: parsed.data.csv };
		if (!questionnaire)
			return fail(400, {
				action: 'preview',
				values,
				errors: { questionnaireId: 'error.questionnaire_unknown' as const },
				params: {}
			});
		try {
			const result = previewReferenceImport(getDb(), user, questionnaire, parsed.data.csv);
			const preview = {
				questionnaireId: questionnaire.framework.id,
				errors: result.errors,
				rows: result.rows.slice(0, PREVIEW_ROWS),
				count: result.rows.length,
				wouldWrite: result.wouldWrite
			};
			if (result.errors.length > 0)
				return fail(400, { action: 'preview', values, errors: {}, params: {}, preview });
			return { action: 'preview', values, errors: {}, params: {}, preview };
		} catch (e) {
			return failFrom(e, { questionnaireId: values.questionnaireId }, { action: 'preview' });
		}
	},
	import: async (event) => {
		const user = requireAdmin(event);
		const form = await event.request.formData();
		const parsed = parseForm(csvSchema, form);
		if (!parsed.ok) return fail(400, { action: 'import', values: {}, errors: parsed.errors, params: {} });
		const questionnaire = questionnaireOf(parsed.data.questionnaireId);
		if (!questionnaire)
			return fail(400, {
				action: 'import',
				values: {},
				errors: { form: 'error.questionnaire_unknown' as const },
				params: {}
			});
		let count: number;
		try {
			count = importReferenceResults(getDb(), user, questionnaire, parsed.data.csv).count;
		} catch (e) {
			return failFrom(
				e,
				{ csv: parsed.data.csv, questionnaireId: questionnaire.framework.id },
				{ action: 'import' }
			);
		}
		redirect(303, `/admin/peers?imported=${count}`);
	},
	delete: async (event) => {
		const user = requireAdmin(event);
		const parsed = parseForm(deleteSchema, await event.request.formData());
		if (!parsed.ok) return fail(400, { action: 'delete', values: {}, errors: parsed.errors, params: {} });
		try {
			deleteReferenceImport(getDb(), user, parsed.data.importId);
		} catch (e) {
			return failFrom(e, {}, { action: 'delete' });
		}
		redirect(303, '/admin/peers?deleted=1');
	}
} satisfies Actions;
