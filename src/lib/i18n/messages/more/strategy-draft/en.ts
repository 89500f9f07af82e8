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
		'Places for refugees agreed with the Vitality Centre (former ELY Centre), arrivals in recent years and the plan for the coming years.',
	'strategy_draft.topic_prompt.consulted':
		'Who took part in preparing the programme: residents with a migrant background, associations, the wellbeing services county, the employment area, other authorities.',
	'strategy_draft.step.heading': 'Choose the recommendations that become measures',
	'strategy_draft.step.intro':
		'Each chosen recommendation becomes one measure, written as the municipality’s own commitment, with an owner, partners and a schedule across the council term. Measures built on the expert’s key recommendations come first and start in the first year. A recommendation to draft this programme itself is not offered.',
	'strategy_draft.step.language': 'Language of the draft',
	'strategy_draft.step.language_hint':
		'The other two languages are drafted as translations, which you can check and edit.',
	'strategy_draft.step.combine': 'Combine the recommendations of each area into one measure',
	'strategy_draft.step.combine_hint':
		'Gives a shorter programme with one broader measure per area instead of one measure per recommendation.',
	'strategy_draft.step.all': 'Choose all',
	'strategy_draft.step.none': 'Choose none',
	'strategy_draft.step.none_accepted':
		'No accepted recommendations: the draft will have no measures, and you can add your own.',
	'strategy_draft.step.key': 'Key recommendation',
	'strategy_draft.step.count':
		'Recommendations chosen: {chosen} / {total}. Measures in the draft: {measures}.',
	'strategy_draft.step.many':
		"That is more measures than a council programme usually holds (up to {max}): untick some, or combine each area's.",
	'strategy_draft.export_language': 'Language of the file',
	'strategy_draft.original': 'original',
	'strategy_draft.preparing': 'Preparing the file…',
	'strategy_draft.prepared': 'The file is ready: {name}',
	'strategy_draft.export_failed': 'The file could not be prepared. Please try again.',
	'strategy_draft.field.description': 'What the municipality does',
	'strategy_draft.field.cost': 'Cost estimate, € a year',
	'strategy_draft.field.unit': 'Unit',
	'strategy_draft.translate.title': 'Languages of the programme',
	'strategy_draft.translate.intro':
		'The programme is written in {original}. Here you translate it: each text in the original with its translation. A text without an up-to-date translation is shown in the original language in that version and its files.',
	'strategy_draft.translate.languages': 'Translation language',
	'strategy_draft.translate.is_original':
		'This is the original language of the programme; edit it on the programme page.',
	'strategy_draft.translate.all_done': 'Every text is translated and up to date.',
	'strategy_draft.translate.open': 'Not yet translated or outdated: {n} / {total}',
	'strategy_draft.translate.only_open': 'Show only texts that need translating',
	'strategy_draft.translate.translation': 'Translation ({language})',
	'strategy_draft.translate.state.missing': 'Not translated',
	'strategy_draft.translate.state.outdated': 'Original changed since',
	'strategy_draft.translate.state.done': 'Translated',
	'strategy_draft.translate.link': 'Languages and translations',
	'strategy_draft.phase.label': 'Phase in the council term',
	'strategy_draft.phase.year1': 'Year 1',
	'strategy_draft.phase.years1_2': 'Years 1–2',
	'strategy_draft.phase.years2_4': 'Years 2–4',
	'strategy_draft.phase.custom': 'Own start and end'
} as const;
