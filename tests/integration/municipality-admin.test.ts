import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { municipalityNameKey } from '../../src/lib/domain/municipality-name';
import { auditLog, municipalities } from '../../src/lib/server/db/schema';
import { dashboard } from '../../src/lib/server/services/dashboard';
import {
	createMunicipality,
	getMunicipality,
	listAllMunicipalities,
	setMunicipalityArchived,
	updateMunicipality
} from '../../src/lib/server/services/municipalities';
import { readAnswers } from '../../src/lib/server/services/answers';
import { expertRounds } from '../../src/lib/server/services/review';
import { addUser } from '../helpers/db';
import { refusal, roundSetup } from './round-fixtures';

const FACTS = {
	officialCode: null,
	country: 'FI',
	region: null,
	population: 20_000,
	diversityShare: 4.5,
	diversityMeasure: 'foreign_language' as const
};

function setup() {
	const s = roundSetup();
	const admin = addUser(s.db, { name: 'Ada Admin', isAdmin: true });
	const names = () => listAllMunicipalities(s.db, admin).map((m) => m.name);
	return { ...s, admin, names };
}

describe('duplicate municipality names', () => {
	it('compares names without case, accents or punctuation', () => {
		expect(municipalityNameKey('Järvenlinna')).toBe(municipalityNameKey('JARVENLINNA'));
		expect(municipalityNameKey('Pedersöre  (demo)')).toBe(municipalityNameKey('pedersore demo'));
		expect(municipalityNameKey('Jarvenlinna')).not.toBe(municipalityNameKey('Järvenpää'));
	});

	it('warns before creating a name that exists, and creates it once the admin confirms', () => {
		const { db, admin, names } = setup();
		createMunicipality(db, admin, { name: 'Järvenlinna', ...FACTS });
		const warned = refusal(() => createMunicipality(db, admin, { name: 'jarvenlinna', ...FACTS }));
		expect([warned.status, warned.messageKey, warned.params, warned.field]).toEqual([
			409,
			'error.municipality_name_exists',
			{ name: 'Järvenlinna' },
			'confirmDuplicate'
		]);
		expect(names()).toEqual(['Järvenlinna', 'Koivuranta']);
		createMunicipality(db, admin, { name: 'jarvenlinna', ...FACTS }, false, { confirmDuplicate: true });
		expect(names().sort()).toEqual(['Järvenlinna', 'Koivuranta', 'jarvenlinna']);
	});

	it('warns when renaming to another municipality’s name, not when keeping one’s own', () => {
		const { db, admin, town } = setup();
		const other = createMunicipality(db, admin, { name: 'Stormvik', ...FACTS });
		const e = refusal(() => updateMunicipality(db, admin, other.id, { ...FACTS, name: 'KOIVURANTA' }));
		expect(e.messageKey).toBe('error.municipality_name_exists');
		// Its own name in other letters is not a duplicate.
		updateMunicipality(db, admin, town.id, { ...FACTS, name: 'Koivuranta', population: 31_000 });
		updateMunicipality(db, admin, other.id, { ...FACTS, name: 'KOIVURANTA' }, { confirmDuplicate: true });
		expect(db.select().from(municipalities).where(eq(municipalities.id, other.id)).get()?.name).toBe(
			'KOIVURANTA'
		);
	});
});

describe('editing a municipality', () => {
	it('changes the facts, audits old and new values and leaves opened rounds as they were', () => {
		const { db, admin, coordinator, round, town } = setup();
		updateMunicipality(db, admin, town.id, { ...FACTS, name: 'Koivuranta', population: 31_000 });
		expect(getMunicipality(db, coordinator, town.id).municipality.population).toBe(31_000);
		expect(round.population).toBe(50_000);
		const row = db.select().from(auditLog).where(eq(auditLog.action, 'update')).get()!;
		expect(JSON.parse(row.oldValue!)).toMatchObject({ name: 'Koivuranta', population: 50_000 });
		expect(JSON.parse(row.newValue!)).toMatchObject({ population: 31_000 });
		expect(refusal(() => updateMunicipality(db, coordinator, town.id, { ...FACTS, name: 'X' })).status).toBe(
			404
		);
	});
});

describe('archiving a municipality', () => {
	it('hides it from lists and dashboards, keeps its data, and brings it back', () => {
		const { db, admin, coordinator, expert, round, town, names } = setup();
		setMunicipalityArchived(db, admin, town.id, true);
		expect(names()).toEqual([]);
		expect(listAllMunicipalities(db, admin, { archived: true }).map((m) => m.name)).toEqual(['Koivuranta']);
		expect(dashboard(db, coordinator)).toEqual([]);
		expect(expertRounds(db, expert)).toEqual([]);
		// Nothing is deleted: the round, its answers and the roles are all there.
		expect(getMunicipality(db, coordinator, town.id).workingGroup).toHaveLength(5);
		expect(readAnswers(db, round.id)).toBeInstanceOf(Map);

		setMunicipalityArchived(db, admin, town.id, false);
		expect(names()).toEqual(['Koivuranta']);
		expect(dashboard(db, coordinator).map((m) => m.rounds.map((r) => r.id))).toEqual([[round.id]]);
		expect(
			db
				.select({ action: auditLog.action })
				.from(auditLog)
				.where(eq(auditLog.entity, 'municipality'))
				.all()
				.map((r) => r.action)
		).toEqual(['archive', 'unarchive']);
		expect(refusal(() => setMunicipalityArchived(db, coordinator, town.id, true)).status).toBe(404);
	});
});
