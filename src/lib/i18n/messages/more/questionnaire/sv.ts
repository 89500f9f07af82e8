/** Questionnaire 1.1, conditions and version migration (sv). Spread into ../sv.ts. */
export const sv = {
	'questionnaire.move_heading': 'Enkätens version',
	'questionnaire.move_intro':
		'Den här omgången besvaras enligt version {from}. Version {to} ersätter den: frågor som ställdes två gånger ställs en gång, frågor som inte gäller kommunen kan lämnas bort, och nya frågor gäller romska och samiska invånare, nationalspråken, religion och kommunplaceringen av flyktingar.',
	'questionnaire.move_effect':
		'Vid flytten behålls alla svar som fortfarande är giltiga. Svar på frågor som inte längre ställs raderas och svar som inte längre passar sin fråga töms (motiveringar och underlag finns kvar). Områden med ändrade frågor jämförs inte med tidigare omgångar. Flytten kan inte ångras.',
	'questionnaire.move_confirm': 'Jag förstår att en del svar raderas eller töms',
	'questionnaire.move_button': 'Flytta omgången till version {to}',
	'questionnaire.move_done':
		'Omgången använder nu version {version}. Behållna svar: {carried}; raderade: {removed}; tömda: {cleared}.',
	'questionnaire.not_comparable': 'inte jämförbar',
	'questionnaire.not_comparable_note':
		'Markerad som inte jämförbar: områdets frågor ändrades mellan enkätens versioner, så dess förändring visas inte.',
	'questionnaire.method_heading': 'Villkorade frågor, ”inte tillämplig” och delområden',
	'questionnaire.method_conditions':
		'En del frågor ställs bara när ett tidigare svar gör dem relevanta: till exempel frågas vad planen för integrationsfrämjande innehåller bara om kommunen har en plan. En fråga som döljs av ett sådant villkor är inte tillämplig: den lämnas utanför både de erhållna poängen och maxpoängen, den visas inte på svarssidan och den räknas inte som saknad. Om ett tidigare svar ändras så att frågan döljs, sparas dess svar men räknas inte längre.',
	'questionnaire.method_not_applicable':
		'Där en tjänst av strukturella skäl kan saknas, till exempel ett rådgivande organ i en liten kommun eller relationerna mellan nationalspråken i en enspråkig kommun, kan frågan besvaras med ”inte tillämplig”. Frågans hjälptext säger när det svaret är rätt. Liksom en dold fråga lämnas den utanför både erhållna poäng och maxpoäng; ”vet inte” ger 0 poäng.',
	'questionnaire.method_dimensions':
		'Från version 1.1 är varje poängsatt fråga kopplad till det delområde för goda relationer mellan befolkningsgrupper vars uppföljningsteman den mäter: attityder mot andra grupper; trygghetskänsla, inklusive upplevelser av diskriminering, trakasserier och hatretorik; interaktion mellan grupper; samt delaktighet, inklusive kännedom om rättigheter, tillgång till stöd och förtroende för beslutsfattandet. En fråga kopplas till två delområden bara om den mäter båda. Eftersom kopplingarna ändrades är poängen per delområde inte jämförbara mellan version 1.0 och 1.1.',
	'questionnaire.method_versions':
		'Varje version av enkäten anger hur varje fråga i den version den ersätter förs över. Förändringen mellan omgångar visas bara för områden vars poängsatta frågor är oförändrade.'
} as const;
