import { config } from './config';
import { createSignInLimits, type SignInLimits } from './services/sign-in';

let limits: SignInLimits | undefined;

/** One set of counters per server process. */
export function signInLimits(): SignInLimits {
	const c = config();
	limits ??= createSignInLimits({
		perAccount: c.LOGIN_MAX_FAILURES_PER_ACCOUNT,
		perAddress: c.LOGIN_MAX_FAILURES_PER_ADDRESS,
		windowMinutes: c.LOGIN_WINDOW_MINUTES
	});
	return limits;
}
