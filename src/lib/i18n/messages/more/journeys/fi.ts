/** Results home, status stepper, dashboard guidance, layouts and accessibility (fi). Spread into ../fi.ts. */
export const fi = {
	'journeys.confirm.cancel': 'Peruuta',
	'journeys.submit.trigger': 'Lähetä kierros…',
	'journeys.submit.consequence':
		'Lähettäminen vie kunnan {municipality} vastaukset asiantuntijan arvioitavaksi. Työryhmä ei voi enää muokata niitä, ellei asiantuntija palauta kierrosta.',
	'journeys.submit.confirm': 'Kyllä, lähetä arvioitavaksi',
	'journeys.submitted':
		'Kunnan {municipality} vastaukset lähetettiin arvioitavaksi. Työryhmä ei voi enää muokata niitä.'
} as const;
