import { describe, expect, it } from 'vitest';
import { acceptInvitationSchema, loginSchema } from '../../src/lib/domain/validation/account-forms';
import { formValues, parseForm } from '../../src/lib/domain/validation/form';
import { municipalitySchema } from '../../src/lib/domain/validation/municipality-form';

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [k, v] of Object.entries(fields)) data.append(k, v);
	return data;
}

function errorsOf<T>(result: ReturnType<typeof parseForm<T>>) {
	if (result.ok) throw new Error('expected the form to be refused');
	return result.errors;
}

function dataOf<T>(result: ReturnType<typeof parseForm<T>>): T {
	if (!result.ok) throw new Error(`expected the form to be accepted: ${JSON.stringify(result.errors)}`);
	return result.data;
}

describe('login form', () => {
	it('asks for both fields when the form is empty', () => {
		const errors = errorsOf(parseForm(loginSchema, new FormData()));
		expect(errors).toEqual({ email: 'error.required', password: 'error.required' });
	});

	it('asks for both fields when they are blank', () => {
		const errors = errorsOf(parseForm(loginSchema, form({ email: '   ', password: '' })));
		expect(errors).toEqual({ email: 'error.required', password: 'error.required' });
	});

	it('refuses a malformed email address', () => {
		const errors = errorsOf(parseForm(loginSchema, form({ email: 'not-an-email', password: 'x' })));
		expect(errors.email).toBe('error.email_invalid');
		expect(errors.password).toBeUndefined();
	});

	it('refuses a 300-character email address as too long', () => {
		const email = `${'a'.repeat(288)}@example.com`;
		expect(email).toHaveLength(300);
		const errors = errorsOf(parseForm(loginSchema, form({ email, password: 'x' })));
		expect(errors.email).toBe('error.too_long');
	});

	it('trims and lower-cases the email address', () => {
		const data = dataOf(
			parseForm(loginSchema, form({ email: '  Anna.Virtanen@Example.FI ', password: 'secret' }))
		);
		expect(data).toEqual({ email: 'anna.virtanen@example.fi', password: 'secret' });
	});

	it('gives back what was typed, without the password, when refused', () => {
		const result = parseForm(loginSchema, form({ email: 'bad', password: 'hunter2' }));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.values).toEqual({ email: 'bad' });
	});
});

describe('accept invitation form', () => {
	const valid = { name: 'Anna', password: 'long-enough-1', passwordConfirm: 'long-enough-1' };

	it('accepts a name and a matching long password', () => {
		expect(dataOf(parseForm(acceptInvitationSchema, form(valid)))).toEqual(valid);
	});

	it('refuses a password shorter than ten characters', () => {
		const errors = errorsOf(
			parseForm(acceptInvitationSchema, form({ ...valid, password: 'short', passwordConfirm: 'short' }))
		);
		expect(errors.password).toBe('error.password_short');
	});

	it('reports a mismatch on the confirmation field', () => {
		const errors = errorsOf(
			parseForm(acceptInvitationSchema, form({ ...valid, passwordConfirm: 'long-enough-2' }))
		);
		expect(errors).toEqual({ passwordConfirm: 'error.password_mismatch' });
	});

	it('refuses a name longer than 120 characters', () => {
		const errors = errorsOf(parseForm(acceptInvitationSchema, form({ ...valid, name: 'x'.repeat(121) })));
		expect(errors.name).toBe('error.too_long');
	});
});

describe('municipality form', () => {
	const valid = {
		name: 'Koivuranta',
		country: 'fi',
		population: '68 400',
		diversityShare: '9,8',
		diversityMeasure: 'foreign_language'
	};

	it('accepts a decimal comma, spaces in numbers, and upper-cases the country', () => {
		const data = dataOf(parseForm(municipalitySchema, form(valid)));
		expect(data.diversityShare).toBe(9.8);
		expect(data.population).toBe(68_400);
		expect(data.country).toBe('FI');
		expect(data.officialCode).toBeNull();
		expect(data.region).toBeNull();
	});

	it.each([
		['population', 'abc', 'error.number'],
		['population', '1.5', 'error.whole_number'],
		['population', '', 'error.required'],
		['population', '0', 'error.population_range'],
		['diversityShare', '120', 'error.percent_range'],
		['diversityShare', '-1', 'error.percent_range'],
		['country', 'fin', 'error.country_code'],
		['name', ' ', 'error.required']
	])('refuses %s "%s" with %s', (field, value, key) => {
		const errors = errorsOf(parseForm(municipalitySchema, form({ ...valid, [field]: value })));
		expect(errors).toEqual({ [field]: key });
	});

	it('asks for the diversity measure when it is missing', () => {
		const { diversityMeasure: _omit, ...rest } = valid;
		const errors = errorsOf(parseForm(municipalitySchema, form(rest)));
		expect(errors).toEqual({ diversityMeasure: 'error.required' });
	});
});

describe('formValues', () => {
	it('keeps text fields and leaves out passwords', () => {
		const values = formValues(form({ name: 'Anna', email: 'a@b.fi', password: 'p1', passwordConfirm: 'p2' }));
		expect(values).toEqual({ name: 'Anna', email: 'a@b.fi' });
	});

	it('leaves out the fields it is told to', () => {
		expect(formValues(form({ a: '1', b: '2' }), ['b'])).toEqual({ a: '1' });
	});
});
