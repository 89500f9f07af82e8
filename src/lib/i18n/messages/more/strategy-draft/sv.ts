/** Strategy drafting, indicators, situation picture, languages and exports (sv). Spread into ../sv.ts. */
export const sv = {
	'strategy_draft.dimension_indicator': '{dimension} (index för goda relationer)',
	'strategy_draft.score_unit': '/ 100',
	'strategy_draft.export.schedule': 'Tidsplan',
	'strategy_draft.export.cost': 'Kostnadsberäkning',
	'strategy_draft.export.cost_value': '{amount} € per år',
	'strategy_draft.export.budget_line': 'Budgetmoment',
	'strategy_draft.export.key': 'innehåller en av expertens nyckelrekommendationer',
	'strategy_draft.export.frequency': 'Mätintervall',
	'strategy_draft.export.indicator_owner': 'Rapporteras av',
	'strategy_draft.export.key_measures': 'Centrala åtgärder',
	'strategy_draft.export.period': 'Programperiod',
	'strategy_draft.topic.moving': 'Orsaker till inflyttningen',
	'strategy_draft.topic.languages': 'Språk',
	'strategy_draft.topic.age': 'Åldersstruktur',
	'strategy_draft.topic.employment': 'Sysselsättning och utbildning',
	'strategy_draft.topic.placements': 'Anvisning av flyktingar till kommunen',
	'strategy_draft.topic.consulted': 'Vilka som hördes under beredningen',
	'strategy_draft.topic_prompt.moving':
		'Varför har invånarna med invandrarbakgrund kommit: arbete, studier, familj, internationellt skydd? Hur har detta förändrats?',
	'strategy_draft.topic_prompt.languages':
		'De största språkgrupperna och på vilka språk invånarna behöver information och service.',
	'strategy_draft.topic_prompt.age':
		'Åldersstrukturen bland invånare med invandrarbakgrund: barn och unga, personer i arbetsför ålder, äldre.',
	'strategy_draft.topic_prompt.employment':
		'Sysselsättning, arbetslöshet och utbildning bland invånare med invandrarbakgrund samt sysselsättningsområdets syn.',
	'strategy_draft.topic_prompt.placements':
		'Kommunplatser för flyktingar som avtalats med livskraftscentralen (tidigare NTM-centralen), ankomster under de senaste åren och planen för de kommande åren.',
	'strategy_draft.topic_prompt.consulted':
		'Vilka som deltog i beredningen av programmet: invånare med invandrarbakgrund, föreningar, välfärdsområdet, sysselsättningsområdet och andra myndigheter.',
	'strategy_draft.step.heading': 'Välj de rekommendationer som blir åtgärder',
	'strategy_draft.step.intro':
		'Varje vald rekommendation blir en åtgärd som skrivs som kommunens eget åtagande, med ansvarig, samarbetspartner och tidsplan för fullmäktigeperioden. Åtgärder som bygger på expertens nyckelrekommendationer kommer först och inleds det första året. En rekommendation om att utarbeta själva programmet erbjuds inte som åtgärd.',
	'strategy_draft.step.language': 'Utkastets språk',
	'strategy_draft.step.language_hint':
		'De två andra språken utarbetas som översättningar som du kan granska och redigera.',
	'strategy_draft.step.combine': 'Sammanför rekommendationerna inom varje område till en åtgärd',
	'strategy_draft.step.combine_hint':
		'Ger ett kortare program med en bredare åtgärd per område i stället för en åtgärd per rekommendation.',
	'strategy_draft.step.all': 'Välj alla',
	'strategy_draft.step.none': 'Välj bort alla',
	'strategy_draft.step.none_accepted':
		'Det finns inga godkända rekommendationer: utkastet får inga åtgärder och du kan lägga till egna.',
	'strategy_draft.step.key': 'Nyckelrekommendation',
	'strategy_draft.step.count': 'Valda rekommendationer: {chosen} / {total}. Åtgärder i utkastet: {measures}.',
	'strategy_draft.step.many':
		'Det är fler åtgärder än ett program som fullmäktige antar brukar ha (högst {max}): avmarkera några eller slå ihop varje politikområdes rekommendationer.',
	'strategy_draft.export_language': 'Filens språk',
	'strategy_draft.original': 'original',
	'strategy_draft.preparing': 'Filen förbereds…',
	'strategy_draft.prepared': 'Filen är klar: {name}',
	'strategy_draft.export_failed': 'Filen kunde inte förberedas. Försök igen.',
	'strategy_draft.field.description': 'Vad kommunen gör',
	'strategy_draft.field.cost': 'Kostnadsberäkning, € per år',
	'strategy_draft.field.unit': 'Enhet',
	'strategy_draft.translate.title': 'Programmets språkversioner',
	'strategy_draft.translate.intro':
		'Programmets originalspråk är {original}. Här översätter du det: varje originaltext med sin översättning. En text som saknar aktuell översättning visas på originalspråket i språkversionen och i filerna.',
	'strategy_draft.translate.languages': 'Översättningsspråk',
	'strategy_draft.translate.is_original': 'Detta är programmets originalspråk; redigera det på programsidan.',
	'strategy_draft.translate.all_done': 'Alla texter är översatta och översättningarna är aktuella.',
	'strategy_draft.translate.open': 'Inte översatta eller inaktuella: {n} / {total}',
	'strategy_draft.translate.only_open': 'Visa bara texter som behöver översättas',
	'strategy_draft.translate.translation': 'Översättning ({language})',
	'strategy_draft.translate.state.missing': 'Inte översatt',
	'strategy_draft.translate.state.outdated': 'Originalet har ändrats',
	'strategy_draft.translate.state.done': 'Översatt',
	'strategy_draft.translate.link': 'Språkversioner och översättningar',
	'strategy_draft.phase.label': 'Tidpunkt under fullmäktigeperioden',
	'strategy_draft.phase.year1': 'År 1',
	'strategy_draft.phase.years1_2': 'År 1–2',
	'strategy_draft.phase.years2_4': 'År 2–4',
	'strategy_draft.phase.custom': 'Egen start och slut'
} as const;
