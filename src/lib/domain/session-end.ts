/**
 * Why a session can end from elsewhere: an admin deactivated the account, the person lost their last
 * role, the password was changed, or the owner ended it from another browser. The sign-in page names it.
 */
export const SESSION_END_REASONS = ['deactivated', 'removed', 'password_changed', 'ended_elsewhere'] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

export function isSessionEndReason(value: unknown): value is SessionEndReason {
	return typeof value === 'string' && (SESSION_END_REASONS as readonly string[]).includes(value);
}
