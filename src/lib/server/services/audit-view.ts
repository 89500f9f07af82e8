// The audit log as the admin reads it: filtered, newest first, 50 rows a page, values in plain words.
import { and, asc, count, desc, eq, gte, inArray, lt, or, type SQL } from 'drizzle-orm';
import type { AuditQuery } from '../../domain/validation/people-forms';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { auditLog, municipalities, users } from '../db/schema';
import { notFound } from './errors';

export const AUDIT_PAGE_SIZE = 50;
const DAY_MS = 86_400_000;
/** Long enough for a justification's start; the full text is in the answer's own history. */
const MAX_VALUE = 300;
const ID = /^[a-z2-7]{20}$/;

export interface AuditChange {
	/** The field changed; empty when the value is a single one. */
	key: string;
	old: string | null;
	new: string | null;
}

export interface AuditEntry {
	id: number;
	at: Date;
	actor: string | null;
	municipality: string | null;
	action: string;
	entity: string;
	/** The person or municipality the row is about, by name, else the entity's id. */
	subject: string;
	changes: AuditChange[];
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

function parse(json: string | null): unknown {
	if (json === null) return undefined;
	try {
		return JSON.parse(json);
	} catch {
		return json;
	}
}

const fields = (value: unknown): Map<string, unknown> =>
	value === undefined || value === null
		? new Map()
		: typeof value === 'object' && !Array.isArray(value)
			? new Map(Object.entries(value))
			: new Map([['', value]]);

/** A value as a line of text, with user and municipality ids replaced by their names. */
function show(value: unknown, names: Map<string, string>): string | null {
	if (value === undefined || value === null) return null;
	let text: string;
	if (typeof value === 'string') text = names.get(value) ?? value;
	else if (Array.isArray(value)) text = value.map((v) => show(v, names) ?? '–').join(', ') || '–';
	else if (typeof value === 'object')
		text = Object.entries(value)
			.map(([k, v]) => `${k}: ${show(v, names) ?? '–'}`)
			.join('; ');
	else text = String(value);
	return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}

function idsIn(value: unknown, into: Set<string>): void {
	if (typeof value === 'string' && ID.test(value)) into.add(value);
	else if (value && typeof value === 'object') for (const v of Object.values(value)) idsIn(v, into);
}

function namesOf(db: Db, ids: Set<string>): Map<string, string> {
	const list = [...ids];
	if (list.length === 0) return new Map();
	const people = db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, list));
	const places = db
		.select({ id: municipalities.id, name: municipalities.name })
		.from(municipalities)
		.where(inArray(municipalities.id, list));
	return new Map([...people.all(), ...places.all()].map((r) => [r.id, r.name]));
}

function conditions(db: Db, query: AuditQuery): SQL | undefined | null {
	const parts: Array<SQL | undefined> = [];
	if (query.municipality) parts.push(eq(auditLog.municipalityId, query.municipality));
	if (query.action) parts.push(eq(auditLog.action, query.action));
	if (query.from) parts.push(gte(auditLog.createdAt, new Date(`${query.from}T00:00:00Z`)));
	if (query.to) parts.push(lt(auditLog.createdAt, new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS)));
	if (query.user) {
		const q = fold(query.user);
		const ids = db
			.select({ id: users.id, name: users.name, email: users.email })
			.from(users)
			.all()
			.filter((u) => fold(u.name).includes(q) || u.email.includes(q))
			.map((u) => u.id);
		if (ids.length === 0) return null;
		// What the person did, and what was done to their account.
		parts.push(
			or(
				inArray(auditLog.actorUserId, ids),
				and(eq(auditLog.entity, 'user'), inArray(auditLog.entityId, ids))
			)
		);
	}
	return and(...parts);
}

export function auditPage(db: Db, actor: SessionUser, query: AuditQuery) {
	if (!actor.isAdmin) throw notFound();
	const where = conditions(db, query);
	const total = where === null ? 0 : (db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0);
	const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
	const page = Math.min(query.page ?? 1, pages);
	const rows =
		where === null
			? []
			: db
					.select({ row: auditLog, actor: users.name, municipality: municipalities.name })
					.from(auditLog)
					.leftJoin(users, eq(auditLog.actorUserId, users.id))
					.leftJoin(municipalities, eq(auditLog.municipalityId, municipalities.id))
					.where(where)
					.orderBy(desc(auditLog.id))
					.limit(AUDIT_PAGE_SIZE)
					.offset((page - 1) * AUDIT_PAGE_SIZE)
					.all();
	const parsed = rows.map((r) => ({ ...r, old: parse(r.row.oldValue), new: parse(r.row.newValue) }));
	const ids = new Set<string>();
	for (const r of parsed) [r.row.entityId, r.old, r.new].forEach((v) => idsIn(v, ids));
	const names = namesOf(db, ids);
	const entries: AuditEntry[] = parsed.map((r) => {
		const before = fields(r.old);
		const after = fields(r.new);
		const keys = [...new Set([...before.keys(), ...after.keys()])];
		return {
			id: r.row.id,
			at: r.row.createdAt,
			actor: r.actor,
			municipality: r.municipality,
			action: r.row.action,
			entity: r.row.entity,
			subject: names.get(r.row.entityId) ?? r.row.entityId,
			changes: keys.map((key) => ({
				key,
				old: show(before.get(key), names),
				new: show(after.get(key), names)
			}))
		};
	});
	return { entries, total, page, pages, options: filterOptions(db) };
}

/** The choices of the filter form: every municipality (archived ones too) and every action logged. */
function filterOptions(db: Db) {
	return {
		municipalities: db
			.select({ id: municipalities.id, name: municipalities.name })
			.from(municipalities)
			.orderBy(asc(municipalities.name))
			.all(),
		actions: db
			.selectDistinct({ action: auditLog.action })
			.from(auditLog)
			.orderBy(asc(auditLog.action))
			.all()
			.map((r) => r.action)
	};
}
