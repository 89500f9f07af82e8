/** Answering page: reading view, presence, live updates, save announcements, the round stepper (en). Spread into ../en.ts. */
export const en = {
	'error.live_too_many': 'Too many pages are open with live updates. Close some tabs and reload.',
	'live.others_here': 'Also on this area now: {names}',
	'live.updated': '{name} saved question {n}.',
	'live.announce_saved': 'Question {n} saved.',
	'live.announce_failed': 'Question {n} could not be saved. It is kept here and will be retried.',
	'live.announce_conflict': 'Question {n}: someone else saved a different answer. Choose which one to keep.',
	'live.announce_invalid': 'Question {n} not saved: {reason}',
	'live.announce_signed_out': 'Question {n} not saved: your session has ended.',
	'live.signed_out': 'Your session has ended. Your unsaved answer is kept on this page.',
	'live.sign_in_again': 'Sign in again',
	'live.restored': 'Your unsaved answer from before signing in was restored.',
	'reading.answer': 'Answer',
	'reading.last_saved': 'Last answered by {name}, {time}.',
	// The status stepper above every round page, the answering page included.
	'journeys.stepper.label': 'Where the round is',
	'journeys.stepper.assign': 'Assign',
	'journeys.stepper.answer': 'Answer',
	'journeys.stepper.submit': 'Submit',
	'journeys.stepper.review': 'Review',
	'journeys.stepper.publish': 'Publish',
	'journeys.stepper.strategy': 'Strategy',
	'journeys.stepper.done': 'done',
	'journeys.stepper.current': 'current step',
	'journeys.stepper.todo': 'to come'
} as const;
