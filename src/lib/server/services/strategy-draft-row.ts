import { eq } from 'drizzle-orm';
import type { StrategyOutline } from '../../domain/strategy/types';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { strategyDrafts, users } from '../db/schema';

/** What an autosave answers: the draft's revision (the next save's base), and who saved it when. */
export interface DraftMeta {
	version: number;
	updatedByName: string | null;
	updatedAt: Date;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export function draftRow(db: Pick<Db, 'select'>, strategyId: string) {
	return db
		.select({ row: strategyDrafts, name: users.name })
		.from(strategyDrafts)
		.leftJoin(users, eq(strategyDrafts.updatedBy, users.id))
		.where(eq(strategyDrafts.strategyId, strategyId))
		.get();
}

export const metaOf = (d: NonNullable<ReturnType<typeof draftRow>>): DraftMeta => ({
	version: d.row.revision,
	updatedByName: d.name,
	updatedAt: d.row.updatedAt
});

/** Replaces the working draft, one revision on; a version's save or restore mirrors itself into it too. */
export function writeDraft(
	tx: Pick<Tx, 'select' | 'insert'>,
	strategyId: string,
	user: SessionUser,
	outline: StrategyOutline,
	baseVersion: number,
	saveId: string | null
): DraftMeta {
	const previous = draftRow(tx, strategyId);
	const row = {
		strategyId,
		baseVersion,
		revision: (previous?.row.revision ?? 0) + 1,
		outline: JSON.stringify(outline),
		saveId,
		updatedBy: user.id,
		updatedAt: new Date()
	};
	tx.insert(strategyDrafts)
		.values(row)
		.onConflictDoUpdate({ target: strategyDrafts.strategyId, set: row })
		.run();
	return { version: row.revision, updatedByName: user.name, updatedAt: row.updatedAt };
}
