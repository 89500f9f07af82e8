/** Answering page: evidence, files, required questions, numbers, history (en). Spread into ../en.ts. */
export const en = {
	'answer.evidence_draft_hint': 'Draft: add the address of this document, or remove the title.',
	'error.evidence_url_unsafe':
		'Addresses starting with javascript:, data: or file: cannot be saved as evidence.',
	'answer.files': 'Attached files',
	'answer.files_input': 'Attach a file',
	'answer.files_hint':
		'PDF, Word (DOCX), Excel (XLSX), OpenDocument text (ODT) or an image (PNG, JPEG, GIF, WebP), at most {max} MB.',
	'answer.files_uploading': 'Uploading {name}…',
	'answer.files_uploaded': 'Attached: {name}',
	'answer.files_removed': 'Removed: {name}',
	'answer.files_remove': 'Remove',
	'answer.files_size_kb': '{size} kB',
	'answer.files_size_mb': '{size} MB',
	'answer.files_uploaded_by': 'added by {name}',
	'error.file_too_large': 'The file is too large: the limit is {max} MB.',
	'error.file_type':
		'This type of file cannot be attached. Attach a PDF, Word, Excel or OpenDocument text file, or an image.',
	'error.file_too_many': 'An answer can have at most 20 attached files.',
	'error.file_upload_failed': 'The upload failed. Check the connection and try again.',
	'answer.required': 'Required',
	'area.required_note':
		'Questions marked “Required” must be answered before the round can be submitted; the progress bar counts them.',
	'area.required_progress': 'Required questions answered in {area}',
	'answer.number_hint': 'For example {example}',
	'history.what': 'What changed',
	'history.change_answer': 'Answer',
	'history.change_justification': 'Justification',
	'history.change_evidence': 'Evidence',
	'history.evidence_added': 'added {item}',
	'history.evidence_removed': 'removed {item}',
	'history.nothing_changed': 'Saved without changes',
	'history.collapsed': 'Consecutive saves within a few minutes are shown as one change.',
	'history.empty': '(empty)'
} as const;
