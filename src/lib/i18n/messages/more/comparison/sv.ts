/** Comparison bands, similar municipalities, context facts (sv). Spread into ../sv.ts. */
export const sv = {
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
