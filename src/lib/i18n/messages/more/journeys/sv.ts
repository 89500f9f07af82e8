/** Results home, status stepper, dashboard guidance, layouts and accessibility (sv). Spread into ../sv.ts. */
export const sv = {
	'journeys.confirm.cancel': 'Avbryt',
	'journeys.submit.trigger': 'Skicka in omgången…',
	'journeys.submit.consequence':
		'När du skickar in går svaren för {municipality} till experten för granskning. Arbetsgruppen kan inte längre redigera dem om inte experten returnerar omgången.',
	'journeys.submit.confirm': 'Ja, skicka in för granskning',
	'journeys.submitted':
		'Svaren för {municipality} skickades in för granskning. Arbetsgruppen kan inte längre redigera dem.',
	'journeys.trend.one_round':
		'Förändringen mellan omgångarna ritas när en andra omgång har publicerats. Tills dess visar tabellen nedan den här omgången.',
	'journeys.trend.pick': 'Områden i diagrammet (högst {max} åt gången, utöver totalindexet)',
	'journeys.round_name': '{title} – omgång {year}',
	'journeys.not_scored': 'inga poäng ännu',
	'journeys.report.more': 'Fortsätt med resultaten',
	'journeys.welcome':
		'Välkommen! Ditt konto är klart. Varje kort nedan visar ditt nästa steg i den kommunen.',
	'journeys.waits': 'Väntar på dig',
	'journeys.your_step': 'Ditt nästa steg',
	'journeys.next.expert.submitted': 'Arbetsgruppen har skickat in sina svar. Öppna omgången för granskning.',
	'journeys.next.expert.in_review':
		'Slutför granskningen: bedöm svaren, skriv rekommendationerna och publicera.',
	'journeys.next.expert.draft':
		'Arbetsgruppen svarar fortfarande. Granskningen börjar när den skickar in svaren.',
	'journeys.next.expert.published': 'Resultaten är publicerade. Läs rapporten eller rätta den vid behov.',
	'journeys.next.coordinator.draft':
		'Fördela politikområdena, följ svaren och skicka omgången till experten när den är klar.',
	'journeys.next.coordinator.submitted':
		'Omgången väntar på experten. Du kan fortfarande ta tillbaka den tills granskningen börjar.',
	'journeys.next.coordinator.in_review':
		'Experten granskar svaren. Inget att göra förrän omgången kommer tillbaka.',
	'journeys.next.coordinator.published':
		'Resultaten är publicerade. Gå igenom dem med ledningen och utarbeta ett utkast till lokal integrationsstrategi.',
	'journeys.next.member.draft': 'Besvara frågorna inom de politikområden som tilldelats dig.',
	'journeys.next.member.unassigned':
		'Koordinatorn har ännu inte tilldelat dig några politikområden i den här omgången.',
	'journeys.next.member.submitted':
		'Omgången har skickats in. Inget att göra förrän experten har granskat den.',
	'journeys.next.member.in_review': 'Experten granskar svaren. Inget att göra förrän resultaten publiceras.',
	'journeys.next.member.published': 'Resultaten är publicerade. Läs rapporten.',
	'journeys.next.leader.draft':
		'Arbetsgruppen svarar på frågorna. Resultaten kommer till dig när experten publicerar dem.',
	'journeys.next.leader.submitted':
		'Svaren ligger hos experten. Resultaten kommer till dig när de publicerats.',
	'journeys.next.leader.in_review':
		'Experten granskar svaren. Resultaten kommer till dig när de publicerats.',
	'journeys.next.leader.published': 'Resultaten är klara: totalindexet, jämförelsen och strategiutkastet.',
	'journeys.go.round': 'Öppna omgången',
	'journeys.go.area': 'Besvara mina områden',
	'journeys.go.review': 'Öppna granskningen',
	'journeys.go.results': 'Öppna resultaten',
	'journeys.go.report': 'Läs rapporten',
	'journeys.results.title': 'Resultat',
	'journeys.results.next': 'Läs vidare',
	'journeys.results.report_hint':
		'Poäng, styrkor, svagheter och expertens rekommendationer, klara att skriva ut.',
	'journeys.results.compare_hint': 'Hur kommunen står sig jämfört med liknande kommuner.',
	'journeys.results.strategy_none': 'Inget utkast ännu.',
	'journeys.results.strategy_version': 'Utkast version {version} · kommentarer: {comments}',
	'journeys.results.recommendations': 'Godkända rekommendationer: {count}'
} as const;
