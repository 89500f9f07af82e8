/** The areas × people assignment grid (en). Spread into ../en.ts. */
export const en = {
	'assignment.title': 'Assign areas to people',
	'assignment.heading': 'Assign areas to people · {municipality} {year}',
	'assignment.heading_read': 'Who answers which area · {municipality} {year}',
	'assignment.intro':
		'Tick who answers each policy area, then save once. Anyone in the working group can answer any area; the people ticked see to it that their areas get answered.',
	'assignment.back': 'Back to the round',
	'assignment.grid_label': 'Policy areas and the people who answer them',
	'assignment.area_col': 'Policy area',
	'assignment.required': 'Required',
	'assignment.optional': 'Optional',
	'assignment.cell': '{area} – {person}',
	'assignment.all_areas': 'All areas',
	'assignment.all_areas_for': 'All areas: {person}',
	'assignment.no_areas': 'No areas',
	'assignment.no_areas_for': 'No areas: {person}',
	'assignment.save': 'Save assignments',
	'assignment.saved': {
		one: 'Assignments of {municipality} saved: {count} area changed.',
		other: 'Assignments of {municipality} saved: {count} areas changed.'
	},
	'assignment.read_only': 'The round is no longer being answered, so the assignments can only be read.',
	'assignment.no_people':
		'The working group has no members yet. Invite members on the municipality page, then come back.'
} as const;
