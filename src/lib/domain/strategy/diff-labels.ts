import type { MessageKey } from '../../i18n/translate';
import { DIMENSIONS } from '../questionnaire/vocabulary';
import type { OutlineChange } from './diff';
import type { SituationTopic } from './types';

/** The label the editor shows for each field the version comparison reports, so both speak alike. */
const FIELD_LABELS: Record<string, MessageKey> = {
	title: 'strategy.measure',
	description: 'strategy_draft.field.description',
	cost: 'strategy_draft.field.cost',
	budgetLine: 'strategy_draft.export.budget_line',
	unit: 'strategy_draft.field.unit',
	source: 'strategy_export.indicator.source',
	frequency: 'strategy_draft.export.frequency',
	dimension: 'strategy.dimension',
	owner: 'strategy.owner',
	partners: 'strategy.partners',
	resources: 'strategy.resources',
	start: 'strategy.start',
	end: 'strategy.end',
	name: 'strategy.indicator',
	baseline: 'strategy.baseline',
	target: 'strategy.target',
	when: 'strategy.when',
	principle: 'strategy.diff.principle',
	items: 'strategy.links_items',
	added: 'strategy.diff.added',
	removed: 'strategy.diff.removed',
	order: 'strategy.diff.order'
};

/** A changed field in the reader's language; a field added to the outline later reads "Other details". */
export function diffFieldLabel(change: Pick<OutlineChange, 'section' | 'field'>): MessageKey {
	if (change.field === 'owner' && change.section === 'indicators')
		return 'strategy_draft.export.indicator_owner';
	// A checklist topic of the situation picture: its heading, as in the editor.
	if (change.field.startsWith('topic.'))
		return `strategy_draft.topic.${change.field.slice(6) as SituationTopic}`;
	if (change.field === 'text')
		return change.section === 'vision'
			? 'strategy.vision_text'
			: change.section === 'situation'
				? 'strategy.situation_text'
				: 'strategy.text';
	return FIELD_LABELS[change.field] ?? 'strategy.diff.other';
}

const isDimension = (v: string | null): v is (typeof DIMENSIONS)[number] =>
	(DIMENSIONS as readonly string[]).includes(v ?? '');

/** A dimension code (an objective's or principle's row, a measure's dimension) as its catalogue key. */
export function dimensionKey(value: string | null): MessageKey | null {
	return isDimension(value) ? (`dimension.${value}` as MessageKey) : null;
}

/** What a version's note says: the person's own note, or the catalogue text of what made it. */
export function versionNote(
	note: string
): { key: MessageKey; params?: Record<string, string> } | { text: string } {
	if (note.startsWith('note:') && note.length > 5) return { text: note.slice(5) };
	if (note.startsWith('restored:'))
		return { key: 'strategy.note_restored', params: { version: note.slice(9) } };
	if (note === 'generated') return { key: 'strategy.note_generated' };
	if (note === 'merged') return { key: 'strategy.note_merged' };
	return { key: 'strategy.note_saved' };
}
