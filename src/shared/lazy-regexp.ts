/**
 * A regex made on its first use, then the same one each time.
 *
 * A module constant regex is made when the bundle loads, in every process, and making one that holds a `\p{…}` class
 * asks ICU for the class's set (~0.3 M instructions a class). The analyze stage's made 616 of the 770 classes alive
 * after load, in an extract() process too, which never runs them (bench/README, session 58). Those are written
 * `const X = lazyRegExp(() => /…\p{L}…/u)` and read `X()` (scripts/lazy-regexps.mjs); a regex without a class stays a
 * constant: cheap to make, and a call at each read costs analyze() more than its making. One object for the process,
 * as a constant is: a global regex's `lastIndex` behaves the same.
 */
export function lazyRegExp(make: () => RegExp): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= make());
}
