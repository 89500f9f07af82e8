/** Review flow, curation, publishing and the index report (en). Spread into ../en.ts. */
export const en = {
	'review.heading': 'Review of answers · {municipality} {year}',
	'review.rest_ok': {
		one: 'Mark the {count} unassessed answer of this area OK',
		other: 'Mark all {count} unassessed answers of this area OK'
	},
	'review.rest_ok_done': { one: '{count} answer marked OK.', other: '{count} answers marked OK.' },
	'review.rest_ok_none': 'Every answer of this area has been assessed.',
	'review.return_open': 'Return to the working group…',
	'review.return_consequence':
		'The round goes back to the working group of {municipality} as a draft: they can change the answers again and must submit the round anew. Your assessments stay visible to them.',
	'review.return_note': 'Covering note to the working group (optional)',
	'review.return_note_hint': 'The coordinator sees it on the round page. Character limit: {max}.',
	'review.return_confirm': 'Return the round to {municipality}',
	'review.returned_ok': 'The round {municipality} {year} was returned to the working group.',
	'review.return_note_heading': 'Covering note from the expert',
	'review.published_ok': 'The results of {municipality} {year} were published. The scores are now frozen.',
	'review.bulk.heading': 'Decide on several at once',
	'review.bulk.help':
		'Tick recommendations below, choose what to do with them and apply. Key recommendations come first in the report.',
	'review.bulk.select': 'Select recommendation {n}',
	'review.bulk.action': 'Action',
	'review.bulk.accept': 'Accept',
	'review.bulk.reject': 'Reject with the reason below',
	'review.bulk.key': 'Accept and mark as key recommendation',
	'review.bulk.unkey': 'Remove the key marking',
	'review.bulk.reason': 'Reason for rejecting',
	'review.bulk.apply': 'Apply to the selected',
	'review.bulk.none_selected': 'Select at least one recommendation first.',
	'review.bulk.done': {
		one: '{count} recommendation updated.',
		other: '{count} recommendations updated.'
	},
	'review.key_badge': 'Key recommendation',
	'review.keys_count': 'Key recommendations chosen: {count} (to publish: {min}–{max}).',
	'review.to_publish': 'Continue to publishing',
	'review.publish.title': 'Publish the results',
	'review.publish.heading': 'Publish the results · {municipality} {year}',
	'review.publish.undecided_heading': {
		one: '{count} recommendation is still undecided',
		other: '{count} recommendations are still undecided'
	},
	'review.publish.none_undecided': 'Every recommendation has been accepted or rejected.',
	'review.publish.review_link': 'Review them first',
	'review.publish.choice_legend': 'What to do with the undecided recommendations',
	'review.publish.choice.accept': 'Accept them all: they go into the report and the strategy draft',
	'review.publish.choice.leave_out':
		'Leave them out: they stay out of the report and the strategy draft (recorded in the audit log)',
	'review.publish.consequence':
		'Publishing freezes the scores of {municipality} {year} and shows the report to everyone in the municipality. Later changes are corrections that raise the revision.',
	'review.publish.undecided_choice': {
		one: '{count} recommendation is still undecided: choose whether to accept it or leave it out.',
		other: '{count} recommendations are still undecided: choose whether to accept them or leave them out.'
	},
	'review.publish.keys_range':
		'Choose key recommendations among the accepted ones, from {min} to {max}. Chosen now: {count}.',
	'review.publish.back': 'Back to recommendations',
	'review.report.key': 'Key recommendations',
	'review.report.compare_caption': '{area}: {municipality} compared with the sample',
	'review.report.series': 'Group',
	'review.report.score': 'Score (0–100)',
	'review.report.peers': 'Peers',
	'review.report.series_sample': 'Whole sample, mean',
	'review.report.series_band': 'Population {band}, mean',
	'review.report.no_peers': 'no peers yet',
	'review.report.docx': 'Download the report (Word)',
	'review.report.narrative': 'Expert’s assessment'
} as const;
