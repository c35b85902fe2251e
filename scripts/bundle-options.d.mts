// Types of bundle-options.mjs, for the benches written in TypeScript.
import type { BuildOptions } from 'esbuild';

export declare const bundleOptions: BuildOptions & { banner: { js: string } };
