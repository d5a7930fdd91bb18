import { minify, type Plugin } from 'vite';

const CHART_JS = /[\\/]node_modules[\\/]chart\.js[\\/]/;
// What may share the chunk: chart.js, its colour library, and plain modules (no component, no runes).
const PRUNABLE = /[\\/]node_modules[\\/](chart\.js|@kurkle[\\/]color)[\\/]|(?<!\.svelte)\.[jt]s$/;

/**
 * chart.js declares every scale and controller as a class whose static fields read other objects' properties
 * (`static defaults = TimeScale.defaults`, `callback: Ticks.formatters.logarithmic`). Rolldown cannot yet tell such
 * reads are harmless (rolldown/rolldown#5872), so it keeps the logarithmic, radial, time and time-series scales
 * nobody registers: ~19 KB of the office page's chart chunk, ~6 KB gzipped. Assuming property reads are pure is
 * wrong for the app's own code (a bare `props.x` read in an effect tracks a dependency), so only the chunk holding
 * chart.js gets a second dead-code pass with that assumption, before the usual minification.
 */
export function pruneChartChunk(): Plugin {
  let target: string | string[] | undefined;
  return {
    name: 'suara-prune-chart-chunk',
    apply: 'build',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    configResolved(config) {
      target = config.build.target || undefined;
    },
    async renderChunk(code, chunk) {
      if (!chunk.moduleIds.some((id) => CHART_JS.test(id))) return null;
      const other = chunk.moduleIds.filter((id) => !PRUNABLE.test(id));
      if (other.length > 0) {
        this.warn(`chart.js shares a chunk with ${other.join(', ')}: its unused scales are left in`);
        return null;
      }
      const pruned = await minify(chunk.fileName, code, {
        module: true,
        compress: { target, treeshake: { propertyReadSideEffects: false } },
        mangle: false,
        codegen: { removeWhitespace: false },
        sourcemap: true
      });
      if (pruned.errors.length > 0) this.error(`pruning ${chunk.fileName}: ${pruned.errors[0]!.message}`);
      return { code: pruned.code, map: pruned.map };
    }
  };
}
