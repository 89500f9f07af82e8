import { describe, expect, it } from 'vitest';
import { answerSaveSchema } from '../../src/lib/domain/answer-validation';
import { normaliseEvidenceUrl } from '../../src/lib/domain/evidence/evidence-url';

describe('evidence addresses as typed', () => {
	it.each([
		['www.testila.fi/kielikurssit', 'https://www.testila.fi/kielikurssit'],
		['testila.fi', 'https://testila.fi'],
		['  kunta.fi/päätökset?vuosi=2026#kohta ', 'https://kunta.fi/päätökset?vuosi=2026#kohta'],
		['example.org:8080/x', 'https://example.org:8080/x'],
		['//cdn.example.fi/a.pdf', 'https://cdn.example.fi/a.pdf'],
		['http://intra.example.fi/doc', 'http://intra.example.fi/doc'],
		['HTTPS://Example.fi/A', 'HTTPS://Example.fi/A'],
		['mailto:kotouttaminen@kunta.fi', 'mailto:kotouttaminen@kunta.fi'],
		['', '']
	])('keeps %j as %j', (typed, stored) => {
		expect(normaliseEvidenceUrl(typed)).toEqual({ ok: true, url: stored });
	});

	it.each([
		'javascript:alert(1)',
		' JavaScript:alert(1)',
		'java\tscript:alert(1)',
		'data:text/html,<b>x</b>',
		'file:///etc/passwd',
		'vbscript:x'
	])('refuses %j as unsafe', (typed) => {
		expect(normaliseEvidenceUrl(typed)).toEqual({ ok: false, error: 'error.evidence_url_unsafe' });
	});

	it.each(['testila', 'kielikurssit sivu', 'www.', 'https://', 'foo:bar', 'http://exa mple.fi'])(
		'asks to check %j',
		(typed) => {
			expect(normaliseEvidenceUrl(typed)).toEqual({ ok: false, error: 'error.evidence_url' });
		}
	);

	it('refuses an address over 2000 characters', () => {
		expect(normaliseEvidenceUrl(`https://a.fi/${'x'.repeat(2000)}`)).toEqual({
			ok: false,
			error: 'error.too_long'
		});
	});

	it('stores what a save sends as the editor shows it: bare domains with https, title-only rows as drafts', () => {
		const parsed = answerSaveSchema.parse({
			value: null,
			baseVersion: 0,
			evidence: [
				{ url: 'www.testila.fi/kielikurssit', title: 'Kielikurssit' },
				{ url: '', title: 'Kotoutumisohjelma 2026' },
				{ url: '  ', title: '  ' }
			]
		});
		expect(parsed.evidence).toEqual([
			{ url: 'https://www.testila.fi/kielikurssit', title: 'Kielikurssit' },
			{ url: '', title: 'Kotoutumisohjelma 2026' }
		]);
		const unsafe = answerSaveSchema.safeParse({
			value: null,
			baseVersion: 0,
			evidence: [{ url: 'javascript:x', title: '' }]
		});
		expect(unsafe.success ? null : unsafe.error.issues[0]!.message).toBe('error.evidence_url_unsafe');
	});
});
