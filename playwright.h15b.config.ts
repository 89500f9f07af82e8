import base, { E2E_ORIGIN } from './playwright.config';
// Temporary (not committed): runs against a server started by hand on a build made beforehand.
export default { ...base, webServer: [{ command: 'true', url: `${E2E_ORIGIN}/login`, reuseExistingServer: true }] };
