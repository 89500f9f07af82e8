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
	'recs.from_questions': 'From the questions: {questions}',
	'recs.rule_heading': 'When a recommendation is drafted',
	'recs.rule':
		'A scored question gets a recommendation when its answer earns less than {threshold} % of the question’s maximum points, or when the answer is “don’t know”. Answers at or above that share, “not applicable” and unanswered questions get none.',
	'recs.rule_levels':
		'The text depends on the answer: each answer below the limit has its own advice, and “don’t know” is advised to find out first. Related recommendations (for example several that call for a resident survey) are merged into one; its priority is the sum of its questions’ priorities.'
} as const;
