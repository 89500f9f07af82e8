/** Answering page: reading view, presence, live updates, save announcements, the round stepper (fi). Spread into ../fi.ts. */
export const fi = {
	'error.live_too_many':
		'Liian monta sivua on auki reaaliaikaisin päivityksin. Sulje joitakin välilehtiä ja lataa sivu uudelleen.',
	'live.others_here': 'Tällä osa-alueella nyt myös: {names}',
	'live.updated': '{name} tallensi kysymyksen {n}.',
	'live.announce_saved': 'Kysymys {n} tallennettu.',
	'live.announce_failed':
		'Kysymystä {n} ei voitu tallentaa. Vastaus säilyy tässä, ja tallennusta yritetään uudelleen.',
	'live.announce_conflict':
		'Kysymys {n}: joku muu tallensi eri vastauksen. Valitse, kumpi vastaus säilytetään.',
	'live.announce_invalid': 'Kysymystä {n} ei tallennettu: {reason}',
	'live.announce_signed_out': 'Kysymystä {n} ei tallennettu: istuntosi on päättynyt.',
	'live.signed_out': 'Istuntosi on päättynyt. Tallentamaton vastauksesi säilyy tällä sivulla.',
	'live.sign_in_again': 'Kirjaudu uudelleen',
	'live.restored': 'Ennen kirjautumista tallentamatta jäänyt vastauksesi palautettiin.',
	'reading.answer': 'Vastaus',
	'reading.last_saved': 'Viimeksi vastannut {name}, {time}.',
	// The status stepper above every round page, the answering page included.
	'journeys.stepper.label': 'Kierroksen vaihe',
	'journeys.stepper.assign': 'Osa-alueiden jako',
	'journeys.stepper.answer': 'Vastaaminen',
	'journeys.stepper.submit': 'Lähetys',
	'journeys.stepper.review': 'Arviointi',
	'journeys.stepper.publish': 'Julkaisu',
	'journeys.stepper.strategy': 'Strategia',
	'journeys.stepper.done': 'valmis',
	'journeys.stepper.current': 'nykyinen vaihe',
	'journeys.stepper.todo': 'tulossa'
} as const;
