import { fail, redirect } from '@sveltejs/kit';
import {
	REFERENCE_CSV_MAX_BYTES,
	REQUIRED_REFERENCE_COLUMNS,
	referenceAreaCodes
} from '$lib/domain/comparison/reference-csv';
import { referenceCsvSchema, referenceDeleteSchema } from '$lib/domain/validation/reference-forms';
import { formAction, userLoad } from '$lib/server/http';
import {
	deleteReferenceImport,
	importReferenceResults,
	listReferenceImports,
	previewReferenceImport
} from '$lib/server/services/reference-import';
import type { Actions, PageServerLoad } from './$types';

/** Rows shown in the preview table; the count covers all of them. */
const PREVIEW_ROWS = 20;
const admin = true;

/** A chosen file wins over pasted text; both end up as the field `csv`. */
async function fileAsCsv(form: FormData) {
	const file = form.get('file');
	form.delete('file');
	if (file instanceof File && file.size > 0) {
		if (file.size > REFERENCE_CSV_MAX_BYTES) return 'error.import_too_large';
		form.set('csv', await file.text());
	}
}

export const load = ((event) =>
	userLoad(
		event,
		({ db, qs, user }) => {
			const questionnaires = [...qs.values()];
			const first = questionnaires[0];
			return {
				questionnaires: questionnaires.map((q) => ({ id: q.framework.id, title: q.framework.title })),
				requiredColumns: REQUIRED_REFERENCE_COLUMNS.join(', '),
				areaColumns: first ? referenceAreaCodes(first).join(', ') : '',
				imports: listReferenceImports(db, user),
				imported: Number(event.url.searchParams.get('imported')) || null,
				deleted: event.url.searchParams.has('deleted'),
				maxBytes: REFERENCE_CSV_MAX_BYTES
			};
		},
		{ admin }
	)) satisfies PageServerLoad;

export const actions = {
	preview: (event) =>
		formAction(
			event,
			{ action: 'preview', schema: referenceCsvSchema, admin, prepare: fileAsCsv },
			({ db, qs, user }, data) => {
				const questionnaire = data.questionnaireId ? qs.get(data.questionnaireId) : qs.values().next().value;
				const values = { questionnaireId: data.questionnaireId ?? '', csv: data.csv };
				const base = { action: 'preview', values, params: {} };
				if (!questionnaire)
					return fail(400, { ...base, errors: { questionnaireId: 'error.questionnaire_unknown' as const } });
				const result = previewReferenceImport(db, user, questionnaire, data.csv);
				const preview = {
					questionnaireId: questionnaire.framework.id,
					errors: result.errors,
					errorCount: result.errorCount,
					existing: result.existing.map((e) => ({ createdAt: e.createdAt, count: e.count })),
					rows: result.rows.slice(0, PREVIEW_ROWS),
					count: result.rows.length,
					wouldWrite: result.wouldWrite
				};
				if (result.errorCount > 0) return fail(400, { ...base, errors: {}, preview });
				if (result.existing.length > 0) return fail(409, { ...base, errors: {}, preview });
				return { ...base, errors: {}, preview };
			}
		),
	import: (event) =>
		formAction(
			event,
			{ action: 'import', schema: referenceCsvSchema, admin },
			({ db, qs, user, locale }, data) => {
				const questionnaire = data.questionnaireId ? qs.get(data.questionnaireId) : qs.values().next().value;
				if (!questionnaire)
					return fail(400, {
						action: 'import',
						values: {},
						errors: { form: 'error.questionnaire_unknown' as const },
						params: {}
					});
				const { count } = importReferenceResults(db, user, questionnaire, data.csv, locale);
				redirect(303, `/admin/peers?imported=${count}`);
			}
		),
	delete: (event) =>
		formAction(event, { action: 'delete', schema: referenceDeleteSchema, admin }, ({ db, user }, data) => {
			deleteReferenceImport(db, user, data.importId);
			redirect(303, '/admin/peers?deleted=1');
		})
} satisfies Actions;
