import type { HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { mailSettings } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import { handleAuth } from '$lib/server/hooks/auth';
import { handleBodyLimit } from '$lib/server/hooks/body-limit';
import { handleLocale } from '$lib/server/hooks/locale';
import { handleSecurityHeaders } from '$lib/server/hooks/security-headers';
import { startAppMailSender } from '$lib/server/mail/sender';
import { getQuestionnaires } from '$lib/server/questionnaires';
import { migrateLegacyRecommendationTexts } from '$lib/server/services/recommendation-legacy';

export const init: ServerInit = () => {
	// Fail at start-up, not on the first request, when the database or a questionnaire file is broken.
	const db = getDb();
	// Old single-language recommendation texts become template references or per-language texts.
	migrateLegacyRecommendationTexts(db, getQuestionnaires());
	// Mails queued by any request, and any left from before a restart, go out from here.
	const mail = mailSettings();
	if (mail) startAppMailSender(db, mail);
};

export const handle = sequence(handleSecurityHeaders, handleAuth, handleLocale, handleBodyLimit);

export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return {
		message: status === 404 ? 'Not found' : 'Internal error',
		key: status === 404 ? 'error.not_found' : 'error.internal'
	};
};
