/** Recommendation templates, levels and language-neutral texts (sv). Spread into ../sv.ts. */
export const sv = {
	'recs.only_in.fi': 'endast på finska',
	'recs.only_in.sv': 'endast på svenska',
	'recs.only_in.en': 'endast på engelska',
	'recs.text_in.fi': 'Rekommendation på finska',
	'recs.text_in.sv': 'Rekommendation på svenska',
	'recs.text_in.en': 'Rekommendation på engelska',
	'recs.template_hint':
		'Den föreslagna texten förblir en mall och visas på varje läsares språk. Endast text som du ändrar sparas som din egen, på det språket.',
	'recs.source': 'Källa',
	'recs.own_text': 'redigerad',
	'recs.from_questions': 'Från frågorna: {questions}'
} as const;
