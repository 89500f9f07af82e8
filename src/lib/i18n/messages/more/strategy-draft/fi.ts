/** Strategy drafting, indicators, situation picture, languages and exports (fi). Spread into ../fi.ts. */
export const fi = {
	'strategy_draft.dimension_indicator': '{dimension} (hyvien väestösuhteiden indeksi)',
	'strategy_draft.score_unit': '/ 100',
	'strategy_draft.export.schedule': 'Aikataulu',
	'strategy_draft.export.cost': 'Kustannusarvio',
	'strategy_draft.export.cost_value': '{amount} € vuodessa',
	'strategy_draft.export.budget_line': 'Talousarvion kohta',
	'strategy_draft.export.key': 'sisältää asiantuntijan avainsuosituksen',
	'strategy_draft.export.frequency': 'Mittausväli',
	'strategy_draft.export.indicator_owner': 'Raportoi',
	'strategy_draft.export.key_measures': 'Keskeiset toimenpiteet',
	'strategy_draft.export.period': 'Ohjelmakausi',
	'strategy_draft.topic.moving': 'Kuntaan muuton syyt',
	'strategy_draft.topic.languages': 'Kielet',
	'strategy_draft.topic.age': 'Ikärakenne',
	'strategy_draft.topic.employment': 'Työllisyys ja koulutus',
	'strategy_draft.topic.placements': 'Pakolaisten kuntaan osoittaminen',
	'strategy_draft.topic.consulted': 'Keitä valmistelussa kuultiin',
	'strategy_draft.topic_prompt.moving':
		'Miksi maahanmuuttajataustaiset asukkaat ovat tulleet kuntaan: työ, opiskelu, perhe, kansainvälinen suojelu? Miten tämä on muuttunut?',
	'strategy_draft.topic_prompt.languages':
		'Suurimmat kieliryhmät sekä se, millä kielillä asukkaat tarvitsevat tietoa ja palveluja.',
	'strategy_draft.topic_prompt.age':
		'Maahanmuuttajataustaisten asukkaiden ikärakenne: lapset ja nuoret, työikäiset, ikääntyneet.',
	'strategy_draft.topic_prompt.employment':
		'Maahanmuuttajataustaisten asukkaiden työllisyys, työttömyys ja koulutus sekä työllisyysalueen näkemys.',
	'strategy_draft.topic_prompt.placements':
		'Elinvoimakeskuksen (entisen ELY-keskuksen) kanssa sovitut kuntapaikat, viime vuosina saapuneet ja lähivuosien suunnitelma.',
	'strategy_draft.topic_prompt.consulted':
		'Ketkä osallistuivat ohjelman valmisteluun: maahanmuuttajataustaiset asukkaat, järjestöt, hyvinvointialue, työllisyysalue ja muut viranomaiset.',
	'strategy_draft.step.heading': 'Valitse suositukset, joista tulee toimenpiteitä',
	'strategy_draft.step.intro':
		'Jokaisesta valitusta suosituksesta tulee yksi toimenpide, joka kirjoitetaan kunnan omaksi sitoumukseksi ja jolla on vastuutaho, kumppanit ja aikataulu valtuustokaudelle. Asiantuntijan avainsuosituksiin perustuvat toimenpiteet tulevat ensin ja alkavat ensimmäisenä vuonna. Suositusta laatia tämä ohjelma ei tarjota toimenpiteeksi.',
	'strategy_draft.step.language': 'Luonnoksen kieli',
	'strategy_draft.step.language_hint':
		'Kaksi muuta kieltä laaditaan käännöksiksi, jotka voit tarkistaa ja muokata.',
	'strategy_draft.step.combine': 'Yhdistä kunkin osa-alueen suositukset yhdeksi toimenpiteeksi',
	'strategy_draft.step.combine_hint':
		'Ohjelmasta tulee lyhyempi, kun kullakin osa-alueella on yksi laajempi toimenpide eikä jokaisesta suosituksesta tehdä omaa toimenpidettä.',
	'strategy_draft.step.all': 'Valitse kaikki',
	'strategy_draft.step.none': 'Poista valinnat',
	'strategy_draft.step.none_accepted':
		'Hyväksyttyjä suosituksia ei ole: luonnokseen ei tule toimenpiteitä, ja voit lisätä omia.',
	'strategy_draft.step.key': 'Avainsuositus',
	'strategy_draft.step.count':
		'Valittuja suosituksia: {chosen} / {total}. Toimenpiteitä luonnoksessa: {measures}.',
	'strategy_draft.step.many':
		'Toimenpiteitä on enemmän kuin valtuuston hyväksymässä ohjelmassa yleensä (enintään {max}): poista valintoja tai yhdistä kunkin politiikka-alueen suositukset.',
	'strategy_draft.export_language': 'Tiedoston kieli',
	'strategy_draft.original': 'alkuperäinen',
	'strategy_draft.preparing': 'Tiedostoa valmistellaan…',
	'strategy_draft.prepared': 'Tiedosto on valmis: {name}',
	'strategy_draft.export_failed': 'Tiedostoa ei voitu valmistella. Yritä uudelleen.',
	'strategy_draft.field.description': 'Mitä kunta tekee',
	'strategy_draft.field.cost': 'Kustannusarvio, € vuodessa',
	'strategy_draft.field.unit': 'Yksikkö',
	'strategy_draft.translate.title': 'Ohjelman kieliversiot',
	'strategy_draft.translate.intro':
		'Ohjelman alkuperäinen kieli on {original}. Täällä käännät sen: jokainen alkuperäinen teksti ja sen käännös. Jos tekstillä ei ole ajantasaista käännöstä, se näkyy kieliversiossa ja tiedostoissa alkuperäiskielellä.',
	'strategy_draft.translate.languages': 'Käännöskieli',
	'strategy_draft.translate.is_original':
		'Tämä on ohjelman alkuperäinen kieli; muokkaa sitä ohjelman sivulla.',
	'strategy_draft.translate.all_done': 'Kaikki tekstit on käännetty ja käännökset ovat ajan tasalla.',
	'strategy_draft.translate.open': 'Kääntämättä tai vanhentuneita: {n} / {total}',
	'strategy_draft.translate.only_open': 'Näytä vain käännettävät tekstit',
	'strategy_draft.translate.translation': 'Käännös ({language})',
	'strategy_draft.translate.state.missing': 'Kääntämättä',
	'strategy_draft.translate.state.outdated': 'Alkuperäistä muutettu',
	'strategy_draft.translate.state.done': 'Käännetty',
	'strategy_draft.translate.link': 'Kieliversiot ja käännökset',
	'strategy_draft.phase.label': 'Ajoitus valtuustokaudella',
	'strategy_draft.phase.year1': '1. vuosi',
	'strategy_draft.phase.years1_2': '1.–2. vuosi',
	'strategy_draft.phase.years2_4': '2.–4. vuosi',
	'strategy_draft.phase.custom': 'Oma alku ja loppu'
} as const;
