// Generates the site's service worker (site/sw.js) with Workbox's generateSW, at build time.
// Called by sitegen/offline.py after the checker runtime is in the site; all the choices are here
// and explained in docs/method/browser-checker.md ("Offline").
//
// Usage: node sitegen/service_worker.mjs <site dir>
// Prints a JSON report ({count, size, warnings}) on stdout.
import path from "node:path";
import { generateSW } from "workbox-build";

const site = path.resolve(process.argv[2]);

const { count, size, warnings } = await generateSW({
  globDirectory: site,
  // Every page (both languages), asset, data file, search index and the checker runtime the
  // worker fetches. Not precached: the loose wheels (the worker unpacks the byte-compiled
  // runtime-*.zip bundles made from them), sitemaps, and the service worker itself.
  globPatterns: ["**/*.{html,css,js,mjs,json,wasm,zip,svg,png,ico,webmanifest,txt,ics,woff2}"],
  globIgnores: ["sw.js", "**/sitemap.xml*"],
  swDest: path.join(site, "sw.js"),
  // The WebAssembly binary of Pyodide is about 10 MB, the standard library 2.5 MB.
  maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
  // Workbox's runtime is written into sw.js itself: nothing is imported from a CDN or another file.
  inlineWorkboxRuntime: true,
  mode: "production",
  sourcemap: false,
  // Each file is precached under a revision (an MD5 of its bytes, Workbox's own revisioning): a new
  // build downloads only the files that changed, and the old cache is deleted when it activates.
  cleanupOutdatedCaches: true,
  // A new worker waits until the reader accepts the update (site.js posts {type: "SKIP_WAITING"}).
  skipWaiting: false,
  // The first visit's pages are taken over at once, so the checker page opened first is cached too.
  clientsClaim: true,
  // /checker/?regulation=... is the cached /checker/index.html; bundles are fetched with ?v=<sha256>.
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: "index.html",
  // A page that is not in the site is not answered with another page: the server's 404 stands.
  navigateFallback: undefined,
});

process.stdout.write(JSON.stringify({ count, size, warnings }) + "\n");
