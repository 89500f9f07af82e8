/** Questionnaire 1.1, conditions and version migration (fi). Spread into ../fi.ts. */
export const fi = {
	'questionnaire.move_heading': 'Kyselyn versio',
	'questionnaire.move_intro':
		'Tähän kierrokseen vastataan version {from} mukaan. Versio {to} korvaa sen: kahteen kertaan kysytyt asiat kysytään vain kerran, kuntaa koskemattomat kysymykset voi jättää pois, ja uudet kysymykset koskevat romani- ja saamelaisasukkaita, kansalliskieliä, uskontoa ja pakolaisten kuntaan osoittamista.',
	'questionnaire.move_effect':
		'Siirrossa säilyvät kaikki edelleen kelvolliset vastaukset. Vastaukset kysymyksiin, joita ei enää kysytä, poistetaan, ja vastaukset, jotka eivät enää sovi kysymykseensä, tyhjennetään (perustelut ja näyttö säilyvät). Alueita, joiden kysymykset muuttuivat, ei verrata aiempiin kierroksiin. Siirtoa ei voi perua.',
	'questionnaire.move_confirm': 'Ymmärrän, että osa vastauksista poistetaan tai tyhjennetään',
	'questionnaire.move_button': 'Siirrä kierros versioon {to}',
	'questionnaire.move_done':
		'Kierros käyttää nyt versiota {version}. Säilytetyt vastaukset: {carried}; poistetut: {removed}; tyhjennetyt: {cleared}.',
	'questionnaire.not_comparable': 'ei vertailukelpoinen',
	'questionnaire.not_comparable_note':
		'Merkitty ei vertailukelpoiseksi: alueen kysymykset muuttuivat kyselyn versioiden välillä, joten sen muutosta ei näytetä.',
	'questionnaire.method_heading': 'Ehdolliset kysymykset, ”ei koske kuntaa” ja osa-aluemerkinnät',
	'questionnaire.method_conditions':
		'Osa kysymyksistä esitetään vain, kun aiempi vastaus tekee niistä olennaisia: esimerkiksi kotoutumisen suunnitelman sisällöstä kysytään vain, jos kunnalla on suunnitelma. Ehdon vuoksi piilotettu kysymys ei koske kuntaa: se jää pois sekä saaduista että enimmäispisteistä, sitä ei näytetä vastaussivulla eikä sitä lasketa puuttuvaksi. Jos aiempi vastaus muuttuu niin, että kysymys piilotetaan, sen tallennettu vastaus säilyy mutta ei enää vaikuta pisteisiin.',
	'questionnaire.method_not_applicable':
		'Kun palvelu voi rakenteellisesti puuttua, esimerkiksi neuvottelukunta pienessä kunnassa tai kansalliskielten väliset suhteet yksikielisessä kunnassa, kysymykseen voi vastata ”ei koske kuntaa”. Kysymyksen ohjeessa kerrotaan, milloin vastaus on oikea. Piilotetun kysymyksen tavoin se jää pois sekä saaduista että enimmäispisteistä; ”en tiedä” on 0 pistettä.',
	'questionnaire.method_dimensions':
		'Versiosta 1.1 alkaen jokainen pisteytetty kysymys on liitetty siihen hyvien väestösuhteiden osa-alueeseen, jonka seurantakohteita se mittaa: asenteet muita ryhmiä kohtaan; turvallisuuden tunne, johon kuuluvat myös kokemukset syrjinnästä, häirinnästä ja vihapuheesta; ryhmien välinen vuorovaikutus; sekä osallisuus, johon kuuluvat oikeuksien tunteminen, tuen saatavuus ja luottamus päätöksentekoon. Kysymys liitetään kahteen osa-alueeseen vain, jos se mittaa molempia. Koska merkinnät muuttuivat, osa-alueiden pisteet eivät ole vertailukelpoisia versioiden 1.0 ja 1.1 välillä.',
	'questionnaire.method_versions':
		'Jokainen kyselyn versio kertoo, miten korvatun version kukin kysymys siirtyy siihen. Kierrosten välinen muutos näytetään vain alueille, joiden pisteytetyt kysymykset pysyivät ennallaan.'
} as const;
