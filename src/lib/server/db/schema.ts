import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const createdAt = () =>
	integer('created_at', { mode: 'timestamp_ms' })
		.notNull()
		.default(sql`(unixepoch('subsec') * 1000)`);

export const MUNICIPALITY_ROLES = ['coordinator', 'member', 'leader'] as const;
export type MunicipalityRole = (typeof MUNICIPALITY_ROLES)[number];

/** What an invitation grants: a municipal role, the expert role for a municipality, or platform admin. */
export const INVITATION_ROLES = [...MUNICIPALITY_ROLES, 'expert', 'admin'] as const;
export type InvitationRole = (typeof INVITATION_ROLES)[number];

export const users = sqliteTable('users', {
	id: text('id').primaryKey(),
	email: text('email').notNull().unique(),
	name: text('name').notNull(),
	passwordHash: text('password_hash').notNull(),
	isAdmin: integer('is_admin', { mode: 'boolean' }).notNull().default(false),
	locale: text('locale'),
	createdAt: createdAt()
});

export const sessions = sqliteTable(
	'sessions',
	{
		/** SHA-256 of the token in the cookie, hex; the token itself is never stored. */
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		createdAt: createdAt()
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

export const municipalities = sqliteTable('municipalities', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	officialCode: text('official_code'),
	country: text('country').notNull(),
	region: text('region'),
	population: integer('population').notNull(),
	/** Share of residents in percent, of the kind diversity_measure names. */
	diversityShare: real('diversity_share').notNull(),
	diversityMeasure: text('diversity_measure', { enum: ['foreign_born', 'foreign_language'] }).notNull(),
	isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
	createdAt: createdAt()
});

export const memberships = sqliteTable(
	'memberships',
	{
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipalities.id, { onDelete: 'cascade' }),
		role: text('role', { enum: MUNICIPALITY_ROLES }).notNull(),
		createdAt: createdAt()
	},
	(t) => [
		primaryKey({ columns: [t.userId, t.municipalityId, t.role] }),
		index('memberships_municipality_idx').on(t.municipalityId)
	]
);

export const expertAssignments = sqliteTable(
	'expert_assignments',
	{
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipalities.id, { onDelete: 'cascade' }),
		createdAt: createdAt()
	},
	(t) => [primaryKey({ columns: [t.userId, t.municipalityId] })]
);

export const invitations = sqliteTable(
	'invitations',
	{
		id: text('id').primaryKey(),
		/** SHA-256 of the link's token, hex. */
		tokenHash: text('token_hash').notNull(),
		email: text('email').notNull(),
		role: text('role', { enum: INVITATION_ROLES }).notNull(),
		municipalityId: text('municipality_id').references(() => municipalities.id, { onDelete: 'cascade' }),
		invitedBy: text('invited_by').references(() => users.id, { onDelete: 'set null' }),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		usedAt: integer('used_at', { mode: 'timestamp_ms' }),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('invitations_token_idx').on(t.tokenHash)]
);

export const auditLog = sqliteTable(
	'audit_log',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		actorUserId: text('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
		municipalityId: text('municipality_id').references(() => municipalities.id, { onDelete: 'cascade' }),
		action: text('action').notNull(),
		entity: text('entity').notNull(),
		entityId: text('entity_id').notNull(),
		/** JSON of the value before and after; null where there was none. */
		oldValue: text('old_value'),
		newValue: text('new_value'),
		createdAt: createdAt()
	},
	(t) => [index('audit_entity_idx').on(t.entity, t.entityId)]
);

export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type Municipality = typeof municipalities.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
