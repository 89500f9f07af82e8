/**
 * One cell of the areas × people assignment grid. Each checkbox has its own field name, not a shared
 * name with many values, so that a refused form comes back with every tick the person made
 * (formValues keeps one value per name). Client-safe: no zod here.
 */
export interface AssignmentCell {
	area: string;
	userId: string;
}

export const CELL_PREFIX = 'cell:';

/** Area codes are [a-z0-9_-] and ids base32, so a colon cannot occur inside either part. */
export const cellName = (area: string, userId: string): string => `${CELL_PREFIX}${area}:${userId}`;

const CELL = /^cell:([a-z0-9]+(?:[-_][a-z0-9]+)*):([a-z0-9]{1,64})$/;

/** The cell a field name stands for, or null for a field that is not a well-formed cell. */
export function parseCellName(name: string): AssignmentCell | null {
	const m = CELL.exec(name);
	if (!m || m[1]!.length > 64) return null;
	return { area: m[1]!, userId: m[2]! };
}
