/** Answering page: reading view, presence, live updates, save announcements, the round stepper (sv). Spread into ../sv.ts. */
export const sv = {
	'error.live_too_many':
		'För många sidor är öppna med direktuppdateringar. Stäng några flikar och ladda om sidan.',
	'live.others_here': 'Också på det här området nu: {names}',
	'live.updated': '{name} sparade fråga {n}.',
	'live.announce_saved': 'Fråga {n} sparad.',
	'live.announce_failed':
		'Fråga {n} kunde inte sparas. Svaret finns kvar här och sparas på nytt automatiskt.',
	'live.announce_conflict':
		'Fråga {n}: någon annan sparade ett annat svar. Välj vilket svar som ska behållas.',
	'live.announce_invalid': 'Fråga {n} sparades inte: {reason}',
	'live.announce_signed_out': 'Fråga {n} sparades inte: din session har gått ut.',
	'live.signed_out': 'Din session har gått ut. Ditt osparade svar finns kvar på den här sidan.',
	'live.sign_in_again': 'Logga in igen',
	'live.restored': 'Ditt osparade svar från före inloggningen har återställts.',
	'reading.answer': 'Svar',
	'reading.last_saved': 'Senast besvarad av {name}, {time}.',
	// The status stepper above every round page, the answering page included.
	'journeys.stepper.label': 'Var omgången befinner sig',
	'journeys.stepper.assign': 'Fördelning',
	'journeys.stepper.answer': 'Svar',
	'journeys.stepper.submit': 'Inlämning',
	'journeys.stepper.review': 'Granskning',
	'journeys.stepper.publish': 'Publicering',
	'journeys.stepper.strategy': 'Strategi',
	'journeys.stepper.done': 'klart',
	'journeys.stepper.current': 'nuvarande steg',
	'journeys.stepper.todo': 'kommer'
} as const;
