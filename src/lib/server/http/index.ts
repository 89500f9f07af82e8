export { requireUser, type RouteContext } from './context';
export { loadOrError, userLoad } from './loads';
export { failFrom, formAction, publicFormAction } from './actions';
export { download, fileEndpoint, jsonEndpoint } from './endpoints';
export { safeRedirectTarget } from './redirect-target';
