import { describe, expect, it } from 'vitest';
import { mailSettings, parseConfig } from '../../src/lib/server/config';

const settings = (env: Record<string, string>) => mailSettings(parseConfig(env));
const ORIGIN = 'https://gri.example.fi';

describe('mail settings from the environment', () => {
	it('sends nothing when no SMTP server is given, and treats empty variables as unset', () => {
		expect(settings({})).toBeNull();
		expect(settings({ SMTP_URL: '', SMTP_HOST: '', MAIL_FROM: '', ORIGIN })).toBeNull();
	});

	it('takes SMTP_URL as it is, with the public origin for links', () => {
		const env = { SMTP_URL: 'smtp://user:pass@mail.example.fi:587', MAIL_FROM: 'gri@example.fi' };
		expect(settings({ ...env, ORIGIN: `${ORIGIN}/` })).toEqual({
			smtp: 'smtp://user:pass@mail.example.fi:587',
			from: 'gri@example.fi',
			origin: ORIGIN
		});
	});

	it('builds the server from SMTP_HOST and friends, with TLS from the start on port 465', () => {
		const base = { SMTP_HOST: 'mail.example.fi', MAIL_FROM: 'GRI <gri@example.fi>', ORIGIN };
		expect(settings({ ...base, SMTP_USER: 'gri', SMTP_PASSWORD: 'secret' })?.smtp).toEqual({
			host: 'mail.example.fi',
			port: 587,
			secure: false,
			auth: { user: 'gri', pass: 'secret' }
		});
		expect(settings({ ...base, SMTP_PORT: '465' })?.smtp).toMatchObject({ port: 465, secure: true });
		expect(settings({ ...base, SMTP_SECURE: 'true' })?.smtp).toMatchObject({ port: 465, secure: true });
	});

	it('refuses SMTP without a sender or a public origin, and a sender with a line break', () => {
		expect(() => parseConfig({ SMTP_HOST: 'mail.example.fi', ORIGIN })).toThrow('MAIL_FROM');
		expect(() => parseConfig({ SMTP_URL: 'smtp://mail.example.fi', MAIL_FROM: 'a@b.fi' })).toThrow('ORIGIN');
		expect(() => parseConfig({ MAIL_FROM: 'a@b.fi\r\nBcc: x@y.fi' })).toThrow('MAIL_FROM');
		expect(() => parseConfig({ SMTP_URL: 'http://mail.example.fi' })).toThrow('SMTP_URL');
	});
});
