/** The pages, addressed by the URL's hash so the gateway serves one static index.html for all of them. */
export type Route =
  | { page: 'overview' }
  | { page: 'containers' }
  | { page: 'container'; containerId: string }
  | { page: 'slashes' }
  | { page: 'slash'; slashId: string }
  | { page: 'earnings' }
  | { page: 'missed-demand' }
  | { page: 'checkers' }
  | { page: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '/overview') {
    return { page: 'overview' };
  }
  if (path === '/containers') {
    return { page: 'containers' };
  }
  if (path === '/missed-demand') {
    return { page: 'missed-demand' };
  }
  if (path === '/checkers') {
    return { page: 'checkers' };
  }
  const container = /^\/containers\/([0-9a-fA-F-]{1,64})$/.exec(path);
  if (container) {
    return { page: 'container', containerId: container[1] };
  }
  if (path === '/slashes') {
    return { page: 'slashes' };
  }
  const slash = /^\/slashes\/([0-9a-fA-F-]{1,64})$/.exec(path);
  if (slash) {
    return { page: 'slash', slashId: slash[1] };
  }
  if (path === '/earnings') {
    return { page: 'earnings' };
  }
  return { page: 'not-found', path };
}

export const href = {
  overview: '#/',
  containers: '#/containers',
  container: (id: string) => `#/containers/${encodeURIComponent(id)}`,
  slashes: '#/slashes',
  slash: (id: string) => `#/slashes/${encodeURIComponent(id)}`,
  earnings: '#/earnings',
  missedDemand: '#/missed-demand',
  checkers: '#/checkers',
};
