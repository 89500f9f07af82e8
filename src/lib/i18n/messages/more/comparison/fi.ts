/** Comparison bands, similar municipalities, context facts (fi). Spread into ../fi.ts. */
export const fi = {
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
