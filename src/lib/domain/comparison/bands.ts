import type { Band, Framework } from '../questionnaire/schema';
import type { Bands } from './groups';

/** The size and diversity bands a municipality of this country is compared by: its own where set. */
export function bandsFor(peerBands: Framework['peer_bands'], country: string): Bands {
	const own = peerBands.countries?.[country.toUpperCase()];
	return {
		population: own?.population ?? peerBands.population,
		diversity: own?.diversity ?? peerBands.diversity
	};
}

/** Every band list of the framework, with where it is defined, for checks and the methodology page. */
export function allBandLists(peerBands: Framework['peer_bands']) {
	const lists: Array<{ path: string; kind: 'population' | 'diversity'; bands: readonly Band[] }> = [
		{ path: 'peer_bands.population', kind: 'population', bands: peerBands.population },
		{ path: 'peer_bands.diversity', kind: 'diversity', bands: peerBands.diversity }
	];
	for (const [country, set] of Object.entries(peerBands.countries ?? {})) {
		if (set.population)
			lists.push({ path: `peer_bands.countries.${country}.population`, kind: 'population', bands: set.population });
		if (set.diversity)
			lists.push({ path: `peer_bands.countries.${country}.diversity`, kind: 'diversity', bands: set.diversity });
	}
	return lists;
}
