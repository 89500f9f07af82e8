/** Comparison bands, similar municipalities, context facts (en). Spread into ../en.ts. */
export const en = {
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
