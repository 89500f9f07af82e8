/** Comparison bands, similar municipalities, context facts (en). Spread into ../en.ts. */
export const en = {
	'facts.heading': 'Context facts',
	'facts.intro': 'Figures the working group gave to describe the municipality. They are not scored.',
	'facts.col_fact': 'Fact',
	'facts.col_value': 'Value',
	'facts.col_peers': 'Median: {group}',
	'facts.peer_median': '{median} (n = {n})',
	'facts.peers_note':
		'A group’s median is shown when at least {min} municipalities that published in this app gave the figure; imported results have none.',
	'round.area_scores_heading': 'Policy areas',
	'round.dimension_scores_heading': 'Good-relations dimensions',
	'round.lens_heading': 'Intercultural lens: its six service areas',
	'compare.group.similar': {
		one: 'The most similar municipality',
		other: 'The {count} most similar municipalities'
	},
	'compare.not_ranked':
		'No rank and no list of strongest areas or gaps yet: they appear once at least {required} % of the questions are answered ({percent} % now). With so few answers they would say more about what is missing than about the municipality.',
	'compare.measure_mixed': {
		one: 'Mixed measures: one peer in this group counts its diversity share otherwise than {name} ({measure}) or does not say what it counts.',
		other:
			'Mixed measures: {count} peers in this group count their diversity share otherwise than {name} ({measure}) or do not say what they count.'
	},
	'compare.measure_like_with_like':
		'The similar-diversity group holds only peers whose share counts the same as {name}’s ({measure}), and those that do not say what theirs counts.'
} as const;
