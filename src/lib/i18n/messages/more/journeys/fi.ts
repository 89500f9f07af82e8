/** Results home, status stepper, dashboard guidance, layouts and accessibility (fi). Spread into ../fi.ts. */
export const fi = {
	'journeys.confirm.cancel': 'Peruuta',
	'journeys.submit.trigger': 'Lähetä kierros…',
	'journeys.submit.consequence':
		'Lähettäminen vie kunnan {municipality} vastaukset asiantuntijan arvioitavaksi. Työryhmä ei voi enää muokata niitä, ellei asiantuntija palauta kierrosta.',
	'journeys.submit.confirm': 'Kyllä, lähetä arvioitavaksi',
	'journeys.submitted':
		'Kunnan {municipality} vastaukset lähetettiin arvioitavaksi. Työryhmä ei voi enää muokata niitä.',
	'journeys.trend.one_round':
		'Muutos kierrosten välillä piirretään, kun toinen kierros on julkaistu. Siihen asti alla oleva taulukko näyttää tämän kierroksen.',
	'journeys.trend.pick': 'Piirrettävät osa-alueet (enintään {max} kerrallaan kokonaisindeksin lisäksi)',
	'journeys.round_name': '{title} – kierros {year}',
	'journeys.not_scored': 'ei vielä pisteitä',
	'journeys.report.more': 'Jatka tulosten parissa',
	'journeys.welcome': 'Tervetuloa! Tilisi on valmis. Kunkin kunnan kortissa alla näkyy seuraava vaiheesi.',
	'journeys.waits': 'Odottaa sinua',
	'journeys.your_step': 'Seuraava vaiheesi',
	'journeys.next.expert.submitted': 'Työryhmä on lähettänyt vastauksensa. Avaa kierros arvioitavaksi.',
	'journeys.next.expert.in_review':
		'Vie arviointi loppuun: arvioi vastaukset, kirjoita suositukset ja julkaise.',
	'journeys.next.expert.draft':
		'Työryhmä vastaa vielä kysymyksiin. Arviointi alkaa, kun se lähettää vastaukset.',
	'journeys.next.expert.published': 'Tulokset on julkaistu. Lue raportti tai korjaa sitä tarvittaessa.',
	'journeys.next.coordinator.draft':
		'Jaa osa-alueet vastaajille, seuraa vastaamista ja lähetä kierros asiantuntijalle, kun se on valmis.',
	'journeys.next.coordinator.submitted':
		'Kierros odottaa asiantuntijaa. Voit vielä ottaa sen takaisin, kunnes arviointi alkaa.',
	'journeys.next.coordinator.in_review':
		'Asiantuntija arvioi vastauksia. Sinulta ei tarvita toimia ennen kuin kierros palaa.',
	'journeys.next.coordinator.published':
		'Tulokset on julkaistu. Käy ne läpi johdon kanssa ja laadi paikallisen kotoutumisstrategian luonnos.',
	'journeys.next.member.draft': 'Vastaa sinulle osoitettujen osa-alueiden kysymyksiin.',
	'journeys.next.member.unassigned':
		'Koordinaattori ei ole vielä osoittanut sinulle osa-alueita tällä kierroksella.',
	'journeys.next.member.submitted':
		'Kierros on lähetetty. Sinulta ei tarvita toimia ennen asiantuntijan arviota.',
	'journeys.next.member.in_review':
		'Asiantuntija arvioi vastauksia. Sinulta ei tarvita toimia ennen julkaisua.',
	'journeys.next.member.published': 'Tulokset on julkaistu. Lue raportti.',
	'journeys.next.leader.draft':
		'Työryhmä vastaa kysymyksiin. Tulokset tulevat sinulle, kun asiantuntija julkaisee ne.',
	'journeys.next.leader.submitted':
		'Vastaukset ovat asiantuntijalla. Tulokset tulevat sinulle julkaisun jälkeen.',
	'journeys.next.leader.in_review':
		'Asiantuntija arvioi vastauksia. Tulokset tulevat sinulle julkaisun jälkeen.',
	'journeys.next.leader.published': 'Tulokset ovat valmiit: kokonaisindeksi, vertailu ja strategialuonnos.',
	'journeys.go.round': 'Avaa kierros',
	'journeys.go.area': 'Vastaa osa-alueisiini',
	'journeys.go.review': 'Avaa arviointi',
	'journeys.go.results': 'Avaa tulokset',
	'journeys.go.report': 'Lue raportti',
	'journeys.results.title': 'Tulokset',
	'journeys.results.next': 'Lue lisää',
	'journeys.results.report_hint':
		'Pisteet, vahvuudet, heikkoudet ja asiantuntijan suositukset tulostettavassa muodossa.',
	'journeys.results.compare_hint': 'Miten kunta sijoittuu samankaltaisiin kuntiin verrattuna.',
	'journeys.results.strategy_none': 'Luonnosta ei ole vielä laadittu.',
	'journeys.results.strategy_version': 'Luonnoksen versio {version} · kommentteja: {comments}',
	'journeys.results.recommendations': 'Hyväksyttyjä suosituksia: {count}'
} as const;
