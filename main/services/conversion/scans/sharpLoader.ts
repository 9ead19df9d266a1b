/**
 * sharp (libvips), loaded on first use. The main bundle leaves it outside (a native addon
 * with its shared library, shipped beside the bundle and unpacked from the asar), so
 * importing the conversion code does not load it: a binary that is missing or built for
 * another platform then costs only the scans, with a message saying so, instead of the
 * whole app failing to start.
 */
import type SharpModule from 'sharp';
import { imageLibraryMissingError } from './errors';

export type SharpFactory = typeof SharpModule;

let loading: Promise<SharpFactory> | null = null;

/** sharp, loaded once; `errors.conversion.imageLibraryMissing` when it cannot load. */
export function loadSharp(): Promise<SharpFactory> {
  // esbuild keeps this as a runtime require of the external package, run on first call.
  loading ??= import('sharp')
    .then((module) => module.default)
    .catch((error: unknown) => {
      // A failed load is not kept: the next scan tries again.
      loading = null;
      throw Object.assign(imageLibraryMissingError(), { cause: error });
    });
  return loading;
}
