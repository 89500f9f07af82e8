import type { Db } from '../db/client';
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
