/** The areas × people assignment grid (sv). Spread into ../sv.ts. */
export const sv = {
	'assignment.title': 'Utse ansvariga för områdena',
	'assignment.heading': 'Ansvariga för områdena · {municipality} {year}',
	'assignment.heading_read': 'Vem som besvarar vilket område · {municipality} {year}',
	'assignment.intro':
		'Kryssa för vem som ansvarar för varje politikområde och spara sedan en gång. Vem som helst i arbetsgruppen kan besvara alla områden, men den ansvariga ser till att områdets frågor blir besvarade.',
	'assignment.back': 'Tillbaka till bedömningsomgången',
	'assignment.grid_label': 'Politikområdena och deras ansvariga',
	'assignment.area_col': 'Politikområde',
	'assignment.required': 'Obligatoriskt',
	'assignment.optional': 'Valfritt',
	'assignment.cell': '{area} – {person}',
	'assignment.all_areas': 'Alla områden',
	'assignment.all_areas_for': 'Alla områden: {person}',
	'assignment.no_areas': 'Inga områden',
	'assignment.no_areas_for': 'Inga områden: {person}',
	'assignment.save': 'Spara ansvarsfördelningen',
	'assignment.saved': {
		one: 'Ansvarsfördelningen för {municipality} sparades: {count} område ändrades.',
		other: 'Ansvarsfördelningen för {municipality} sparades: {count} områden ändrades.'
	},
	'assignment.read_only': 'Omgången besvaras inte längre, så ansvarsfördelningen kan bara läsas.',
	'assignment.no_people':
		'Arbetsgruppen har ännu inga medlemmar. Bjud in medlemmar på kommunens sida och kom sedan tillbaka.'
} as const;
