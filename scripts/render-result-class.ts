import type { Plugin } from 'vite';
import { serverBuildRewrite } from './server-build-rewrite.ts';

/**
 * A build-time rewrite of one function of Svelte's, for the garbage collector's sake (docs/bench.md, "What survives
 * a render"). SvelteKit wraps its root component in `asClassComponent` (svelte/legacy), which answers each server
 * render with an object whose `head` and `html` are getters defined on that object itself. V8 allocates every such
 * accessor pair in its old generation, so each one pointed from there at the render's closures: a collection of
 * the young generation kept the render's HTML, its data and its pieces alive, and only a full collection freed
 * them. Here the object becomes an instance of a class whose getters live on its prototype; what it answers is
 * the same. Svelte is bundled into the pages' server build, so the build is the only place this needs to happen.
 * If Svelte's code changes shape, the build fails and says so, rather than quietly dropping the rewrite.
 */

/** Where the function lives in the svelte package. */
export const LEGACY_SERVER_MODULE = '/svelte/src/legacy/legacy-server.js';

// From the object with per-result getters to its return, as svelte 5.57 writes it.
const PER_RESULT_GETTERS = /const munged = Object\.defineProperties\([\s\S]*?get: \(\) => result\.head[\s\S]*?get: \(\) => result\.body[\s\S]*?\n\t+return munged;/;

const RESULT_CLASS = `
/** One server render's result, as asClassComponent answers it: its getters on the prototype, not on each result. */
class LegacyRenderOutput {
	#result;
	css = { code: '', map: null };
	constructor(result) {
		this.#result = result;
	}
	get head() {
		return this.#result.head;
	}
	get html() {
		return this.#result.body;
	}
	then(onfulfilled, onrejected) {
		if (!async_mode_flag) {
			return Promise.resolve(onfulfilled({ css: this.css, head: this.head, html: this.html }));
		}
		return this.#result.then(
			(result) => onfulfilled({ css: this.css, head: result.head, html: result.body, hashes: result.hashes }),
			onrejected
		);
	}
}
`;

/** The module's code with the per-result getters replaced by the class; throws when the code is not as expected. */
export function withRenderResultClass(code: string): string {
  const match = PER_RESULT_GETTERS.exec(code);
  if (!match || !code.includes('async_mode_flag')) {
    throw new Error(
      `${LEGACY_SERVER_MODULE} no longer has the code scripts/render-result-class.ts rewrites: check whether Svelte still defines getters on each render's result, then update or drop the rewrite`
    );
  }
  return code.replace(match[0], `return new LegacyRenderOutput(result);`) + RESULT_CLASS;
}

export function renderResultClass(): Plugin {
  return serverBuildRewrite({ name: 'render-result-class', module: LEGACY_SERVER_MODULE, rewrite: withRenderResultClass });
}
