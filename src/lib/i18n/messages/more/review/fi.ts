/** Review flow, curation, publishing and the index report (fi). Spread into ../fi.ts. */
export const fi = {
	'review.heading': 'Vastausten arviointi · {municipality} {year}',
	'review.rest_ok': {
		one: 'Merkitse tämän osa-alueen {count} arvioimaton vastaus kunnossa olevaksi',
		other: 'Merkitse tämän osa-alueen kaikki {count} arvioimatonta vastausta kunnossa oleviksi'
	},
	'review.rest_ok_done': {
		one: '{count} vastaus merkittiin kunnossa olevaksi.',
		other: '{count} vastausta merkittiin kunnossa oleviksi.'
	},
	'review.rest_ok_none': 'Tämän osa-alueen kaikki vastaukset on arvioitu.',
	'review.return_open': 'Palauta työryhmälle…',
	'review.return_consequence':
		'Kierros palautuu kunnan {municipality} työryhmälle luonnokseksi: vastauksia voi taas muuttaa, ja kierros on lähetettävä uudelleen. Arviosi näkyvät työryhmälle.',
	'review.return_note': 'Saate työryhmälle (valinnainen)',
	'review.return_note_hint': 'Koordinaattori näkee saatteen kierroksen sivulla. Merkkien enimmäismäärä: {max}.',
	'review.return_confirm': 'Palauta kierros: {municipality}',
	'review.returned_ok': 'Kierros {municipality} {year} palautettiin työryhmälle.',
	'review.return_note_heading': 'Asiantuntijan saate',
	'review.published_ok': 'Kierroksen {municipality} {year} tulokset julkaistiin. Pisteet on nyt lukittu.',
	'review.bulk.heading': 'Päätä useammasta kerralla',
	'review.bulk.help':
		'Valitse alta suosituksia, valitse toimenpide ja toteuta se. Keskeiset suositukset esitetään raportissa ensimmäisinä.',
	'review.bulk.select': 'Valitse suositus {n}',
	'review.bulk.action': 'Toimenpide',
	'review.bulk.accept': 'Hyväksy',
	'review.bulk.reject': 'Hylkää alla olevalla perustelulla',
	'review.bulk.key': 'Hyväksy ja merkitse keskeiseksi suositukseksi',
	'review.bulk.unkey': 'Poista keskeisen suosituksen merkintä',
	'review.bulk.reason': 'Hylkäämisen perustelu',
	'review.bulk.apply': 'Toteuta valituille',
	'review.bulk.none_selected': 'Valitse ensin vähintään yksi suositus.',
	'review.bulk.done': {
		one: '{count} suositus päivitettiin.',
		other: '{count} suositusta päivitettiin.'
	},
	'review.key_badge': 'Keskeinen suositus',
	'review.keys_count': 'Keskeisiä suosituksia valittu: {count} (julkaisuun: {min}–{max}).',
	'review.to_publish': 'Siirry julkaisemaan',
	'review.publish.title': 'Tulosten julkaiseminen',
	'review.publish.heading': 'Tulosten julkaiseminen · {municipality} {year}',
	'review.publish.undecided_heading': {
		one: '{count} suositus on vielä ratkaisematta',
		other: '{count} suositusta on vielä ratkaisematta'
	},
	'review.publish.none_undecided': 'Kaikki suositukset on hyväksytty tai hylätty.',
	'review.publish.review_link': 'Käy ne ensin läpi',
	'review.publish.choice_legend': 'Mitä ratkaisemattomille suosituksille tehdään',
	'review.publish.choice.accept': 'Hyväksy kaikki: ne tulevat raporttiin ja strategialuonnokseen',
	'review.publish.choice.leave_out':
		'Jätä ne pois: ne eivät tule raporttiin eivätkä strategialuonnokseen (kirjataan lokiin)',
	'review.publish.consequence':
		'Julkaiseminen lukitsee kierroksen {municipality} {year} pisteet ja avaa raportin kaikille kunnan käyttäjille. Myöhemmät muutokset ovat korjauksia, jotka nostavat versionumeroa.',
	'review.publish.undecided_choice': {
		one: '{count} suositus on vielä ratkaisematta: valitse, hyväksytäänkö se vai jätetäänkö se pois.',
		other: '{count} suositusta on vielä ratkaisematta: valitse, hyväksytäänkö ne vai jätetäänkö ne pois.'
	},
	'review.publish.keys_range':
		'Valitse hyväksytyistä suosituksista keskeisiksi {min}–{max}. Nyt valittuna: {count}.',
	'review.publish.back': 'Takaisin suosituksiin',
	'review.report.key': 'Keskeiset suositukset',
	'review.report.compare_caption': '{area}: {municipality} verrattuna vertailuaineistoon',
	'review.report.series': 'Ryhmä',
	'review.report.score': 'Pisteet (0–100)',
	'review.report.peers': 'Vertailukuntia',
	'review.report.series_sample': 'Koko aineisto, keskiarvo',
	'review.report.series_band': 'Väkiluku {band}, keskiarvo',
	'review.report.no_peers': 'ei vielä vertailukuntia',
	'review.report.docx': 'Lataa raportti (Word)',
	'review.report.narrative': 'Asiantuntijan arvio'
} as const;
