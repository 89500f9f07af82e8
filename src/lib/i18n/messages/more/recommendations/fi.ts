/** Recommendation templates, levels and language-neutral texts (fi). Spread into ../fi.ts. */
export const fi = {
	'recs.only_in.fi': 'vain suomeksi',
	'recs.only_in.sv': 'vain ruotsiksi',
	'recs.only_in.en': 'vain englanniksi',
	'recs.text_in.fi': 'Suositus suomeksi',
	'recs.text_in.sv': 'Suositus ruotsiksi',
	'recs.text_in.en': 'Suositus englanniksi',
	'recs.template_hint':
		'Ehdotettu teksti säilyy mallitekstinä, ja jokainen lukija näkee sen omalla kielellään. Vain muuttamasi teksti tallennetaan omana tekstinäsi sillä kielellä.',
	'recs.source': 'Lähde',
	'recs.own_text': 'muokattu',
	'recs.from_questions': 'Kysymyksistä: {questions}',
	'recs.rule_heading': 'Milloin suositus laaditaan',
	'recs.rule':
		'Pisteytetty kysymys saa suosituksen, kun vastaus tuottaa alle {threshold} % kysymyksen enimmäispisteistä tai kun vastaus on ”en tiedä”. Vastaukset, jotka yltävät tähän osuuteen tai sen yli, ”ei koske meitä” -vastaukset ja vastaamattomat kysymykset eivät saa suositusta.',
	'recs.rule_levels':
		'Suosituksen teksti riippuu vastauksesta: jokaisella rajan alle jäävällä vastauksella on oma neuvonsa, ja ”en tiedä” -vastaukseen suositellaan ensin asian selvittämistä. Toisiinsa liittyvät suositukset (esimerkiksi useampi asukaskyselyä edellyttävä) yhdistetään yhdeksi; sen prioriteetti on sen kysymysten prioriteettien summa.'
} as const;
