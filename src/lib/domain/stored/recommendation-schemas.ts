import { z } from 'zod';
import { LANGUAGES } from '../questionnaire/vocabulary';

/** The expert's own wording of a recommendation, per language it was written in; absent = template. */
export const recommendationTextsSchema = z.partialRecord(z.enum(LANGUAGES), z.string().min(1));
export type RecommendationTexts = z.infer<typeof recommendationTextsSchema>;

/** A municipality's official languages, in order (e.g. ["fi", "sv"] for a bilingual one). */
export const municipalityLanguagesSchema = z.array(z.enum(LANGUAGES)).min(1);
