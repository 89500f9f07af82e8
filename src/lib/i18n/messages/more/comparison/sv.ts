/** Comparison bands, similar municipalities, context facts (sv). Spread into ../sv.ts. */
export const sv = {
	'method.country_bands_heading': 'Jämförelsegrupper per land och de mest likartade kommunerna',
	'method.country_bands_intro':
		'Ett land kan ha egna storleks- och mångfaldsklasser; en kommun i landet jämförs med de kommuner som hamnar i samma klass enligt dessa gränser. Nio av tio finländska kommuner har färre än 50 000 invånare, så Finlands storleksklasser är tätare bland de små kommunerna.',
	'method.country_population_bands': 'Invånarklasser: {country}',
	'method.country_diversity_bands': 'Mångfaldsklasser: {country}',
	'method.similar_heading': 'De mest likartade kommunerna',
	'method.similar_rule':
		'Gruppen omfattar de {count} jämförelsekommuner som ligger närmast kommunen. Avståndet är skillnaden mellan invånarantalens tiologaritmer plus skillnaden mellan mångfaldsandelarna delad med tio: en kommun med 10 000 invånare ligger lika långt från en med 100 000 som en andel på 5 % från en på 15 %. Av kommuner på samma avstånd väljs den som kommer först enligt sin identifierare.',
	'method.measure_heading': 'Mångfald jämförs på samma grund',
	'method.measure_rule':
		'En andel anger antingen utrikes födda invånare eller invånare med främmande modersmål, och de skiljer sig ofta med flera procentenheter i samma kommun. Gruppen med likartad mångfald utesluter kommuner vars andel räknas på den andra grunden; kommuner vars källa inte anger grunden tas med. Andra grupper som blandar grunderna märks som blandade.',
	'method.min_completeness_heading': 'Placering kräver tillräckligt många svar',
	'method.min_completeness_rule':
		'En omgång där färre än {percent} % av frågorna har besvarats jämförs med sin grupp men får ingen placering och inga listor över de starkaste områdena eller de största skillnaderna: med så få svar skulle de säga mer om vad som saknas än om kommunen.',
	'facts.heading': 'Bakgrundsuppgifter',
	'facts.intro': 'Siffror som arbetsgruppen angav för att beskriva kommunen. De poängsätts inte.',
	'facts.col_fact': 'Uppgift',
	'facts.col_value': 'Värde',
	'facts.col_peers': 'Median: {group}',
	'facts.peer_median': '{median} (n = {n})',
	'facts.peers_note':
		'Gruppens median visas när minst {min} kommuner som publicerat sina resultat i tjänsten har angett siffran; importerade resultat saknar bakgrundsuppgifter.',
	'round.area_scores_heading': 'Politikområden',
	'round.dimension_scores_heading': 'Delområden för goda relationer',
	'round.lens_heading': 'Interkulturellt perspektiv: dess sex serviceområden',
	'compare.group.similar': {
		one: 'Den mest likartade kommunen',
		other: 'De {count} mest likartade kommunerna'
	},
	'compare.not_ranked':
		'Ingen placering och inga listor över de starkaste områdena eller de största skillnaderna ännu: de visas när minst {required} % av frågorna har besvarats (nu {percent} %). Med så få svar skulle de säga mer om vad som saknas än om kommunen.',
	'compare.measure_mixed': {
		one: 'Olika mått: en jämförelsekommun i gruppen räknar sin andel på ett annat sätt än {name} ({measure}) eller anger inte hur.',
		other:
			'Olika mått: {count} jämförelsekommuner i gruppen räknar sin andel på ett annat sätt än {name} ({measure}) eller anger inte hur.'
	},
	'compare.measure_like_with_like':
		'Gruppen med likartad mångfald omfattar bara jämförelsekommuner vars andel räknas på samma sätt som för {name} ({measure}) och de som inte anger hur.'
} as const;
