/** Answering page: evidence, files, required questions, numbers, history (fi). Spread into ../fi.ts. */
export const fi = {
	'answer.evidence_draft_hint': 'Luonnos: lisää asiakirjan osoite tai poista otsikko.',
	'error.evidence_url_unsafe':
		'Osoitteita, jotka alkavat javascript:, data: tai file:, ei voi tallentaa näytöksi.',
	'answer.files': 'Liitetyt tiedostot',
	'answer.files_input': 'Liitä tiedosto',
	'answer.files_hint':
		'PDF, Word (DOCX), Excel (XLSX), OpenDocument-teksti (ODT) tai kuva (PNG, JPEG, GIF, WebP), enintään {max} Mt.',
	'answer.files_uploading': 'Ladataan tiedostoa {name}…',
	'answer.files_uploaded': 'Liitetty: {name}',
	'answer.files_removed': 'Poistettu: {name}',
	'answer.files_remove': 'Poista',
	'answer.files_size_kb': '{size} kt',
	'answer.files_size_mb': '{size} Mt',
	'answer.files_uploaded_by': 'lisännyt {name}',
	'error.file_too_large': 'Tiedosto on liian suuri: enimmäiskoko on {max} Mt.',
	'error.file_type':
		'Tämäntyyppistä tiedostoa ei voi liittää. Liitä PDF-, Word-, Excel- tai OpenDocument-tekstitiedosto tai kuva.',
	'error.file_too_many': 'Vastaukseen voi liittää enintään 20 tiedostoa.',
	'error.file_upload_failed': 'Lataus epäonnistui. Tarkista yhteys ja yritä uudelleen.',
	'answer.required': 'Pakollinen',
	'area.required_note':
		'”Pakollinen”-merkittyihin kysymyksiin on vastattava ennen kuin kierroksen voi lähettää; edistymispalkki laskee ne.',
	'area.required_progress': 'Vastatut pakolliset kysymykset alueella {area}',
	'answer.number_hint': 'Esimerkiksi {example}',
	'history.what': 'Mikä muuttui',
	'history.change_answer': 'Vastaus',
	'history.change_justification': 'Perustelu',
	'history.change_evidence': 'Näyttö',
	'history.evidence_added': 'lisätty {item}',
	'history.evidence_removed': 'poistettu {item}',
	'history.nothing_changed': 'Tallennettu ilman muutoksia',
	'history.collapsed': 'Muutaman minuutin sisällä peräkkäin tehdyt tallennukset näytetään yhtenä muutoksena.',
	'history.empty': '(tyhjä)'
} as const;
