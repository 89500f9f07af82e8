/** Results home, status stepper, dashboard guidance, layouts and accessibility (en). Spread into ../en.ts. */
export const en = {
	'journeys.confirm.cancel': 'Cancel',
	'journeys.submit.trigger': 'Submit the round…',
	'journeys.submit.consequence':
		'Submitting sends the answers of {municipality} to the expert for review. The working group can no longer edit them unless the expert returns the round.',
	'journeys.submit.confirm': 'Yes, submit for review',
	'journeys.submitted':
		'The answers of {municipality} were submitted for review. The working group can no longer edit them.',
	'journeys.trend.one_round':
		'Change across rounds is drawn once a second round has been published; until then the table below shows this round.',
	'journeys.trend.pick': 'Areas drawn (at most {max} at a time, besides the overall index)',
	'journeys.round_name': '{title} — round {year}',
	'journeys.not_scored': 'not yet scored',
	'journeys.report.more': 'Continue with the results',
	'journeys.welcome':
		'Welcome! Your account is ready. Each card below shows your next step in that municipality.',
	'journeys.waits': 'Waits for you',
	'journeys.your_step': 'Your next step',
	'journeys.next.expert.submitted': 'The working group has submitted its answers. Open the round for review.',
	'journeys.next.expert.in_review':
		'Finish the review: assess the answers, write the recommendations and publish.',
	'journeys.next.expert.draft':
		'The working group is still answering. You will be asked to review once it submits.',
	'journeys.next.expert.published': 'The results are published. Read the report or correct it if needed.',
	'journeys.next.coordinator.draft':
		'Assign the policy areas, follow the answers and submit the round to the expert when it is complete.',
	'journeys.next.coordinator.submitted':
		'The round is waiting for the expert. You can still take it back until the review starts.',
	'journeys.next.coordinator.in_review':
		'The expert is reviewing the answers. Nothing to do until it comes back.',
	'journeys.next.coordinator.published':
		'The results are published. Read them with your leaders and draft the local integration strategy.',
	'journeys.next.member.draft': 'Answer the questions of the policy areas assigned to you.',
	'journeys.next.member.unassigned':
		'The coordinator has not assigned policy areas to you yet in this round.',
	'journeys.next.member.submitted':
		'The round has been submitted. Nothing to do until the expert has reviewed it.',
	'journeys.next.member.in_review':
		'The expert is reviewing the answers. Nothing to do until it is published.',
	'journeys.next.member.published': 'The results are published. Read the report.',
	'journeys.next.leader.draft':
		'The working group is answering. The results come to you once the expert publishes them.',
	'journeys.next.leader.submitted':
		'The answers are with the expert. The results come to you once published.',
	'journeys.next.leader.in_review':
		'The expert is reviewing the answers. The results come to you once published.',
	'journeys.next.leader.published':
		'The results are ready: the overall index, the comparison and the strategy draft.',
	'journeys.go.round': 'Open the round',
	'journeys.go.area': 'Answer my areas',
	'journeys.go.review': 'Open the review',
	'journeys.go.results': 'Open the results',
	'journeys.go.report': 'Read the report',
	'journeys.results.title': 'Results',
	'journeys.results.next': 'Read further',
	'journeys.results.report_hint':
		'Scores, strengths, weaknesses and the expert’s recommendations, ready to print.',
	'journeys.results.compare_hint': 'How the municipality stands against similar municipalities.',
	'journeys.results.strategy_none': 'Not drafted yet.',
	'journeys.results.strategy_version': 'Draft version {version} · comments: {comments}',
	'journeys.results.recommendations': 'Accepted recommendations: {count}'
} as const;
