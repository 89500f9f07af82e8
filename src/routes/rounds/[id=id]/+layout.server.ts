import { userLoad } from '$lib/server/http';
import { roundStepper } from '$lib/server/services/round-stepper';
import type { LayoutServerLoad } from './$types';

/** The status stepper shown above every page of a round. */
export const load = ((event) =>
	userLoad(event, ({ db, user }) => ({
		stepper: roundStepper(db, user, event.params.id)
	}))) satisfies LayoutServerLoad;
