/**
 * The analysis on demand. In the shipped desktop build, the modules of `src/core` (the YAML parser,
 * the schema validators, the rules, the message catalog…) are a bundle of their own, dist/analysis.js,
 * and each one the VS Code layer imports is a stand-in whose exports are getters (esbuild.mjs,
 * `coreOnDemand`): the bundle is required when one of them is first read — in practice by the first
 * analysis — so activation compiles only the VS Code layer.
 */
let modules: Record<string, Record<string, unknown>> | undefined;

/** The module `key` (its path under src/core, without extension) of the analysis bundle, loaded on first call. */
export function coreModule(key: string): () => Record<string, unknown> {
  return () => (modules ??= require('./analysis.js') as Record<string, Record<string, unknown>>)[key];
}
