/** Questionnaire 1.1, conditions and version migration (en). Spread into ../en.ts. */
export const en = {
	'questionnaire.move_heading': 'Questionnaire version',
	'questionnaire.move_intro':
		'This round is answered on version {from}. Version {to} replaces it: questions that were asked twice are asked once, questions that do not apply can be left out, and new questions cover Roma and Sámi residents, the national languages, religion and refugee resettlement.',
	'questionnaire.move_effect':
		'Moving keeps every answer that is still valid. Answers to questions no longer asked are deleted and answers that no longer fit their question are cleared (their justification and evidence stay). Areas with changed questions are not compared with earlier rounds. The move cannot be undone.',
	'questionnaire.move_confirm': 'I understand that some answers are deleted or cleared',
	'questionnaire.move_button': 'Move the round to version {to}',
	'questionnaire.move_done':
		'The round now uses version {version}. Answers kept: {carried}; deleted: {removed}; cleared: {cleared}.',
	'questionnaire.not_comparable': 'not comparable',
	'questionnaire.not_comparable_note':
		'Marked not comparable: the area’s questions changed between questionnaire versions, so its change is not shown.',
	'questionnaire.method_heading': 'Conditional questions, “not applicable” and dimension tags',
	'questionnaire.method_conditions':
		'Some questions are asked only when an earlier answer makes them relevant: for example, what the integration plan contains is asked only when the municipality has a plan. A question hidden by such a condition is not applicable: it leaves both the points earned and the maximum points, it is not shown on the answering page and it does not count as missing. If an earlier answer changes so that the question is hidden, its stored answer is kept but no longer counts.',
	'questionnaire.method_not_applicable':
		'Where a service can be structurally absent, for example an advisory body in a small municipality or relations between the national languages in a monolingual one, the question offers “not applicable”. Its help text says when that answer is right. Like a hidden question, it leaves both earned and maximum points; “don’t know” counts as 0 points.',
	'questionnaire.method_dimensions':
		'From version 1.1, each scored question is tagged with the dimension of good population relations whose monitoring themes it measures: attitudes towards other groups; the feeling of safety, including experiences of discrimination, harassment and hate speech; interaction between groups; and participation, including awareness of rights, access to support and trust in decision-making. A question carries two dimensions only when it measures both. Because the tags changed, dimension scores are not comparable between versions 1.0 and 1.1.',
	'questionnaire.method_versions':
		'Each questionnaire version states how every question of the version it replaces carries over. Change between rounds is shown only for areas whose scored questions stayed the same.'
} as const;
