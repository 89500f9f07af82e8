/** Review flow, curation, publishing and the index report (sv). Spread into ../sv.ts. */
export const sv = {
	'review.heading': 'Granskning av svaren · {municipality} {year}',
	'review.rest_ok': {
		one: 'Markera områdets {count} obedömda svar som i sin ordning',
		other: 'Markera alla {count} obedömda svar i området som i sin ordning'
	},
	'review.rest_ok_done': {
		one: '{count} svar markerades som i sin ordning.',
		other: '{count} svar markerades som i sin ordning.'
	},
	'review.rest_ok_none': 'Alla svar i området har bedömts.',
	'review.return_open': 'Returnera till arbetsgruppen…',
	'review.return_consequence':
		'Omgången går tillbaka till arbetsgruppen i {municipality} som utkast: svaren kan ändras igen och omgången måste lämnas in på nytt. Dina bedömningar syns för arbetsgruppen.',
	'review.return_note': 'Följebrev till arbetsgruppen (valfritt)',
	'review.return_note_hint': 'Koordinatorn ser det på omgångens sida. Högsta antal tecken: {max}.',
	'review.return_confirm': 'Returnera omgången till {municipality}',
	'review.returned_ok': 'Omgången {municipality} {year} returnerades till arbetsgruppen.',
	'review.return_note_heading': 'Expertens följebrev',
	'review.published_ok': 'Resultaten för {municipality} {year} publicerades. Poängen är nu låsta.',
	'review.bulk.heading': 'Besluta om flera på en gång',
	'review.bulk.help':
		'Kryssa för rekommendationer nedan, välj åtgärd och verkställ. Nyckelrekommendationerna kommer först i rapporten.',
	'review.bulk.select': 'Välj rekommendation {n}',
	'review.bulk.action': 'Åtgärd',
	'review.bulk.accept': 'Godkänn',
	'review.bulk.reject': 'Avslå med motiveringen nedan',
	'review.bulk.key': 'Godkänn och markera som nyckelrekommendation',
	'review.bulk.unkey': 'Ta bort markeringen som nyckelrekommendation',
	'review.bulk.reason': 'Motivering för avslag',
	'review.bulk.apply': 'Verkställ för de valda',
	'review.bulk.none_selected': 'Välj först minst en rekommendation.',
	'review.bulk.done': {
		one: '{count} rekommendation uppdaterades.',
		other: '{count} rekommendationer uppdaterades.'
	},
	'review.key_badge': 'Nyckelrekommendation',
	'review.keys_count': 'Valda nyckelrekommendationer: {count} (för publicering: {min}–{max}).',
	'review.to_publish': 'Gå vidare till publicering',
	'review.publish.title': 'Publicera resultaten',
	'review.publish.heading': 'Publicera resultaten · {municipality} {year}',
	'review.publish.undecided_heading': {
		one: '{count} rekommendation är ännu inte avgjord',
		other: '{count} rekommendationer är ännu inte avgjorda'
	},
	'review.publish.none_undecided': 'Alla rekommendationer har godkänts eller avslagits.',
	'review.publish.review_link': 'Gå igenom dem först',
	'review.publish.choice_legend': 'Vad som görs med de rekommendationer som inte är avgjorda',
	'review.publish.choice.accept': 'Godkänn alla: de tas med i rapporten och strategiutkastet',
	'review.publish.choice.leave_out':
		'Lämna bort dem: de tas inte med i rapporten eller strategiutkastet (antecknas i loggen)',
	'review.publish.consequence':
		'Publiceringen låser poängen för {municipality} {year} och visar rapporten för alla i kommunen. Senare ändringar är korrigeringar som höjer versionsnumret.',
	'review.publish.undecided_choice': {
		one: '{count} rekommendation är ännu inte avgjord: välj om den ska godkännas eller lämnas bort.',
		other: '{count} rekommendationer är ännu inte avgjorda: välj om de ska godkännas eller lämnas bort.'
	},
	'review.publish.keys_range':
		'Välj {min}–{max} nyckelrekommendationer bland de godkända. Valda nu: {count}.',
	'review.publish.back': 'Tillbaka till rekommendationerna',
	'review.report.key': 'Nyckelrekommendationer',
	'review.report.compare_caption': '{area}: {municipality} jämfört med urvalet',
	'review.report.series': 'Grupp',
	'review.report.score': 'Poäng (0–100)',
	'review.report.peers': 'Jämförelsekommuner',
	'review.report.series_sample': 'Hela urvalet, medelvärde',
	'review.report.series_band': 'Invånarantal {band}, medelvärde',
	'review.report.no_peers': 'inga jämförelsekommuner ännu',
	'review.report.docx': 'Ladda ner rapporten (Word)',
	'review.report.narrative': 'Expertens bedömning'
} as const;
