/** Results home, status stepper, dashboard guidance, layouts and accessibility (en). Spread into ../en.ts. */
export const en = {
	'journeys.confirm.cancel': 'Cancel',
	'journeys.submit.trigger': 'Submit the round…',
	'journeys.submit.consequence':
		'Submitting sends the answers of {municipality} to the expert for review. The working group can no longer edit them unless the expert returns the round.',
	'journeys.submit.confirm': 'Yes, submit for review',
	'journeys.submitted':
		'The answers of {municipality} were submitted for review. The working group can no longer edit them.'
} as const;
