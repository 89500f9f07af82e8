import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ROUND_STATUSES, type RoundStatus } from '../../domain/round-status';
import { SESSION_END_REASONS, type SessionEndReason } from '../../domain/session-end';

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
	/** Set by an admin: the account keeps its history but cannot sign in; cleared on reactivation. */
	deactivatedAt: integer('deactivated_at', { mode: 'timestamp_ms' }),
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

/** Defined in the domain, where the sign-in page reads them too. */
export { SESSION_END_REASONS, type SessionEndReason };

/**
 * Why a session was ended by someone other than its browser, so that the browser's next request can say
 * so instead of a bare sign-in page. Keyed like sessions (the hash of the token); kept only until the
 * session would have expired anyway, after which the row says nothing useful and is pruned.
 */
export const endedSessions = sqliteTable('ended_sessions', {
	id: text('id').primaryKey(),
	userId: text('user_id')
		.notNull()
		.references(() => users.id, { onDelete: 'cascade' }),
	reason: text('reason', { enum: SESSION_END_REASONS }).notNull(),
	expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
	createdAt: createdAt()
});

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
	/** JSON array of the municipality's official languages (fi, sv), in order; experts write in these. */
	languages: text('languages').notNull().default('["fi"]'),
	/** Archived: left out of lists and dashboards, every row kept; an admin can bring it back. */
	archivedAt: integer('archived_at', { mode: 'timestamp_ms' }),
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
		/** Set when an admin or coordinator withdraws the invitation: its link stops working. */
		cancelledAt: integer('cancelled_at', { mode: 'timestamp_ms' }),
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

/** Defined in the domain, next to the rules of moving between them; re-exported for existing imports. */
export { ROUND_STATUSES, type RoundStatus };

/** One municipality answering one questionnaire version in one year. */
export const assessmentRounds = sqliteTable(
	'assessment_rounds',
	{
		id: text('id').primaryKey(),
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipalities.id, { onDelete: 'cascade' }),
		questionnaireId: text('questionnaire_id').notNull(),
		questionnaireVersion: text('questionnaire_version').notNull(),
		year: integer('year').notNull(),
		status: text('status', { enum: ROUND_STATUSES }).notNull().default('draft'),
		/** Context facts as they were when the round was opened; the municipality's own may change later. */
		population: integer('population').notNull(),
		diversityShare: real('diversity_share').notNull(),
		diversityMeasure: text('diversity_measure', { enum: ['foreign_born', 'foreign_language'] }).notNull(),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
		submittedBy: text('submitted_by').references(() => users.id, { onDelete: 'set null' }),
		/** How the municipality's published scores appear in other municipalities' peer comparisons. */
		visibility: text('visibility', { enum: ['named', 'anonymous'] })
			.notNull()
			.default('anonymous'),
		publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
		publishedBy: text('published_by').references(() => users.id, { onDelete: 'set null' }),
		/** JSON of the ScoreResult frozen at publishing, with the questionnaire version above. */
		frozenScores: text('frozen_scores'),
		/** The frozen overall, area and dimension scores only: what peer comparison reads, kept small. */
		scoreSummary: text('score_summary'),
		/** Raised by every correction after publishing. */
		revision: integer('revision').notNull().default(0),
		/** The expert's covering note when returning the round, shown to the working group. */
		returnNote: text('return_note'),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('rounds_unique_idx').on(t.municipalityId, t.questionnaireId, t.year)]
);

export const areaAssignments = sqliteTable(
	'area_assignments',
	{
		roundId: text('round_id')
			.notNull()
			.references(() => assessmentRounds.id, { onDelete: 'cascade' }),
		areaCode: text('area_code').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: createdAt()
	},
	(t) => [primaryKey({ columns: [t.roundId, t.areaCode, t.userId] })]
);

/** The municipality's one answer to a question in a round; version guards against silent overwrites. */
export const answers = sqliteTable(
	'answers',
	{
		roundId: text('round_id')
			.notNull()
			.references(() => assessmentRounds.id, { onDelete: 'cascade' }),
		questionCode: text('question_code').notNull(),
		/** JSON of AnswerValue, or null when only a justification or evidence has been given. */
		value: text('value'),
		justification: text('justification').notNull().default(''),
		/** JSON array of { url, title }. */
		evidence: text('evidence').notNull().default('[]'),
		version: integer('version').notNull(),
		updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [primaryKey({ columns: [t.roundId, t.questionCode] })]
);

/**
 * The last autosaves of each answer by the id the browser gave them, so that the retry of a save whose
 * reply was lost gets that save's result instead of a conflict with itself. Kept in the database, not in
 * memory, so a retry after a restart is recognised too; the oldest are pruned as new saves come in.
 * audit_id is the save's audit row, which holds what was saved; no foreign key, since audit rows are
 * only ever deleted with their municipality, which takes the round and so these rows with it.
 */
export const answerSaves = sqliteTable(
	'answer_saves',
	{
		roundId: text('round_id')
			.notNull()
			.references(() => assessmentRounds.id, { onDelete: 'cascade' }),
		questionCode: text('question_code').notNull(),
		saveId: text('save_id').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** The answer's version this save produced. */
		version: integer('version').notNull(),
		auditId: integer('audit_id').notNull(),
		savedAt: integer('saved_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [primaryKey({ columns: [t.roundId, t.questionCode, t.saveId] })]
);

export const comments = sqliteTable(
	'comments',
	{
		id: text('id').primaryKey(),
		roundId: text('round_id')
			.notNull()
			.references(() => assessmentRounds.id, { onDelete: 'cascade' }),
		questionCode: text('question_code').notNull(),
		userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
		body: text('body').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('comments_question_idx').on(t.roundId, t.questionCode)]
);

/**
 * Files attached to an answer as evidence. The bytes live outside the database, in the data folder under
 * their SHA-256 (server/files/blob-store.ts), so the same file attached twice is stored once; a blob is
 * deleted when the last row naming it is. The type is the one sniffed from the bytes, never the browser's.
 */
export const answerFiles = sqliteTable(
	'answer_files',
	{
		id: text('id').primaryKey(),
		roundId: text('round_id')
			.notNull()
			.references(() => assessmentRounds.id, { onDelete: 'cascade' }),
		questionCode: text('question_code').notNull(),
		sha256: text('sha256').notNull(),
		/** The uploaded name made safe for headers and file systems, with the sniffed type's extension. */
		name: text('name').notNull(),
		contentType: text('content_type').notNull(),
		size: integer('size').notNull(),
		uploadedBy: text('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [
		index('answer_files_question_idx').on(t.roundId, t.questionCode),
		index('answer_files_sha256_idx').on(t.sha256)
	]
);

export type AssessmentRound = typeof assessmentRounds.$inferSelect;
export type AnswerRow = typeof answers.$inferSelect;

export const REVIEW_FLAGS = ['ok', 'needs_evidence', 'inconsistent'] as const;
export type ReviewFlag = (typeof REVIEW_FLAGS)[number];

export const answerReviews = sqliteTable(
	'answer_reviews',
	{
		roundId: text('round_id')
			.notNull()
			.references(() => assessmentRounds.id, { onDelete: 'cascade' }),
		questionCode: text('question_code').notNull(),
		flag: text('flag', { enum: REVIEW_FLAGS }).notNull(),
		comment: text('comment').notNull().default(''),
		reviewerId: text('reviewer_id').references(() => users.id, { onDelete: 'set null' }),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [primaryKey({ columns: [t.roundId, t.questionCode] })]
);

export const RECOMMENDATION_STATUSES = ['proposed', 'accepted', 'rejected'] as const;
export const PRIORITY_LEVELS = ['high', 'medium', 'low'] as const;

export const recommendations = sqliteTable(
	'recommendations',
	{
		id: text('id').primaryKey(),
		roundId: text('round_id')
			.notNull()
			.references(() => assessmentRounds.id, { onDelete: 'cascade' }),
		areaCode: text('area_code').notNull(),
		/** The question whose answer triggered it; null for one the expert wrote. */
		questionCode: text('question_code'),
		/** JSON array of good-relations dimensions. */
		dimensions: text('dimensions').notNull().default('[]'),
		/** Legacy single-language wording, moved into `texts` at start-up; no longer written. */
		text: text('text'),
		/** Answer level (option code, partly/no, none/some, dont_know) whose template applies. */
		level: text('level'),
		/** Template group of a merged recommendation; its questions are in question_codes. */
		groupCode: text('group_code'),
		/** JSON array of the question codes a (merged) template recommendation covers. */
		questionCodes: text('question_codes').notNull().default('[]'),
		/**
		 * JSON {fi?, sv?, en?}: only what the expert actually wrote, per language. A language without an
		 * entry shows the template in the reader's language (see domain/recommendations/resolve.ts).
		 */
		texts: text('texts').notNull().default('{}'),
		priority: text('priority', { enum: PRIORITY_LEVELS }).notNull(),
		priorityScore: real('priority_score').notNull().default(0),
		status: text('status', { enum: RECOMMENDATION_STATUSES }).notNull().default('proposed'),
		/** One of the 3-5 the expert puts first in the report and preselects for the strategy. */
		isKey: integer('is_key', { mode: 'boolean' }).notNull().default(false),
		rejectReason: text('reject_reason'),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('recommendations_round_idx').on(t.roundId)]
);

export const areaNarratives = sqliteTable(
	'area_narratives',
	{
		roundId: text('round_id')
			.notNull()
			.references(() => assessmentRounds.id, { onDelete: 'cascade' }),
		areaCode: text('area_code').notNull(),
		strengths: text('strengths').notNull().default(''),
		weaknesses: text('weaknesses').notNull().default(''),
		updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [primaryKey({ columns: [t.roundId, t.areaCode] })]
);

export type RecommendationRow = typeof recommendations.$inferSelect;

/** Reference results from outside the app (e.g. published index reports), imported by an admin from CSV. */
export const referenceResults = sqliteTable(
	'reference_results',
	{
		id: text('id').primaryKey(),
		/** All rows of one import share it, so an import can be listed and undone as a whole. */
		importId: text('import_id').notNull(),
		questionnaireId: text('questionnaire_id').notNull(),
		municipality: text('municipality').notNull(),
		country: text('country').notNull(),
		year: integer('year').notNull(),
		population: integer('population').notNull(),
		diversityShare: real('diversity_share').notNull(),
		/** What the share counts, when the source says: foreign-born and foreign-language shares differ. */
		diversityMeasure: text('diversity_measure', { enum: ['foreign_born', 'foreign_language'] }),
		overall: real('overall').notNull(),
		/** JSON object of area code to score 0–100; a missing area is absent, not 0. */
		areaScores: text('area_scores').notNull().default('{}'),
		source: text('source').notNull(),
		synthetic: integer('synthetic', { mode: 'boolean' }).notNull(),
		importedBy: text('imported_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [index('reference_questionnaire_idx').on(t.questionnaireId)]
);

export type ReferenceResult = typeof referenceResults.$inferSelect;

/** The local integration strategy drafted from one published round; its content lives in versions. */
export const strategies = sqliteTable('strategies', {
	id: text('id').primaryKey(),
	roundId: text('round_id')
		.notNull()
		.unique()
		.references(() => assessmentRounds.id, { onDelete: 'cascade' }),
	createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
	createdAt: createdAt()
});

/** Every save of the strategy is a new version; nothing is overwritten, so any version can be restored. */
export const strategyVersions = sqliteTable(
	'strategy_versions',
	{
		id: text('id').primaryKey(),
		strategyId: text('strategy_id')
			.notNull()
			.references(() => strategies.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		/** JSON of StrategyOutline. */
		outline: text('outline').notNull(),
		note: text('note').notNull().default(''),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('strategy_version_idx').on(t.strategyId, t.version)]
);

export const strategyComments = sqliteTable(
	'strategy_comments',
	{
		id: text('id').primaryKey(),
		strategyId: text('strategy_id')
			.notNull()
			.references(() => strategies.id, { onDelete: 'cascade' }),
		section: text('section').notNull(),
		userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
		body: text('body').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('strategy_comments_idx').on(t.strategyId)]
);

/**
 * The editor's working copy between versions: autosave overwrites it (one row per strategy), and only
 * "save as version" turns it into a numbered version, so typing never fills the history.
 */
export const strategyDrafts = sqliteTable('strategy_drafts', {
	strategyId: text('strategy_id')
		.primaryKey()
		.references(() => strategies.id, { onDelete: 'cascade' }),
	/** The version the draft was started from; saving a version from a stale base is a conflict. */
	baseVersion: integer('base_version').notNull(),
	/** Counts autosaves; an editor saving over a revision it has not seen gets a conflict. */
	revision: integer('revision').notNull().default(0),
	/** JSON of StrategyOutline. */
	outline: text('outline').notNull(),
	/** The last autosave's id, so a retried request is answered without saving twice. */
	saveId: text('save_id'),
	updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
	updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
});

/** Where a measure stands between rounds; keyed by measure id, which stays the same across versions. */
export const strategyMeasureStatus = sqliteTable(
	'strategy_measure_status',
	{
		strategyId: text('strategy_id')
			.notNull()
			.references(() => strategies.id, { onDelete: 'cascade' }),
		measureId: text('measure_id').notNull(),
		status: text('status').notNull().default('not_started'),
		updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [primaryKey({ columns: [t.strategyId, t.measureId] })]
);

/** Dated progress notes on a measure, written by its owners (coordinator or members). */
export const strategyProgressNotes = sqliteTable(
	'strategy_progress_notes',
	{
		id: text('id').primaryKey(),
		strategyId: text('strategy_id')
			.notNull()
			.references(() => strategies.id, { onDelete: 'cascade' }),
		measureId: text('measure_id').notNull(),
		body: text('body').notNull(),
		userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [index('strategy_progress_notes_idx').on(t.strategyId, t.measureId)]
);

/**
 * Keys the server generates on first use and keeps with the data, so that what they sign stays valid
 * across restarts; a backup holds them together with the data they protect.
 */
export const appSecrets = sqliteTable('app_secrets', {
	name: text('name').primaryKey(),
	/** Random bytes, hex. */
	value: text('value').notNull(),
	createdAt: createdAt()
});

export const MAIL_KINDS = ['invitation', 'password_reset', 'area_assigned'] as const;
export const MAIL_STATUSES = ['queued', 'sent', 'failed', 'cancelled'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * Mails to send, written in the transaction of what causes them, so that a mail goes out exactly when its
 * change was committed; services/mail-outbox.ts delivers them with retries. The body is kept only until
 * the mail is sent or given up, since links in it carry one-time tokens.
 */
export const mailOutbox = sqliteTable(
	'mail_outbox',
	{
		/** Increasing, so that the latest mail about an entity is the one with the highest id. */
		id: integer('id').primaryKey({ autoIncrement: true }),
		to: text('to').notNull(),
		locale: text('locale').notNull(),
		kind: text('kind', { enum: MAIL_KINDS }).notNull(),
		subject: text('subject').notNull(),
		text: text('text'),
		html: text('html'),
		status: text('status', { enum: MAIL_STATUSES }).notNull().default('queued'),
		attempts: integer('attempts').notNull().default(0),
		lastError: text('last_error'),
		nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
		/** What the mail is about, e.g. entity 'invitation' and the invitation's id. */
		entity: text('entity'),
		entityId: text('entity_id'),
		createdAt: createdAt(),
		sentAt: integer('sent_at', { mode: 'timestamp_ms' })
	},
	(t) => [
		index('mail_outbox_due_idx').on(t.status, t.nextAttemptAt),
		index('mail_outbox_entity_idx').on(t.entity, t.entityId)
	]
);

export type MailOutboxRow = typeof mailOutbox.$inferSelect;

/** One-time links to choose a new password; like invitations, only the SHA-256 of the token is kept. */
export const passwordResets = sqliteTable(
	'password_resets',
	{
		id: text('id').primaryKey(),
		tokenHash: text('token_hash').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		usedAt: integer('used_at', { mode: 'timestamp_ms' }),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('password_resets_token_idx').on(t.tokenHash),
		index('password_resets_user_idx').on(t.userId)
	]
);
