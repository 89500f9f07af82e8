/** The areas × people assignment grid (fi). Spread into ../fi.ts. */
export const fi = {
	'assignment.title': 'Nimeä alueiden vastuuhenkilöt',
	'assignment.heading': 'Alueiden vastuuhenkilöt · {municipality} {year}',
	'assignment.heading_read': 'Kuka vastaa mistäkin alueesta · {municipality} {year}',
	'assignment.intro':
		'Valitse kullekin politiikka-alueelle vastuuhenkilöt ja tallenna lopuksi kerran. Kuka tahansa työryhmästä voi vastata mihin tahansa alueeseen, mutta vastuuhenkilö huolehtii, että alueen kysymyksiin vastataan.',
	'assignment.back': 'Takaisin arviointikierrokseen',
	'assignment.grid_label': 'Politiikka-alueet ja niiden vastuuhenkilöt',
	'assignment.area_col': 'Politiikka-alue',
	'assignment.required': 'Pakollinen',
	'assignment.optional': 'Valinnainen',
	'assignment.cell': '{area} – {person}',
	'assignment.all_areas': 'Kaikki alueet',
	'assignment.all_areas_for': 'Kaikki alueet: {person}',
	'assignment.no_areas': 'Ei alueita',
	'assignment.no_areas_for': 'Ei alueita: {person}',
	'assignment.save': 'Tallenna vastuuhenkilöt',
	'assignment.saved': {
		one: 'Kunnan {municipality} vastuuhenkilöt tallennettiin: {count} alue muuttui.',
		other: 'Kunnan {municipality} vastuuhenkilöt tallennettiin: {count} aluetta muuttui.'
	},
	'assignment.read_only':
		'Kierroksen vastausvaihe on päättynyt, joten vastuuhenkilöitä voi vain tarkastella.',
	'assignment.no_people':
		'Työryhmässä ei ole vielä jäseniä. Kutsu jäsenet kunnan sivulla ja palaa sitten tänne.'
} as const;
