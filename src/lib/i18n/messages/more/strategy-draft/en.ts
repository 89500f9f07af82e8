/** Strategy drafting, indicators, situation picture, languages and exports (en). Spread into ../en.ts. */
export const en = {
	'strategy_draft.dimension_indicator': '{dimension} (Good Relations Index)',
	'strategy_draft.score_unit': '/ 100',
	'strategy_draft.export.schedule': 'Schedule',
	'strategy_draft.export.cost': 'Cost estimate',
	'strategy_draft.export.cost_value': '{amount} € a year',
	'strategy_draft.export.budget_line': 'Budget line',
	'strategy_draft.export.key': 'includes a key recommendation of the expert',
	'strategy_draft.export.frequency': 'Frequency',
	'strategy_draft.export.indicator_owner': 'Reported by',
	'strategy_draft.export.key_measures': 'Key measures',
	'strategy_draft.export.period': 'Programme period',
	'strategy_draft.topic.moving': 'Reasons for moving to the municipality',
	'strategy_draft.topic.languages': 'Languages',
	'strategy_draft.topic.age': 'Age structure',
	'strategy_draft.topic.employment': 'Employment and education',
	'strategy_draft.topic.placements': 'Refugee placements',
	'strategy_draft.topic.consulted': 'Who was consulted',
	'strategy_draft.topic_prompt.moving':
		'Why have residents with a migrant background come: work, study, family, international protection? How has this changed?',
	'strategy_draft.topic_prompt.languages':
		'The largest language groups, and in which languages residents need information and services.',
	'strategy_draft.topic_prompt.age':
		'The age structure of residents with a migrant background: children and young people, working age, older people.',
	'strategy_draft.topic_prompt.employment':
		'Employment, unemployment and education of residents with a migrant background, and the employment area’s view.',
	'strategy_draft.topic_prompt.placements':
		'Places for refugees agreed with the ELY Centre, arrivals in recent years and the plan for the coming years.',
	'strategy_draft.topic_prompt.consulted':
		'Who took part in preparing the programme: residents with a migrant background, associations, the wellbeing services county, the employment area, other authorities.'
} as const;
