// Parley is a client-side app: the shell is prerendered, everything else runs in the browser.
export const ssr = false;
export const prerender = true;
