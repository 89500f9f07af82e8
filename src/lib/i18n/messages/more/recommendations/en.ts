/** Recommendation templates, levels and language-neutral texts (en). Spread into ../en.ts. */
export const en = {
	'recs.only_in.fi': 'only in Finnish',
	'recs.only_in.sv': 'only in Swedish',
	'recs.only_in.en': 'only in English',
	'recs.text_in.fi': 'Recommendation in Finnish',
	'recs.text_in.sv': 'Recommendation in Swedish',
	'recs.text_in.en': 'Recommendation in English',
	'recs.template_hint':
		'The suggested text stays a template and is shown in each reader’s language. Only text you change is saved as your own, in that language.',
	'recs.source': 'Source',
	'recs.own_text': 'edited',
	'recs.from_questions': 'From the questions: {questions}'
} as const;
