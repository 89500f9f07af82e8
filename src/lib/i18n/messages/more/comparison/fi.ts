/** Comparison bands, similar municipalities, context facts (fi). Spread into ../fi.ts. */
export const fi = {
	'method.country_bands_heading': 'Vertailuryhmät maittain ja samankaltaisimmat kunnat',
	'method.country_bands_intro':
		'Maalla voi olla omat koko- ja monimuotoisuusluokkansa; maan kuntaa verrataan niihin vertailukuntiin, jotka osuvat samaan luokkaan näillä rajoilla. Yhdeksällä kymmenestä suomalaisesta kunnasta on alle 50 000 asukasta, joten Suomen kokoluokat ovat pienissä kunnissa tiheämmät.',
	'method.country_population_bands': 'Asukaslukuluokat: {country}',
	'method.country_diversity_bands': 'Monimuotoisuusluokat: {country}',
	'method.similar_heading': 'Samankaltaisimmat kunnat',
	'method.similar_rule':
		'Tähän ryhmään kuuluu {count} kuntaa lähimpänä olevaa vertailukuntaa. Etäisyys on asukaslukujen kymmenkantaisten logaritmien erotus lisättynä monimuotoisuusosuuksien erotuksella jaettuna kymmenellä: 10 000 asukkaan kunta on yhtä kaukana 100 000 asukkaan kunnasta kuin 5 %:n osuus 15 %:n osuudesta. Yhtä kaukana olevista valitaan tunnisteen mukaan ensimmäinen.',
	'method.measure_heading': 'Monimuotoisuutta verrataan samalla perusteella',
	'method.measure_rule':
		'Osuus kertoo joko ulkomailla syntyneiden tai vieraskielisten asukkaiden osuuden, ja ne eroavat samassa kunnassa usein useita prosenttiyksikköjä. Samankaltaisen monimuotoisuuden ryhmästä jätetään pois vertailukunnat, joiden osuus lasketaan toisella perusteella; ne, joiden lähde ei kerro perustetta, pidetään mukana. Muut ryhmät, joissa perusteet sekoittuvat, merkitään.',
	'method.min_completeness_heading': 'Sijoitus edellyttää riittävästi vastauksia',
	'method.min_completeness_rule':
		'Kierrosta, jonka kysymyksistä on vastattu alle {percent} %, verrataan ryhmään, mutta sille ei anneta sijoitusta eikä vahvimpien alueiden tai suurimpien erojen luetteloita: näin vähäiset vastaukset kertoisivat enemmän puuttuvista tiedoista kuin kunnasta.',
	'facts.heading': 'Taustatiedot',
	'facts.intro': 'Lukuja, joilla työryhmä kuvasi kuntaa. Niitä ei pisteytetä.',
	'facts.col_fact': 'Tieto',
	'facts.col_value': 'Arvo',
	'facts.col_peers': 'Mediaani: {group}',
	'facts.peer_median': '{median} (n = {n})',
	'facts.peers_note':
		'Ryhmän mediaani näytetään, kun vähintään {min} tässä palvelussa tuloksensa julkaissutta kuntaa on antanut luvun; tuoduissa tuloksissa taustatietoja ei ole.',
	'round.area_scores_heading': 'Politiikka-alueet',
	'round.dimension_scores_heading': 'Hyvien väestösuhteiden osa-alueet',
	'round.lens_heading': 'Kulttuurienvälinen näkökulma: sen kuusi palvelualuetta',
	'compare.group.similar': {
		one: 'Samankaltaisin kunta',
		other: '{count} samankaltaisinta kuntaa'
	},
	'compare.not_ranked':
		'Sijoitusta sekä vahvimpien alueiden ja suurimpien erojen luetteloita ei vielä näytetä: ne tulevat näkyviin, kun vähintään {required} % kysymyksistä on vastattu (nyt {percent} %). Näin vähäiset vastaukset kertoisivat enemmän puuttuvista tiedoista kuin kunnasta.',
	'compare.measure_mixed': {
		one: 'Eri laskutavat: yksi ryhmän vertailukunta ilmoittaa osuutensa eri perusteella kuin {name} ({measure}) tai ei kerro perustetta.',
		other:
			'Eri laskutavat: {count} ryhmän vertailukuntaa ilmoittaa osuutensa eri perusteella kuin {name} ({measure}) tai ei kerro perustetta.'
	},
	'compare.measure_like_with_like':
		'Samankaltaisen monimuotoisuuden ryhmässä ovat vain vertailukunnat, joiden osuus lasketaan samalla perusteella kuin kunnan {name} ({measure}), sekä ne, jotka eivät kerro perustetta.'
} as const;
