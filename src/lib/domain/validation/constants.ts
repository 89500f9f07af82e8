/** Kept here, not in the db schema, so that domain code does not import server code. */
export const MUNICIPALITY_ROLE_VALUES = ['coordinator', 'member', 'leader'] as const;
export const INVITATION_ROLE_VALUES = [...MUNICIPALITY_ROLE_VALUES, 'expert', 'admin'] as const;
export const DIVERSITY_MEASURES = ['foreign_born', 'foreign_language'] as const;

/** Official languages of a municipality, in order: Finnish, Swedish, or bilingual either way round. */
export const MUNICIPALITY_LANGUAGE_CHOICES = ['fi', 'sv', 'fi,sv', 'sv,fi'] as const;
