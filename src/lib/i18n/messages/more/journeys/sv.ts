/** Results home, status stepper, dashboard guidance, layouts and accessibility (sv). Spread into ../sv.ts. */
export const sv = {
	'journeys.confirm.cancel': 'Avbryt',
	'journeys.submit.trigger': 'Skicka in omgången…',
	'journeys.submit.consequence':
		'När du skickar in går svaren för {municipality} till experten för granskning. Arbetsgruppen kan inte längre redigera dem om inte experten returnerar omgången.',
	'journeys.submit.confirm': 'Ja, skicka in för granskning',
	'journeys.submitted':
		'Svaren för {municipality} skickades in för granskning. Arbetsgruppen kan inte längre redigera dem.'
} as const;
