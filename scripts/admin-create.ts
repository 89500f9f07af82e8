/* Creates an administrator on a real deployment: npm run admin:create -- --email a@b.fi [--name "A B"] [--password ...] */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { openDatabase } from '../src/lib/server/db/client';
import { translate } from '../src/lib/i18n/translate';
import { newPasswordProblem } from '../src/lib/server/passwords';
import { createAdmin } from '../src/lib/server/services/admin-bootstrap';

const { values } = parseArgs({
	options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } }
});
const args = z
	.object({
		email: z.email({ error: 'give a valid --email' }).transform((e) => e.toLowerCase()),
		name: z.string().min(1).max(120).default('Administrator'),
		password: z.string().min(10, { error: '--password must have at least 10 characters' }).optional()
	})
	.safeParse(values);
if (!args.success) {
	console.error(`admin:create: ${args.error.issues.map((i) => i.message).join('; ')}`);
	console.error(
		'usage: npm run admin:create -- --email you@example.fi [--name "Your Name"] [--password ...]'
	);
	process.exit(2);
}
// The same rules as a password chosen through an invitation, common passwords included.
const problem = args.data.password ? newPasswordProblem(args.data.password, args.data.email) : null;
if (problem) {
	console.error(`admin:create: --password: ${translate('en', problem.key, problem.params)}`);
	process.exit(2);
}

const db = openDatabase(
	process.env.DATABASE_URL ?? './data/app.db',
	process.env.MIGRATIONS_DIR ?? './drizzle'
);
try {
	const { password, created } = await createAdmin(db, args.data);
	if (created) console.log(`Administrator ${args.data.email} created.`);
	else
		console.log(
			`${args.data.email} already had an account; it is now an administrator (password unchanged).`
		);
	if (created && !args.data.password) console.log(`Password: ${password}  (shown only now: keep it safe)`);
} finally {
	db.$client.close();
}
