/** A mail as the outbox stores it: a subject, a plain-text body and the same in simple HTML. */
export interface RenderedMail {
	subject: string;
	text: string;
	html: string;
}

export interface MailContent {
	/** The language of the text, for the HTML's lang attribute. */
	lang: string;
	subject: string;
	greeting: string;
	paragraphs: string[];
	/** The one thing the mail asks the reader to do. */
	action: { label: string; url: string };
	/** Why the reader got the mail and what to do if it was not meant for them. */
	footer: string;
}

const HTML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Names and titles come from users; a line break in a header would start a header of its own. */
const oneLine = (text: string) => text.replace(/[\r\n\t]+/g, ' ').trim();

/**
 * Plain text and minimal HTML with the same words. Everything inserted is escaped, and there are no
 * images, tracking pixels or rewritten links: the link in the mail is the link the reader opens.
 */
export function layoutMail(content: MailContent): RenderedMail {
	const { action } = content;
	const subject = oneLine(content.subject);
	const text = [content.greeting, ...content.paragraphs, `${action.label}:\n${action.url}`, content.footer]
		.map((p) => p.trim())
		.join('\n\n');
	const paragraph = (p: string) => `<p>${escapeHtml(p)}</p>`;
	const url = escapeHtml(action.url);
	const html = [
		'<!doctype html>',
		`<html lang="${escapeHtml(content.lang)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
		'<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em">',
		paragraph(content.greeting),
		...content.paragraphs.map(paragraph),
		`<p><a href="${url}">${escapeHtml(action.label)}</a></p>`,
		`<p style="word-break: break-all">${url}</p>`,
		`<p style="color: #555">${escapeHtml(content.footer)}</p>`,
		'</body></html>'
	].join('\n');
	return { subject, text: `${text}\n`, html };
}
