/** Comparison bands, similar municipalities, context facts (en). Spread into ../en.ts. */
export const en = {
	'method.country_bands_heading': 'Peer groups per country, most similar municipalities',
	'method.country_bands_intro':
		'A country can have size and diversity bands of its own; a municipality of that country is compared with the peers that fall in its band by those limits. Nine in ten Finnish municipalities have fewer than 50,000 residents, so Finland’s size bands are finer at the small end.',
	'method.country_population_bands': 'Population bands: {country}',
	'method.country_diversity_bands': 'Diversity bands: {country}',
	'method.similar_heading': 'The most similar municipalities',
	'method.similar_rule':
		'This group holds the peers nearest to the municipality, at most {count}. Distance is the difference of the base-10 logarithms of the populations plus the difference of the diversity shares divided by ten: a town of 10,000 residents is as far from one of 100,000 as a share of 5 % is from one of 15 %. Of peers equally far, the one listed first by its identifier is taken.',
	'method.measure_heading': 'Diversity compared like with like',
	'method.measure_rule':
		'A diversity share counts either foreign-born residents or residents with a foreign mother tongue, and the two differ by several points in the same place. The similar-diversity group leaves out peers whose share counts the other thing; peers whose source does not say are kept. Other groups that mix the two are marked as mixed.',
	'method.min_completeness_heading': 'Ranks need enough answers',
	'method.min_completeness_rule':
		'A round with fewer than {percent} % of its questions answered is shown against its group but gets no rank and no lists of strongest areas or largest gaps: with so few answers they would say more about what is missing than about the municipality.',
	'facts.heading': 'Context facts',
	'facts.intro': 'Figures the working group gave to describe the municipality. They are not scored.',
	'facts.col_fact': 'Fact',
	'facts.col_value': 'Value',
	'facts.col_peers': 'Median: {group}',
	'facts.peer_median': '{median} (n = {n})',
	'facts.peers_note':
		'A group’s median is shown when at least {min} of the municipalities that published in this app gave the figure; imported results have none.',
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
