/* Runs every test suite (unit, integration, browser) and ends with one summary line. Exit 1 if any test fails. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const OUT = '.test-output';
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

/** @param {string} label @param {string} command @param {string[]} args */
function run(label, command, args) {
	console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
	return result.status ?? 1;
}

/** @param {string} path */
function readJson(path) {
	return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

const vitestStatus = run('unit and integration tests', 'npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${OUT}/vitest.json`
]);
const e2eStatus = run('browser tests (Chromium)', 'npx', ['playwright', 'test']);

const vitest = readJson(`${OUT}/vitest.json`);
const e2e = readJson(`${OUT}/e2e.json`);
const passed = (vitest?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0);
const failed = (vitest?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (e2e?.stats?.skipped ?? 0);
const broken = vitestStatus !== 0 || e2eStatus !== 0 || !vitest || !e2e;

console.log(
	`\nunit+integration: ${vitest?.numPassedTests ?? 0} passed, ${vitest?.numFailedTests ?? '?'} failed; browser: ${e2e?.stats?.expected ?? 0} passed, ${e2e?.stats?.unexpected ?? '?'} failed`
);
console.log(`Tests: ${passed} passed, ${broken && failed === 0 ? 1 : failed} failed, ${skipped} skipped`);
process.exit(broken || failed > 0 ? 1 : 0);
