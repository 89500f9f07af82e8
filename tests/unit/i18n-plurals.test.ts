import { describe, expect, it } from 'vitest';
import { PASSWORD_MIN } from '../../src/lib/domain/validation/account-forms';
import type { MessageKey, MessageParams, PluralKey, PluralMessage } from '../../src/lib/i18n/format';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales';
import { en } from '../../src/lib/i18n/messages/en';
import { translate } from '../../src/lib/i18n/translate';

interface PluralCase {
	/** The message's other parameters; the count itself (`count`, or the one its `by` names) is added. */
	params?: (n: number) => MessageParams;
	/** The text for 0, 1 and 2 in each language, written out. */
	en: [string, string, string];
	fi: [string, string, string];
	sv: [string, string, string];
}

/** Every plural message of the catalogue; the type makes a new plural message fail here until it is added. */
const CASES: Record<PluralKey, PluralCase> = {
	'assignment.saved': {
		params: () => ({ municipality: 'Koivuranta' }),
		en: [
			'Assignments of Koivuranta saved: 0 areas changed.',
			'Assignments of Koivuranta saved: 1 area changed.',
			'Assignments of Koivuranta saved: 2 areas changed.'
		],
		fi: [
			'Kunnan Koivuranta vastuuhenkilöt tallennettiin: 0 aluetta muuttui.',
			'Kunnan Koivuranta vastuuhenkilöt tallennettiin: 1 alue muuttui.',
			'Kunnan Koivuranta vastuuhenkilöt tallennettiin: 2 aluetta muuttui.'
		],
		sv: [
			'Ansvarsfördelningen för Koivuranta sparades: 0 områden ändrades.',
			'Ansvarsfördelningen för Koivuranta sparades: 1 område ändrades.',
			'Ansvarsfördelningen för Koivuranta sparades: 2 områden ändrades.'
		]
	},
	'history.showing_latest': {
		params: () => ({ shown: 10 }),
		en: [
			'Showing the latest 10 of 0 changes.',
			'Showing the latest 10 of 1 change.',
			'Showing the latest 10 of 2 changes.'
		],
		fi: [
			'Näytetään uusimmat 10/0 muutoksesta.',
			'Näytetään uusimmat 10/1 muutos.',
			'Näytetään uusimmat 10/2 muutoksesta.'
		],
		sv: [
			'Visar de senaste 10 av 0 ändringar.',
			'Visar de senaste 10 av 1 ändring.',
			'Visar de senaste 10 av 2 ändringar.'
		]
	},
	'people.count': {
		en: ['0 people found.', '1 person found.', '2 people found.'],
		fi: ['0 henkilöä löytyi.', '1 henkilö löytyi.', '2 henkilöä löytyi.'],
		sv: ['0 personer hittades.', '1 person hittades.', '2 personer hittades.']
	},
	'audit.count': {
		en: ['0 entries.', '1 entry.', '2 entries.'],
		fi: ['0 tapahtumaa.', '1 tapahtuma.', '2 tapahtumaa.'],
		sv: ['0 händelser.', '1 händelse.', '2 händelser.']
	},
	'history.show_all': {
		en: ['Show all 0 changes', 'Show the 1 change', 'Show all 2 changes'],
		fi: ['Näytä kaikki 0 muutosta', 'Näytä 1 muutos', 'Näytä kaikki 2 muutosta'],
		sv: ['Visa alla 0 ändringar', 'Visa 1 ändring', 'Visa alla 2 ändringar']
	},
	'error.too_many_comments': {
		en: [
			'There can be at most 0 comments here. Continue the discussion elsewhere, for example in a meeting.',
			'There can be at most 1 comment here. Continue the discussion elsewhere, for example in a meeting.',
			'There can be at most 2 comments here. Continue the discussion elsewhere, for example in a meeting.'
		],
		fi: [
			'Tässä voi olla enintään 0 kommenttia. Jatkakaa keskustelua muualla, esimerkiksi kokouksessa.',
			'Tässä voi olla enintään 1 kommentti. Jatkakaa keskustelua muualla, esimerkiksi kokouksessa.',
			'Tässä voi olla enintään 2 kommenttia. Jatkakaa keskustelua muualla, esimerkiksi kokouksessa.'
		],
		sv: [
			'Här kan det finnas högst 0 kommentarer. Fortsätt diskussionen någon annanstans, till exempel på ett möte.',
			'Här kan det finnas högst 1 kommentar. Fortsätt diskussionen någon annanstans, till exempel på ett möte.',
			'Här kan det finnas högst 2 kommentarer. Fortsätt diskussionen någon annanstans, till exempel på ett möte.'
		]
	},
	'error.too_many_measures': {
		en: [
			'A strategy can have at most 0 measures. Merge or remove some before adding more.',
			'A strategy can have at most 1 measure. Merge or remove some before adding more.',
			'A strategy can have at most 2 measures. Merge or remove some before adding more.'
		],
		fi: [
			'Strategiassa voi olla enintään 0 toimenpidettä. Yhdistä tai poista toimenpiteitä ennen uusien lisäämistä.',
			'Strategiassa voi olla enintään 1 toimenpide. Yhdistä tai poista toimenpiteitä ennen uusien lisäämistä.',
			'Strategiassa voi olla enintään 2 toimenpidettä. Yhdistä tai poista toimenpiteitä ennen uusien lisäämistä.'
		],
		sv: [
			'En strategi kan ha högst 0 åtgärder. Slå ihop eller ta bort några innan du lägger till fler.',
			'En strategi kan ha högst 1 åtgärd. Slå ihop eller ta bort några innan du lägger till fler.',
			'En strategi kan ha högst 2 åtgärder. Slå ihop eller ta bort några innan du lägger till fler.'
		]
	},
	'error.too_many_indicators': {
		en: [
			'A strategy can have at most 0 indicators.',
			'A strategy can have at most 1 indicator.',
			'A strategy can have at most 2 indicators.'
		],
		fi: [
			'Strategiassa voi olla enintään 0 mittaria.',
			'Strategiassa voi olla enintään 1 mittari.',
			'Strategiassa voi olla enintään 2 mittaria.'
		],
		sv: [
			'En strategi kan ha högst 0 indikatorer.',
			'En strategi kan ha högst 1 indikator.',
			'En strategi kan ha högst 2 indikatorer.'
		]
	},
	'method.points_ypn_values': {
		params: () => ({ yes: 2, partly: 1, no: 0 }),
		en: [
			'yes 2, partly 1, no 0 (0 questions)',
			'yes 2, partly 1, no 0 (1 question)',
			'yes 2, partly 1, no 0 (2 questions)'
		],
		fi: [
			'kyllä 2, osittain 1, ei 0 (0 kysymystä)',
			'kyllä 2, osittain 1, ei 0 (1 kysymys)',
			'kyllä 2, osittain 1, ei 0 (2 kysymystä)'
		],
		sv: [
			'ja 2, delvis 1, nej 0 (0 frågor)',
			'ja 2, delvis 1, nej 0 (1 fråga)',
			'ja 2, delvis 1, nej 0 (2 frågor)'
		]
	},
	'round.missing_intro': {
		en: [
			'0 mandatory questions still need an answer before the round can be submitted:',
			'1 mandatory question still needs an answer before the round can be submitted:',
			'2 mandatory questions still need an answer before the round can be submitted:'
		],
		fi: [
			'Kierrosta ei voi vielä lähettää, koska 0 pakolliseen kysymykseen ei ole vastattu:',
			'Kierrosta ei voi vielä lähettää, koska 1 pakolliseen kysymykseen ei ole vastattu:',
			'Kierrosta ei voi vielä lähettää, koska 2 pakolliseen kysymykseen ei ole vastattu:'
		],
		sv: [
			'Innan omgången kan skickas in måste följande obligatoriska frågor besvaras (0):',
			'Innan omgången kan skickas in måste följande obligatoriska fråga besvaras (1):',
			'Innan omgången kan skickas in måste följande obligatoriska frågor besvaras (2):'
		]
	},
	'save.pending_count': {
		en: ['0 answers not saved yet.', '1 answer not saved yet.', '2 answers not saved yet.'],
		fi: [
			'0 vastausta ei ole vielä tallennettu.',
			'1 vastaus ei ole vielä tallennettu.',
			'2 vastausta ei ole vielä tallennettu.'
		],
		sv: ['0 svar har inte sparats ännu.', '1 svar har inte sparats ännu.', '2 svar har inte sparats ännu.']
	},
	'history.title': {
		en: ['History (0 changes)', 'History (1 change)', 'History (2 changes)'],
		fi: ['Muutoshistoria (0 muutosta)', 'Muutoshistoria (1 muutos)', 'Muutoshistoria (2 muutosta)'],
		sv: ['Ändringshistorik (0 ändringar)', 'Ändringshistorik (1 ändring)', 'Ändringshistorik (2 ändringar)']
	},
	'round.flags_heading': {
		en: ['The expert flagged 0 answers', 'The expert flagged 1 answer', 'The expert flagged 2 answers'],
		fi: [
			'Asiantuntija huomautti 0 vastauksesta',
			'Asiantuntija huomautti 1 vastauksesta',
			'Asiantuntija huomautti 2 vastauksesta'
		],
		sv: [
			'Experten har anmärkningar på 0 svar',
			'Experten har anmärkningar på 1 svar',
			'Experten har anmärkningar på 2 svar'
		]
	},
	'review.flagged_total': {
		en: [
			'0 answers are flagged as needing evidence or inconsistent.',
			'1 answer is flagged as needing evidence or inconsistent.',
			'2 answers are flagged as needing evidence or inconsistent.'
		],
		fi: [
			'0 vastausta on merkitty tausta-aineistoa vaativiksi tai ristiriitaisiksi.',
			'1 vastaus on merkitty tausta-aineistoa vaativaksi tai ristiriitaiseksi.',
			'2 vastausta on merkitty tausta-aineistoa vaativiksi tai ristiriitaisiksi.'
		],
		sv: [
			'0 svar har markerats som att de behöver belägg eller är motstridiga.',
			'1 svar har markerats som att det behöver belägg eller är motstridigt.',
			'2 svar har markerats som att de behöver belägg eller är motstridiga.'
		]
	},
	'rec.regenerated': {
		en: [
			'0 new recommendations were drafted; existing ones were kept.',
			'1 new recommendation was drafted; existing ones were kept.',
			'2 new recommendations were drafted; existing ones were kept.'
		],
		fi: [
			'Laadittiin 0 uutta suositusluonnosta. Aiemmat suositukset säilytettiin.',
			'Laadittiin 1 uusi suositusluonnos. Aiemmat suositukset säilytettiin.',
			'Laadittiin 2 uutta suositusluonnosta. Aiemmat suositukset säilytettiin.'
		],
		sv: [
			'0 nya rekommendationsutkast skapades. De befintliga rekommendationerna behölls.',
			'1 nytt rekommendationsutkast skapades. De befintliga rekommendationerna behölls.',
			'2 nya rekommendationsutkast skapades. De befintliga rekommendationerna behölls.'
		]
	},
	'peers.errors_found': {
		en: [
			'The file has 0 errors. Nothing was imported: correct them and check again.',
			'The file has 1 error. Nothing was imported: correct it and check again.',
			'The file has 2 errors. Nothing was imported: correct them and check again.'
		],
		fi: [
			'Tiedostossa on 0 virhettä. Mitään ei tuotu: korjaa virheet ja tarkista uudelleen.',
			'Tiedostossa on 1 virhe. Mitään ei tuotu: korjaa virhe ja tarkista uudelleen.',
			'Tiedostossa on 2 virhettä. Mitään ei tuotu: korjaa virheet ja tarkista uudelleen.'
		],
		sv: [
			'Filen har 0 fel. Ingenting importerades: rätta felen och granska igen.',
			'Filen har 1 fel. Ingenting importerades: rätta felet och granska igen.',
			'Filen har 2 fel. Ingenting importerades: rätta felen och granska igen.'
		]
	},
	'peers.errors_shown': {
		params: () => ({ shown: 200 }),
		en: [
			'Showing the first 200 of 0 errors.',
			'Showing the first 200 of 1 error.',
			'Showing the first 200 of 2 errors.'
		],
		fi: [
			'Näytetään 0 virheestä ensimmäiset 200.',
			'Näytetään 1 virheestä ensimmäiset 200.',
			'Näytetään 2 virheestä ensimmäiset 200.'
		],
		sv: ['Visar de första 200 av 0 fel.', 'Visar de första 200 av 1 fel.', 'Visar de första 200 av 2 fel.']
	},
	'error.import_exists': {
		params: () => ({ dates: '14.3.2026' }),
		en: [
			'0 rows of this file were already imported on 14.3.2026. Delete that import under Past imports first, then import the file again.',
			'1 row of this file was already imported on 14.3.2026. Delete that import under Past imports first, then import the file again.',
			'2 rows of this file were already imported on 14.3.2026. Delete that import under Past imports first, then import the file again.'
		],
		fi: [
			'Tiedoston 0 riviä on jo tuotu 14.3.2026. Poista ensin kyseinen tuonti kohdasta Aiemmat tuonnit ja tuo tiedosto sitten uudelleen.',
			'Tiedoston 1 rivi on jo tuotu 14.3.2026. Poista ensin kyseinen tuonti kohdasta Aiemmat tuonnit ja tuo tiedosto sitten uudelleen.',
			'Tiedoston 2 riviä on jo tuotu 14.3.2026. Poista ensin kyseinen tuonti kohdasta Aiemmat tuonnit ja tuo tiedosto sitten uudelleen.'
		],
		sv: [
			'0 rader i filen har redan importerats den 14.3.2026. Ta först bort den importen under Tidigare importer och importera sedan filen igen.',
			'1 rad i filen har redan importerats den 14.3.2026. Ta först bort den importen under Tidigare importer och importera sedan filen igen.',
			'2 rader i filen har redan importerats den 14.3.2026. Ta först bort den importen under Tidigare importer och importera sedan filen igen.'
		]
	},
	'peers.preview_ok': {
		en: [
			'No errors: 0 rows can be imported.',
			'No errors: 1 row can be imported.',
			'No errors: 2 rows can be imported.'
		],
		fi: [
			'Ei virheitä: 0 riviä voidaan tuoda.',
			'Ei virheitä: 1 rivi voidaan tuoda.',
			'Ei virheitä: 2 riviä voidaan tuoda.'
		],
		sv: [
			'Inga fel: 0 rader kan importeras.',
			'Inga fel: 1 rad kan importeras.',
			'Inga fel: 2 rader kan importeras.'
		]
	},
	'peers.preview_caption': {
		params: (n) => ({ shown: n }),
		en: ['Preview: the first 0 of 0 rows', 'Preview: 1 row', 'Preview: the first 2 of 2 rows'],
		fi: ['Esikatselu: ensimmäiset 0 / 0 riviä', 'Esikatselu: 1 rivi', 'Esikatselu: ensimmäiset 2 / 2 riviä'],
		sv: [
			'Förhandsgranskning: de första 0 av 0 rader',
			'Förhandsgranskning: 1 rad',
			'Förhandsgranskning: de första 2 av 2 rader'
		]
	},
	'peers.import_submit': {
		en: ['Import 0 rows', 'Import 1 row', 'Import 2 rows'],
		fi: ['Tuo 0 riviä', 'Tuo 1 rivi', 'Tuo 2 riviä'],
		sv: ['Importera 0 rader', 'Importera 1 rad', 'Importera 2 rader']
	},
	'peers.imported': {
		en: [
			'0 reference results were imported.',
			'1 reference result was imported.',
			'2 reference results were imported.'
		],
		fi: ['0 vertailutulosta tuotiin.', '1 vertailutulos tuotiin.', '2 vertailutulosta tuotiin.'],
		sv: [
			'0 referensresultat importerades.',
			'1 referensresultat importerades.',
			'2 referensresultat importerades.'
		]
	},
	'peers.delete_which': {
		params: () => ({ date: '1.3.2026' }),
		en: [
			'the import of 1.3.2026 (0 rows)',
			'the import of 1.3.2026 (1 row)',
			'the import of 1.3.2026 (2 rows)'
		],
		fi: ['tuonti 1.3.2026 (0 riviä)', 'tuonti 1.3.2026 (1 rivi)', 'tuonti 1.3.2026 (2 riviä)'],
		sv: ['importen 1.3.2026 (0 rader)', 'importen 1.3.2026 (1 rad)', 'importen 1.3.2026 (2 rader)']
	},
	'peers.delete_confirm': {
		en: [
			'Delete all 0 rows of this import?',
			'Delete the 1 row of this import?',
			'Delete all 2 rows of this import?'
		],
		fi: [
			'Poistetaanko tämän tuonnin kaikki 0 riviä?',
			'Poistetaanko tämän tuonnin 1 rivi?',
			'Poistetaanko tämän tuonnin kaikki 2 riviä?'
		],
		sv: [
			'Radera alla 0 rader i den här importen?',
			'Radera 1 rad i den här importen?',
			'Radera alla 2 rader i den här importen?'
		]
	},
	'compare.search_matches': {
		params: () => ({ q: 'Lahti' }),
		en: [
			'0 municipalities found for “Lahti”.',
			'1 municipality found for “Lahti”.',
			'2 municipalities found for “Lahti”.'
		],
		fi: ['Hakuun ”Lahti” sopii 0 kuntaa.', 'Hakuun ”Lahti” sopii 1 kunta.', 'Hakuun ”Lahti” sopii 2 kuntaa.'],
		sv: [
			'0 kommuner hittades för ”Lahti”.',
			'1 kommun hittades för ”Lahti”.',
			'2 kommuner hittades för ”Lahti”.'
		]
	},
	'compare.search_limited': {
		en: [
			'Only the first 0 are listed: type more of the name to narrow the search.',
			'Only the first 1 is listed: type more of the name to narrow the search.',
			'Only the first 2 are listed: type more of the name to narrow the search.'
		],
		fi: [
			'Luettelossa on vain 0 ensimmäistä: rajaa hakua kirjoittamalla nimeä pidemmälle.',
			'Luettelossa on vain 1 ensimmäinen: rajaa hakua kirjoittamalla nimeä pidemmälle.',
			'Luettelossa on vain 2 ensimmäistä: rajaa hakua kirjoittamalla nimeä pidemmälle.'
		],
		sv: [
			'Endast de 0 första visas: skriv mer av namnet för att begränsa sökningen.',
			'Endast den 1 första visas: skriv mer av namnet för att begränsa sökningen.',
			'Endast de 2 första visas: skriv mer av namnet för att begränsa sökningen.'
		]
	},
	'compare.synthetic_note': {
		params: () => ({ total: 12 }),
		en: [
			'0 of the 12 peers in this group are synthetic demo data, not real results.',
			'1 of the 12 peers in this group is synthetic demo data, not real results.',
			'2 of the 12 peers in this group are synthetic demo data, not real results.'
		],
		fi: [
			'Vertailuryhmän 12 kunnasta 0 perustuu synteettiseen demodataan eikä todellisiin tuloksiin.',
			'Vertailuryhmän 12 kunnasta 1 perustuu synteettiseen demodataan eikä todellisiin tuloksiin.',
			'Vertailuryhmän 12 kunnasta 2 perustuu synteettiseen demodataan eikä todellisiin tuloksiin.'
		],
		sv: [
			'0 av de 12 kommunerna i den här jämförelsegruppen bygger på syntetiska demodata och är alltså inte verkliga resultat.',
			'1 av de 12 kommunerna i den här jämförelsegruppen bygger på syntetiska demodata och är alltså inte verkliga resultat.',
			'2 av de 12 kommunerna i den här jämförelsegruppen bygger på syntetiska demodata och är alltså inte verkliga resultat.'
		]
	},
	'strategy_export.gap_item': {
		params: (n) => ({ area: 'Housing', gap: `+${n}`, mean: '52' }),
		en: [
			'Housing: +0 points compared with the peer mean (52)',
			'Housing: +1 point compared with the peer mean (52)',
			'Housing: +2 points compared with the peer mean (52)'
		],
		fi: [
			'Housing: +0 pistettä vertailukuntien keskiarvoon (52) verrattuna',
			'Housing: +1 piste vertailukuntien keskiarvoon (52) verrattuna',
			'Housing: +2 pistettä vertailukuntien keskiarvoon (52) verrattuna'
		],
		sv: [
			'Housing: +0 poäng jämfört med jämförelsekommunernas medelvärde (52)',
			'Housing: +1 poäng jämfört med jämförelsekommunernas medelvärde (52)',
			'Housing: +2 poäng jämfört med jämförelsekommunernas medelvärde (52)'
		]
	},
	'strategy_export.change': {
		params: (n) => ({ change: `+${n}` }),
		en: [
			'Change in the overall index since the previous round: +0 points.',
			'Change in the overall index since the previous round: +1 point.',
			'Change in the overall index since the previous round: +2 points.'
		],
		fi: [
			'Kokonaisindeksin muutos edellisestä arviointikierroksesta: +0 pistettä.',
			'Kokonaisindeksin muutos edellisestä arviointikierroksesta: +1 piste.',
			'Kokonaisindeksin muutos edellisestä arviointikierroksesta: +2 pistettä.'
		],
		sv: [
			'Totalindexets förändring sedan föregående bedömningsomgång: +0 poäng.',
			'Totalindexets förändring sedan föregående bedömningsomgång: +1 poäng.',
			'Totalindexets förändring sedan föregående bedömningsomgång: +2 poäng.'
		]
	},
	'mail.reset.expiry': {
		en: [
			'The link works once, within 0 minutes.',
			'The link works once, within 1 minute.',
			'The link works once, within 2 minutes.'
		],
		fi: [
			'Linkki toimii kerran 0 minuutin ajan.',
			'Linkki toimii kerran 1 minuutin ajan.',
			'Linkki toimii kerran 2 minuutin ajan.'
		],
		sv: [
			'Länken fungerar en gång inom 0 minuter.',
			'Länken fungerar en gång inom 1 minut.',
			'Länken fungerar en gång inom 2 minuter.'
		]
	},
	'error.too_many_attempts': {
		en: [
			'Too many failed sign-in attempts. Try again in 0 minutes.',
			'Too many failed sign-in attempts. Try again in 1 minute.',
			'Too many failed sign-in attempts. Try again in 2 minutes.'
		],
		fi: [
			'Liian monta epäonnistunutta kirjautumisyritystä. Yritä uudelleen 0 minuutin kuluttua.',
			'Liian monta epäonnistunutta kirjautumisyritystä. Yritä uudelleen 1 minuutin kuluttua.',
			'Liian monta epäonnistunutta kirjautumisyritystä. Yritä uudelleen 2 minuutin kuluttua.'
		],
		sv: [
			'För många misslyckade inloggningsförsök. Försök igen om 0 minuter.',
			'För många misslyckade inloggningsförsök. Försök igen om 1 minut.',
			'För många misslyckade inloggningsförsök. Försök igen om 2 minuter.'
		]
	},
	'error.round_incomplete': {
		en: [
			'0 mandatory questions are still unanswered.',
			'1 mandatory question is still unanswered.',
			'2 mandatory questions are still unanswered.'
		],
		fi: [
			'0 pakollista kysymystä on vielä vastaamatta.',
			'1 pakollinen kysymys on vielä vastaamatta.',
			'2 pakollista kysymystä on vielä vastaamatta.'
		],
		sv: [
			'0 obligatoriska frågor är fortfarande obesvarade.',
			'1 obligatorisk fråga är fortfarande obesvarad.',
			'2 obligatoriska frågor är fortfarande obesvarade.'
		]
	},
	'error.import_has_errors': {
		en: [
			'The file has 0 errors, so nothing was imported.',
			'The file has 1 error, so nothing was imported.',
			'The file has 2 errors, so nothing was imported.'
		],
		fi: [
			'Tiedostossa on 0 virhettä, joten mitään ei tuotu.',
			'Tiedostossa on 1 virhe, joten mitään ei tuotu.',
			'Tiedostossa on 2 virhettä, joten mitään ei tuotu.'
		],
		sv: [
			'Filen har 0 fel, så ingenting importerades.',
			'Filen har 1 fel, så ingenting importerades.',
			'Filen har 2 fel, så ingenting importerades.'
		]
	},
	'compare.group.similar': {
		en: [
			'The 0 most similar municipalities',
			'The most similar municipality',
			'The 2 most similar municipalities'
		],
		fi: ['0 samankaltaisinta kuntaa', 'Samankaltaisin kunta', '2 samankaltaisinta kuntaa'],
		sv: ['De 0 mest likartade kommunerna', 'Den mest likartade kommunen', 'De 2 mest likartade kommunerna']
	},
	'compare.measure_mixed': {
		params: () => ({ name: 'Koivuranta', measure: 'x' }),
		en: [
			'Mixed measures: 0 peers in this group count their diversity share otherwise than Koivuranta (x) or do not say what they count.',
			'Mixed measures: one peer in this group counts its diversity share otherwise than Koivuranta (x) or does not say what it counts.',
			'Mixed measures: 2 peers in this group count their diversity share otherwise than Koivuranta (x) or do not say what they count.'
		],
		fi: [
			'Eri laskutavat: 0 ryhmän vertailukuntaa ilmoittaa osuutensa eri perusteella kuin Koivuranta (x) tai ei kerro perustetta.',
			'Eri laskutavat: yksi ryhmän vertailukunta ilmoittaa osuutensa eri perusteella kuin Koivuranta (x) tai ei kerro perustetta.',
			'Eri laskutavat: 2 ryhmän vertailukuntaa ilmoittaa osuutensa eri perusteella kuin Koivuranta (x) tai ei kerro perustetta.'
		],
		sv: [
			'Olika mått: 0 jämförelsekommuner i gruppen räknar sin andel på ett annat sätt än Koivuranta (x) eller anger inte hur.',
			'Olika mått: en jämförelsekommun i gruppen räknar sin andel på ett annat sätt än Koivuranta (x) eller anger inte hur.',
			'Olika mått: 2 jämförelsekommuner i gruppen räknar sin andel på ett annat sätt än Koivuranta (x) eller anger inte hur.'
		]
	},
	'review.rest_ok': {
		en: [
			'Mark all 0 unassessed answers of this area OK',
			'Mark the 1 unassessed answer of this area OK',
			'Mark all 2 unassessed answers of this area OK'
		],
		fi: [
			'Merkitse tämän osa-alueen kaikki 0 arvioimatonta vastausta kunnossa oleviksi',
			'Merkitse tämän osa-alueen 1 arvioimaton vastaus kunnossa olevaksi',
			'Merkitse tämän osa-alueen kaikki 2 arvioimatonta vastausta kunnossa oleviksi'
		],
		sv: [
			'Markera alla 0 obedömda svar i området som i sin ordning',
			'Markera områdets 1 obedömda svar som i sin ordning',
			'Markera alla 2 obedömda svar i området som i sin ordning'
		]
	},
	'review.rest_ok_done': {
		en: ['0 answers marked OK.', '1 answer marked OK.', '2 answers marked OK.'],
		fi: [
			'0 vastausta merkittiin kunnossa oleviksi.',
			'1 vastaus merkittiin kunnossa olevaksi.',
			'2 vastausta merkittiin kunnossa oleviksi.'
		],
		sv: [
			'0 svar markerades som i sin ordning.',
			'1 svar markerades som i sin ordning.',
			'2 svar markerades som i sin ordning.'
		]
	},
	'review.bulk.done': {
		en: ['0 recommendations updated.', '1 recommendation updated.', '2 recommendations updated.'],
		fi: ['0 suositusta päivitettiin.', '1 suositus päivitettiin.', '2 suositusta päivitettiin.'],
		sv: [
			'0 rekommendationer uppdaterades.',
			'1 rekommendation uppdaterades.',
			'2 rekommendationer uppdaterades.'
		]
	},
	'review.publish.undecided_heading': {
		en: [
			'0 recommendations are still undecided',
			'1 recommendation is still undecided',
			'2 recommendations are still undecided'
		],
		fi: [
			'0 suositusta on vielä ratkaisematta',
			'1 suositus on vielä ratkaisematta',
			'2 suositusta on vielä ratkaisematta'
		],
		sv: [
			'0 rekommendationer är ännu inte avgjorda',
			'1 rekommendation är ännu inte avgjord',
			'2 rekommendationer är ännu inte avgjorda'
		]
	},
	'review.publish.undecided_choice': {
		en: [
			'0 recommendations are still undecided: choose whether to accept them or leave them out.',
			'1 recommendation is still undecided: choose whether to accept it or leave it out.',
			'2 recommendations are still undecided: choose whether to accept them or leave them out.'
		],
		fi: [
			'0 suositusta on vielä ratkaisematta: valitse, hyväksytäänkö ne vai jätetäänkö ne pois.',
			'1 suositus on vielä ratkaisematta: valitse, hyväksytäänkö se vai jätetäänkö se pois.',
			'2 suositusta on vielä ratkaisematta: valitse, hyväksytäänkö ne vai jätetäänkö ne pois.'
		],
		sv: [
			'0 rekommendationer är ännu inte avgjorda: välj om de ska godkännas eller lämnas bort.',
			'1 rekommendation är ännu inte avgjord: välj om den ska godkännas eller lämnas bort.',
			'2 rekommendationer är ännu inte avgjorda: välj om de ska godkännas eller lämnas bort.'
		]
	}
};

const keys = Object.keys(en) as MessageKey[];
const pluralKeys = keys.filter((k): k is PluralKey => typeof en[k] !== 'string');
const countParam = (key: PluralKey) => {
	const message = en[key];
	return 'by' in message ? message.by : 'count';
};
const paramsOf = (key: PluralKey, n: number): MessageParams => ({
	...CASES[key].params?.(n),
	[countParam(key)]: n
});

describe('plural messages', () => {
	it('are all listed here', () => {
		expect(Object.keys(CASES).sort()).toEqual([...pluralKeys].sort());
	});

	for (const key of pluralKeys) {
		for (const locale of LOCALES) {
			it(`${key} in ${locale} for 0, 1 and 2`, () => {
				expect([0, 1, 2].map((n) => translate<MessageKey>(locale, key, paramsOf(key, n)))).toEqual(
					CASES[key][locale]
				);
			});
		}
	}

	it('pick the form by the number as a string too, and use the other form without one', () => {
		expect(translate('en', 'save.pending_count', { count: '1' })).toBe('1 answer not saved yet.');
		expect(translate('en', 'save.pending_count', { count: '1.5' })).toBe('1.5 answers not saved yet.');
		expect(translate<MessageKey>('en', 'save.pending_count')).toBe('{count} answers not saved yet.');
		expect(translate('en', 'save.pending_count', { count: 'many' })).toBe('many answers not saved yet.');
	});

	it('treat decimals and large numbers by the language’s rules and format them for it', () => {
		const cases: Array<[Locale, number, string]> = [
			['en', 1.5, '1.5 answers not saved yet.'],
			['en', 1001, '1,001 answers not saved yet.'],
			['fi', 1.5, '1,5 vastausta ei ole vielä tallennettu.'],
			['fi', 21, '21 vastausta ei ole vielä tallennettu.'],
			['sv', 1.5, '1,5 svar har inte sparats ännu.']
		];
		for (const [locale, count, expected] of cases) {
			expect(translate(locale, 'save.pending_count', { count }).replace(/\s/g, ' ')).toBe(expected);
		}
	});
});

describe('English never says "1 answers"', () => {
	/** Words ending in s that are not plural nouns. */
	const NOT_PLURAL = new Set([
		'is',
		'was',
		'has',
		'this',
		'its',
		'as',
		'us',
		'does',
		'yes',
		'less',
		'unless'
	]);
	const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]+/g) ?? []);
	/** Words right after a "1", and after "1" and one more word ("1 mandatory questions"). */
	const afterOne = (text: string) =>
		[...text.matchAll(/(?<![\d.,])1 ([a-z]+)\b/g), ...text.matchAll(/(?<![\d.,])1 [a-z]+ ([a-z]+)\b/g)]
			.map((m) => m[1]!)
			.filter((word) => word.endsWith('s') && !NOT_PLURAL.has(word));
	const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
	const fill = (text: string, n: number): MessageParams =>
		Object.fromEntries(placeholders(text).map((p) => [p, p === 'count' ? n : 'X']));

	it('would notice "1 answers" and "1 mandatory questions"', () => {
		expect(afterOne('1 answers not saved yet.')).toEqual(['answers']);
		expect(afterOne('1 mandatory questions are still unanswered.')).toEqual(['questions']);
		expect(afterOne('1 answer is flagged; 21 answers, 1.5 points')).toEqual([]);
	});

	it('has a different English text for one and for other in every plural message', () => {
		expect(
			pluralKeys.filter((k) => {
				const message: PluralMessage = en[k];
				return message.one === message.other;
			})
		).toEqual([]);
	});

	it('uses none of the other form’s own words (answers, are, were …) for one, nor the one form’s for two', () => {
		for (const key of pluralKeys) {
			const message = en[key];
			const onlyOther = [...words(message.other)].filter((w) => !words(message.one).has(w));
			const onlyOne = [...words(message.one)].filter((w) => !words(message.other).has(w));
			const one = words(translate<MessageKey>('en', key, paramsOf(key, 1)));
			const two = words(translate<MessageKey>('en', key, paramsOf(key, 2)));
			expect(
				onlyOther.filter((w) => one.has(w)),
				key
			).toEqual([]);
			expect(
				onlyOne.filter((w) => two.has(w)),
				key
			).toEqual([]);
		}
	});

	it('puts no plural noun after the number 1 in any message with a count', () => {
		const withCount = keys.filter(
			(k) => typeof en[k] !== 'string' || placeholders(en[k] as string).includes('count')
		);
		expect(withCount.length).toBeGreaterThan(pluralKeys.length);
		const wrong = withCount.flatMap((key) => {
			const message = en[key];
			const text =
				typeof message === 'string'
					? translate('en', key, fill(message, 1))
					: translate('en', key, paramsOf(key as PluralKey, 1));
			return afterOne(text).map((word) => `${key}: “${word}” in “${text}”`);
		});
		expect(wrong).toEqual([]);
	});

	it('has no plain message that puts a plural noun after a number it is given', () => {
		// A number that can be 1 needs a plural message. {min} is PASSWORD_MIN, which is never 1.
		const numbers = /\{(count|n|total|shown|minutes|min|max|answered)\}\)? (?:[a-z]+ )?([a-z]+s)\b/g;
		const found = keys.flatMap((key) => {
			const message = en[key];
			if (typeof message !== 'string') return [];
			return [...message.matchAll(numbers)]
				.filter((m) => !NOT_PLURAL.has(m[2]!))
				.map((m) => `${key}: ${m[0]}`);
		});
		expect(found.sort()).toEqual([
			'error.password_short: {min} characters',
			'invite.password_hint: {min} characters'
		]);
		expect(PASSWORD_MIN).toBeGreaterThan(1);
	});
});
