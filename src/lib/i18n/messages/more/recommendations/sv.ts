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
	'recs.from_questions': 'Från frågorna: {questions}',
	'recs.rule_heading': 'När en rekommendation utarbetas',
	'recs.rule':
		'En poängsatt fråga får en rekommendation när svaret ger mindre än {threshold} % av frågans maximipoäng, eller när svaret är ”vet inte”. Svar som når den andelen eller mer, ”inte tillämpligt” och obesvarade frågor får ingen.',
	'recs.rule_levels':
		'Texten beror på svaret: varje svar under gränsen har sitt eget råd, och för ”vet inte” rekommenderas att man först tar reda på saken. Rekommendationer som hör ihop (till exempel flera som kräver en invånarenkät) slås ihop till en; dess prioritet är summan av frågornas prioriteter.'
} as const;
