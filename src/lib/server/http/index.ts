export { requireUser, type RouteContext } from './context';
export { loadOrError, userLoad } from './loads';
export { failFrom, formAction, publicFormAction } from './actions';
export { download, fileEndpoint, jsonEndpoint } from './endpoints';
export { streamEndpoint } from './stream-endpoint';
export { uploadEndpoint } from './upload-endpoint';
export { safeRedirectTarget } from './redirect-target';
