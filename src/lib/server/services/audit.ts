import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import { auditLog } from '../db/schema';

/** Inside a transaction, the same handle works: drizzle's transaction object has the same API. */
type Writer = Pick<Db, 'insert'>;

export interface AuditEntry {
	actorUserId: string | null;
	municipalityId?: string | null;
	action: string;
	entity: string;
	entityId: string;
	oldValue?: unknown;
	newValue?: unknown;
}

export function writeAudit(db: Writer, entry: AuditEntry): void {
	db.insert(auditLog)
		.values({
			actorUserId: entry.actorUserId,
			municipalityId: entry.municipalityId ?? null,
			action: entry.action,
			entity: entry.entity,
			entityId: entry.entityId,
			oldValue: entry.oldValue === undefined ? null : JSON.stringify(entry.oldValue),
			newValue: entry.newValue === undefined ? null : JSON.stringify(entry.newValue)
		})
		.run();
}

/** writeAudit through a statement prepared once, for the autosave path; returns the new row's id. */
export function writeAuditPrepared(db: Pick<Db, '$client'>, entry: AuditEntry): number {
	const result = prepared(
		db,
		`insert into audit_log (actor_user_id, municipality_id, action, entity, entity_id, old_value, new_value)
		 values (?, ?, ?, ?, ?, ?, ?)`
	).run(
		entry.actorUserId,
		entry.municipalityId ?? null,
		entry.action,
		entry.entity,
		entry.entityId,
		entry.oldValue === undefined ? null : JSON.stringify(entry.oldValue),
		entry.newValue === undefined ? null : JSON.stringify(entry.newValue)
	);
	return Number(result.lastInsertRowid);
}
