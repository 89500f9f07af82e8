import Database from 'better-sqlite3';
import { expect, test, type APIRequestContext } from '@playwright/test';
import fc from 'fast-check';
import { E2E_DB } from '../../playwright.config';
import { signedIn } from './http';

/** Field names the actions really read: the fuzz sends anything but these, so nothing valid can pass. */
const REAL_FIELDS = new Set(
	'action address area areaCode baseVersion body comment confirm confirmDuplicate country csv currentPassword diversityMeasure diversityShare email evidence file flag from fromMunicipalityId grid group id importId invitationId justification locale municipality municipalityId name newPassword newPasswordConfirm number officialCode op option options password passwordConfirm path population priority questionCode questionnaireId redirectTo rejectReason role roundId section session status strengths text to toMunicipalityId user userId userIds value version visibility weaknesses year'.split(
		' '
	)
);

const fieldName = fc.string({ minLength: 1, maxLength: 16 }).filter((k) => !REAL_FIELDS.has(k));
const fieldValue = fc.oneof(fc.string({ maxLength: 40, unit: 'binary' }), fc.string({ maxLength: 3000 }));
const forms = fc.array(fc.tuple(fieldName, fieldValue), { maxLength: 30 });

function auditRows(): number {
	const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
	try {
		return (db.prepare('select count(*) as n from audit_log').get() as { n: number }).n;
	} finally {
		db.close();
	}
}

async function idsFrom(api: APIRequestContext, path: string, pattern: RegExp): Promise<string> {
	const html = await (await api.get(path)).text();
	const id = pattern.exec(html)?.[1];
	expect(id, `an id on ${path}`).toBeTruthy();
	return id!;
}

test('no form action answers arbitrary fields with a server error or a write', async () => {
	test.setTimeout(180_000);
	const coordinator = await signedIn('coordinator@demo.example', '198.51.100.60');
	const expert = await signedIn('expert@demo.example', '198.51.100.61');
	const admin = await signedIn('admin@demo.example', '198.51.100.62');
	const round = await idsFrom(coordinator, '/dashboard', /\/rounds\/([a-z2-7]+)/);
	const municipality = await idsFrom(coordinator, `/rounds/${round}`, /\/municipalities\/([a-z2-7]+)/);
	const area = await idsFrom(coordinator, `/rounds/${round}`, /\/areas\/([a-z0-9-]+)/);
	const person = await idsFrom(admin, '/admin/users', /\/admin\/users\/([a-z2-7]+)/);

	const targets: [APIRequestContext, string][] = [
		[coordinator, '/locale'],
		[coordinator, `/municipalities/${municipality}?/openRound`],
		[coordinator, `/municipalities/${municipality}?/invite`],
		[coordinator, `/municipalities/${municipality}?/resendInvitation`],
		[coordinator, `/municipalities/${municipality}?/cancelInvitation`],
		[coordinator, `/rounds/${round}?/assign`],
		[coordinator, `/rounds/${round}/assign?/save`],
		[coordinator, `/rounds/${round}?/visibility`],
		[coordinator, `/rounds/${round}/areas/${area}?/save`],
		[coordinator, `/rounds/${round}/areas/${area}?/comment`],
		[coordinator, `/rounds/${round}/strategy?/save`],
		[coordinator, `/rounds/${round}/strategy?/comment`],
		[coordinator, `/rounds/${round}/strategy/versions?/restore`],
		[coordinator, `/rounds/${round}/strategy/translate?/save`],
		[coordinator, `/rounds/${round}/strategy/follow-up?/status`],
		[coordinator, `/rounds/${round}/strategy/follow-up?/note`],
		[expert, '/review?/open'],
		[expert, `/rounds/${round}/review?/flag`],
		[expert, `/rounds/${round}/recommendations?/update`],
		[expert, `/rounds/${round}/recommendations?/add`],
		[expert, `/rounds/${round}/recommendations?/narrative`],
		[admin, '/admin?/createMunicipality'],
		[admin, '/admin?/invite'],
		[admin, '/admin?/resendInvitation'],
		[admin, '/admin?/cancelInvitation'],
		[admin, '/admin?/unlockAccount'],
		[admin, '/admin?/unlockAddress'],
		[admin, '/admin/peers?/preview'],
		[admin, '/admin/peers?/import'],
		[admin, '/admin/peers?/delete'],
		[admin, '/invite/abcdefghijklmnopqrstuvwxyz234567'],
		[admin, '/login'],
		[admin, '/password/forgot'],
		[admin, '/password/reset/abcdefghijklmnopqrstuvwxyz234567'],
		[admin, '/admin?/archive'],
		[admin, '/admin?/unarchive'],
		[admin, `/admin/municipalities/${municipality}?/edit`],
		[admin, `/admin/users/${person}?/deactivate`],
		[admin, `/admin/users/${person}?/reactivate`],
		[admin, `/admin/users/${person}?/grant`],
		[admin, `/admin/users/${person}?/revoke`],
		[admin, `/admin/users/${person}?/move`],
		[coordinator, `/municipalities/${municipality}?/removeMember`],
		[coordinator, `/municipalities/${municipality}?/setGroupRole`],
		[coordinator, '/account?/password'],
		[coordinator, '/account?/endSession']
	];
	const before = auditRows();
	for (const [api, path] of targets) {
		await fc.assert(
			fc.asyncProperty(forms, async (fields) => {
				const body = new URLSearchParams(fields).toString();
				const res = await api.post(path, {
					data: body,
					headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
					maxRedirects: 0
				});
				expect(res.status(), `${path} with ${body.slice(0, 200)}`).toBeLessThan(500);
			}),
			{ numRuns: 25 }
		);
	}
	expect(auditRows()).toBe(before);
});
