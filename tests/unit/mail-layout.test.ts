import { describe, expect, it } from 'vitest';
import { layoutMail } from '../../src/lib/domain/mail-layout';

const content = {
	lang: 'en',
	subject: 'Invitation for <Anna>\r\nBcc: someone@example.fi',
	greeting: 'Hello,',
	paragraphs: ['Tom & Jerry <script>alert(1)</script> invited you.'],
	action: { label: 'Accept the invitation', url: 'https://gri.example.fi/invite/abc?x=1&y="2"' },
	footer: 'If you did not expect this, ignore it.'
};

describe('mail layout', () => {
	it('writes the same words as plain text and as HTML, escaping everything inserted into the HTML', () => {
		const mail = layoutMail(content);
		expect(mail.text).toContain('Tom & Jerry <script>alert(1)</script> invited you.');
		expect(mail.text).toContain('Accept the invitation:\nhttps://gri.example.fi/invite/abc?x=1&y="2"');
		expect(mail.html).toContain('Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt; invited you.');
		expect(mail.html).toContain('href="https://gri.example.fi/invite/abc?x=1&amp;y=&quot;2&quot;"');
		expect(mail.html).not.toContain('<script>');
		expect(mail.html).not.toMatch(/<img/);
	});

	it('keeps the subject on one line, so no header can be added through it', () => {
		expect(layoutMail(content).subject).toBe('Invitation for <Anna> Bcc: someone@example.fi');
	});
});
