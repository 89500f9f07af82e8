/** Answering page: evidence, files, required questions, numbers, history (sv). Spread into ../sv.ts. */
export const sv = {
	'answer.evidence_draft_hint': 'Utkast: lägg till dokumentets adress eller ta bort rubriken.',
	'error.evidence_url_unsafe':
		'Adresser som börjar med javascript:, data: eller file: kan inte sparas som belägg.',
	'answer.files': 'Bifogade filer',
	'answer.files_input': 'Bifoga en fil',
	'answer.files_hint':
		'PDF, Word (DOCX), Excel (XLSX), OpenDocument-text (ODT) eller en bild (PNG, JPEG, GIF, WebP), högst {max} MB.',
	'answer.files_uploading': 'Laddar upp {name}…',
	'answer.files_uploaded': 'Bifogad: {name}',
	'answer.files_removed': 'Borttagen: {name}',
	'answer.files_remove': 'Ta bort',
	'answer.files_size_kb': '{size} kB',
	'answer.files_size_mb': '{size} MB',
	'answer.files_uploaded_by': 'tillagd av {name}',
	'error.file_too_large': 'Filen är för stor: gränsen är {max} MB.',
	'error.file_type':
		'Den här filtypen kan inte bifogas. Bifoga en PDF-, Word-, Excel- eller OpenDocument-textfil eller en bild.',
	'error.file_too_many': 'Ett svar kan ha högst 20 bifogade filer.',
	'error.file_upload_failed': 'Uppladdningen misslyckades. Kontrollera anslutningen och försök igen.',
	'answer.required': 'Obligatorisk',
	'area.required_note':
		'Frågor märkta ”Obligatorisk” måste besvaras innan omgången kan lämnas in; förloppsindikatorn räknar dem.',
	'area.required_progress': 'Besvarade obligatoriska frågor inom {area}',
	'answer.number_hint': 'Till exempel {example}',
	'history.what': 'Vad ändrades',
	'history.change_answer': 'Svar',
	'history.change_justification': 'Motivering',
	'history.change_evidence': 'Belägg',
	'history.evidence_added': 'lade till {item}',
	'history.evidence_removed': 'tog bort {item}',
	'history.nothing_changed': 'Sparat utan ändringar',
	'history.collapsed': 'Sparningar i följd inom några minuter visas som en ändring.',
	'history.empty': '(tomt)'
} as const;
