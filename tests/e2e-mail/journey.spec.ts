import { expect, test, type Browser, type Page } from '@playwright/test';
import { MAIL_ORIGIN } from '../../playwright.config';
import type { TestSmtp } from '../helpers/smtp';
import { DEMO, expectAccessible, signIn } from '../e2e/helpers';
import { linkIn, mailTo, openMailbox } from './mailbox';

/**
 * The working group's life cycle with e-mail, against the second e2e server (SMTP configured, its own
 * database): invitations arrive by mail instead of being shown on the page, and so does the notice of an
 * assigned area. Stormvik (demo) has no coordinator and no rounds in the demo data, so everything here
 * starts from scratch.
 */

const TOWN = 'Stormvik (demo)';
const COORDINATOR = {
	email: 'stina.coordinator@demo.example',
	name: 'Stina Coordinator',
	password: 'stina-password-2026'
};
const MEMBER = { email: 'matti.member@demo.example', name: 'Matti Member', password: 'matti-password-2026' };

let smtp: TestSmtp;
test.beforeAll(async () => {
	smtp = await openMailbox();
});
test.afterAll(async () => {
	await smtp?.close();
});

/** Opens the invitation link from the mail in a fresh browser and accepts it; returns the signed-in page. */
async function acceptInvitation(
	browser: Browser,
	link: string,
	person: typeof COORDINATOR,
	role: string
): Promise<Page> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(link);
	await expect(page.getByText(`You have been invited to ${TOWN} as ${role}.`)).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Your name').fill(person.name);
	await page.getByLabel('Choose a password').fill(person.password);
	await page.getByLabel('Repeat the password').fill(person.password);
	await page.getByRole('button', { name: 'Accept and sign in' }).click();
	await expect(page).toHaveURL(/\/dashboard/);
	await expect(page.getByText(`Signed in as ${person.name}`)).toBeVisible();
	return page;
}

test('invitations and an assigned area come by mail; a removed member is signed out, their answer stays', async ({
	page: admin,
	browser
}) => {
	// The administrator invites a new coordinator. With SMTP the form mails the link instead of showing it.
	await signIn(admin, DEMO.admin);
	await admin.getByRole('link', { name: 'Administration', exact: true }).click();
	await admin.getByLabel('Email address of the person').fill(COORDINATOR.email);
	await admin.getByLabel('Role', { exact: true }).selectOption('coordinator');
	await admin.getByLabel('Municipality', { exact: true }).selectOption({ label: TOWN });
	await admin.getByRole('button', { name: 'Send invitation' }).click();
	await expect(admin.getByText(`An invitation was sent to ${COORDINATOR.email}.`)).toBeVisible();
	await expect(admin.getByTestId('invitation-link')).toHaveCount(0);

	const invitation = await mailTo(smtp, COORDINATOR.email, 'Invitation:');
	expect(invitation.text).toContain(`to ${TOWN} as Coordinator`);
	const coordinator = await acceptInvitation(
		browser,
		linkIn(invitation, `${MAIL_ORIGIN}/invite/`),
		COORDINATOR,
		'Coordinator'
	);

	// The coordinator invites a member of the working group from the municipality page.
	await coordinator.getByRole('link', { name: TOWN }).first().click();
	await expect(coordinator.getByRole('heading', { name: 'Working group', exact: true })).toBeVisible();
	await expectAccessible(coordinator);
	const municipalityUrl = coordinator.url();
	await coordinator.getByLabel('Email address of the person').fill(MEMBER.email);
	await coordinator.getByLabel('Role', { exact: true }).selectOption('member');
	await coordinator.getByRole('button', { name: 'Send invitation' }).click();
	await expect(coordinator.getByText(`An invitation was sent to ${MEMBER.email}.`)).toBeVisible();

	const memberInvitation = await mailTo(smtp, MEMBER.email, 'Invitation:');
	expect(memberInvitation.text).toContain(
		`${COORDINATOR.name} has invited you to ${TOWN} as Working group member`
	);
	const member = await acceptInvitation(
		browser,
		linkIn(memberInvitation, `${MAIL_ORIGIN}/invite/`),
		MEMBER,
		'Working group member'
	);

	// Stormvik has no round yet: the coordinator opens one (the form is unfolded when there is none).
	await coordinator.goto(municipalityUrl);
	await expect(coordinator.locator('tr', { hasText: MEMBER.name })).toBeVisible();
	await coordinator.getByRole('button', { name: 'Open round' }).click();
	await expect(coordinator).toHaveURL(/\/rounds\/[a-z2-7]+$/);
	const roundId = coordinator.url().split('/rounds/')[1]!;

	// Assigning an area mails the member a link to it.
	const education = coordinator.locator('tr', { hasText: 'Education' });
	await education.getByText('Change').click();
	await education.getByLabel(MEMBER.name, { exact: true }).check();
	await education.getByRole('button', { name: 'Save' }).click();
	await expect(coordinator.getByRole('status')).toHaveText('Assignment of Education saved.');

	const assigned = await mailTo(smtp, MEMBER.email, 'A policy area was assigned to you: Education');
	expect(assigned.text).toContain(`${COORDINATOR.name} assigned the policy area “Education”`);
	const areaLink = linkIn(assigned, `${MAIL_ORIGIN}/rounds/`);
	expect(areaLink).toBe(`${MAIL_ORIGIN}/rounds/${roundId}/areas/education`);

	// The member follows the link and answers one question; autosave says when it is stored.
	await member.goto(areaLink);
	await expect(member.getByRole('heading', { name: 'Education', level: 1 })).toBeVisible();
	const first = member.locator('article.question').first();
	await first.locator('input[type=radio], input[type=checkbox]').first().check();
	await expect(first.locator('[data-status]')).toContainText(`Saved. Last answered by ${MEMBER.name}`);

	// The coordinator removes the member: two deliberate clicks.
	await coordinator.goto(municipalityUrl);
	const row = coordinator.locator('tr', { hasText: MEMBER.name });
	await row.getByText('Remove…').click();
	await row.getByRole('button', { name: `Yes, remove ${MEMBER.name}` }).click();
	await expect(coordinator.getByRole('status')).toHaveText(
		`${MEMBER.name} was removed from the working group. Their assigned areas are now unassigned.`
	);
	await expect(coordinator.locator('tr', { hasText: MEMBER.name })).toHaveCount(0);

	// The member's open session is refused on the next request, and the sign-in page says why.
	await member.reload();
	await expect(member).toHaveURL(/\/login\?.*ended=removed/);
	await expect(member.getByRole('alert')).toHaveText(
		'You were signed out because you no longer have a role in any municipality.'
	);

	// The answer stays, under the removed member's name, in the question's history.
	await coordinator.goto(`/rounds/${roundId}/areas/education`);
	const answered = coordinator.locator('article.question').first();
	await expect(answered.locator('[data-status]')).toContainText(`Last answered by ${MEMBER.name}`);
	await answered.getByText('History (1 change)').click();
	await expect(answered.locator('.history tbody tr')).toHaveCount(1);
	await expect(answered.locator('.history tbody tr').first()).toContainText(MEMBER.name);

	await coordinator.context().close();
	await member.context().close();
});
