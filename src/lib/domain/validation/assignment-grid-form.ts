import { z } from 'zod';
import { CELL_PREFIX, parseCellName, type AssignmentCell } from '../assignment/cells';

/**
 * The posted grid (marked by its hidden field grid=1): every ticked cell. Only the shape is checked here; which areas and people are
 * allowed depends on the round, so gridCellsSchema checks that in the service before any write.
 */
export const assignmentGridSchema = z
	.record(z.string(), z.unknown())
	.transform((raw, ctx): AssignmentCell[] => {
		// With no ticks a real grid posts only this marker; without it an empty post must not unassign all.
		if (raw.grid !== '1') {
			ctx.addIssue({ code: 'custom', message: 'error.invalid', input: raw.grid });
			return z.NEVER;
		}
		const cells: AssignmentCell[] = [];
		for (const key of Object.keys(raw)) {
			if (!key.startsWith(CELL_PREFIX)) continue;
			const cell = parseCellName(key);
			if (!cell) {
				ctx.addIssue({ code: 'custom', message: 'error.invalid', input: key });
				return z.NEVER;
			}
			cells.push(cell);
		}
		return cells;
	});

/** The cells one round accepts: its questionnaire's answerable areas × its municipality's working group. */
export function gridCellsSchema(areaCodes: readonly string[], memberIds: readonly string[]) {
	const areas = new Set(areaCodes);
	const people = new Set(memberIds);
	return z
		.array(
			z.object({
				area: z.string().refine((a) => areas.has(a), { error: 'error.area_unknown' }),
				userId: z.string().refine((id) => people.has(id), { error: 'error.assignee_not_member' })
			})
		)
		.max(areas.size * people.size, { error: 'error.form_too_large' });
}
