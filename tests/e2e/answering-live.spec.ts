import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible } from './helpers';
import { answerState, demoRound2026, pageAs } from './answering-helpers';

test('two members on one area see each other, and a saved answer reaches the other without a reload', async ({
	browser
}) => {
	const roundId = demoRound2026();
	const area = `/rounds/${roundId}/areas/mediation`;
	const mikko = await pageAs(browser, DEMO.member);
	const sara = await pageAs(browser, DEMO.member2);
	await mikko.goto(area);
	await sara.goto(area);
	await expect(mikko.getByTestId('presence')).toHaveText('Also on this area now: Sara Svensson (demo)');
	await expect(sara.getByTestId('presence')).toHaveText('Also on this area now: Mikko Member (demo)');

	// Mikko picks an option that is not the stored one; Sara's page shows it once it is saved.
	const mine = mikko.locator('#q-med-service input[type=radio]:not(:checked)').first();
	const option = await mine.getAttribute('value');
	await mine.check();
	await expect(mikko.locator('#q-med-service [data-status]')).toContainText(
		'Saved. Last answered by Mikko Member (demo)'
	);
	await expect(sara.locator(`#q-med-service input[value="${option}"]`)).toBeChecked({ timeout: 5_000 });
	await expect(sara.locator('#q-med-service [data-status]')).toContainText('Mikko Member (demo)');
	await expect(sara.getByTestId('announcer')).toHaveText('Mikko Member (demo) saved question 1.');

	// When Sara leaves, Mikko no longer sees her there.
	await sara.context().close();
	await expect(mikko.getByTestId('presence')).toHaveCount(0);
	await mikko.context().close();
});

test('the event stream comes uncompressed from the production server, only to the round’s own people', async ({
	browser,
	baseURL
}) => {
	const roundId = demoRound2026();
	const url = `${baseURL}/api/rounds/${roundId}/areas/mediation/live`;
	const member = await pageAs(browser, DEMO.member);
	const cookie = (await member.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
	const abort = new AbortController();
	const response = await fetch(url, {
		headers: { cookie, 'accept-encoding': 'br, gzip', 'x-forwarded-for': '127.0.0.1' },
		signal: abort.signal
	});
	expect(response.status).toBe(200);
	expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
	expect(response.headers.get('content-encoding')).toBeNull();
	// The first events arrive at once, not when a compression buffer fills.
	const reader = response.body!.getReader();
	let text = '';
	const started = Date.now();
	while (!text.includes('event: presence') && Date.now() - started < 5_000)
		text += new TextDecoder().decode((await reader.read()).value);
	expect(text).toContain('event: presence');
	abort.abort();

	const other = await pageAs(browser, DEMO.otherCoordinator);
	expect((await other.request.get(url)).status()).toBe(404);
	const signedOut = await fetch(url, { headers: { 'x-forwarded-for': '127.0.0.1' } });
	expect(signedOut.status).toBe(401);
	await member.context().close();
	await other.context().close();
});

test('a leader reads answers with their evidence as links, with no form controls', async ({ browser }) => {
	const roundId = demoRound2026();
	const member = await pageAs(browser, DEMO.member);
	const { version } = answerState(roundId, 'spc-consultation');
	const saved = await member.request.put(`/api/rounds/${roundId}/answers/spc-consultation`, {
		data: {
			value: { kind: 'option', option: 'standard-outreach' },
			justification: 'Outreach is part of every zoning plan.',
			evidence: [{ url: 'https://example.fi/zoning/outreach', title: 'Zoning outreach guideline' }],
			baseVersion: version
		}
	});
	expect(saved.status()).toBe(200);
	const uploaded = await member.request.post(`/api/rounds/${roundId}/answers/spc-consultation/files`, {
		headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'outreach-minutes.pdf' },
		data: Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n')
	});
	expect(uploaded.status()).toBe(200);

	const leader = await pageAs(browser, DEMO.leader);
	await leader.goto(`/rounds/${roundId}/areas/public-space`);
	const q = leader.locator('#q-spc-consultation');
	const reading = q.getByTestId('answer-reading');
	await expect(reading).toContainText('Outreach is part of every zoning plan.');
	const link = reading.getByRole('link', { name: 'Zoning outreach guideline' });
	await expect(link).toHaveAttribute('href', 'https://example.fi/zoning/outreach');
	await expect(q).toContainText('Last answered by Mikko Member (demo)');
	// The attached file is a download link that works for the leader.
	const file = q.getByRole('link', { name: 'outreach-minutes.pdf' });
	const download = await leader.request.get((await file.getAttribute('href'))!);
	expect(download.status()).toBe(200);
	expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');
	await expect(leader.locator('article.question input[type=file]')).toHaveCount(0);
	// Nothing to edit: no choices, no evidence fields, no "Remove", no save status.
	await expect(leader.locator('article.question input[type=radio]')).toHaveCount(0);
	await expect(leader.locator('article.question input[type=checkbox]')).toHaveCount(0);
	await expect(leader.getByText('Address of evidence link 1')).toHaveCount(0);
	await expect(leader.getByText('Remove', { exact: true })).toHaveCount(0);
	await expect(leader.getByText('All changes saved.')).toHaveCount(0);
	await expectAccessible(leader);
	await member.context().close();
	await leader.context().close();
});
