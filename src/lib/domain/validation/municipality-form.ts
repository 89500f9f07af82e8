import { z } from 'zod';
import { DIVERSITY_MEASURES, MUNICIPALITY_LANGUAGE_CHOICES } from './constants';

const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max, { error: 'error.too_long' })
		.optional()
		.transform((v) => (v ? v : null));

/** A number typed in a form; a decimal comma, as Finnish and Swedish write it, is accepted. */
const numberField = () =>
	z
		.string({ error: 'error.required' })
		.trim()
		.min(1, { error: 'error.required' })
		.transform((v) => v.replace(/\s/g, '').replace(',', '.'))
		.pipe(z.coerce.number({ error: 'error.number' }));

export const municipalitySchema = z.object({
	name: z
		.string({ error: 'error.required' })
		.trim()
		.min(1, { error: 'error.required' })
		.max(120, { error: 'error.too_long' }),
	officialCode: optionalText(20),
	country: z
		.string({ error: 'error.required' })
		.trim()
		.toUpperCase()
		.regex(/^[A-Z]{2}$/, { error: 'error.country_code' }),
	region: optionalText(120),
	population: numberField().pipe(
		z
			.number()
			.int({ error: 'error.whole_number' })
			.min(1, { error: 'error.population_range' })
			.max(50_000_000, { error: 'error.population_range' })
	),
	diversityShare: numberField().pipe(
		z.number().min(0, { error: 'error.percent_range' }).max(100, { error: 'error.percent_range' })
	),
	diversityMeasure: z.enum(DIVERSITY_MEASURES, { error: 'error.required' }),
	/**
	 * Official languages in order, as the form's choice (e.g. `fi,sv`); stored as a JSON array. Absent leaves
	 * the stored languages as they are (Finnish for a new municipality).
	 */
	languages: z
		.enum(MUNICIPALITY_LANGUAGE_CHOICES, { error: 'error.invalid' })
		.optional()
		.transform((v) => (v ? JSON.stringify(v.split(',')) : undefined))
});

/** Languages may be left out (services keep what is stored, or Finnish for a new municipality). */
export type MunicipalityInput = Omit<z.infer<typeof municipalitySchema>, 'languages'> & {
	languages?: string;
};

/**
 * The admin's form: the facts, and the confirmation that a name like an existing one's is meant
 * (services/municipalities.ts warns first, then takes the ticked box).
 */
export const municipalityFormSchema = municipalitySchema.extend({
	confirmDuplicate: z
		.literal('yes')
		.optional()
		.catch(undefined)
		.transform((v) => v === 'yes')
});

export const municipalityIdSchema = z.object({
	municipalityId: z.string({ error: 'error.invalid' }).trim().min(1, { error: 'error.invalid' }).max(64)
});
