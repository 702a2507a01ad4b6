/**
 * A regex made on its first use, then the same one each time.
 *
 * A module constant regex is made when the bundle loads, in every process: the analyze stage's (460 of the
 * 848 alive after load, 616 of their 770 `\p{…}` classes) were made in an extract() process too, which never
 * runs them. Making a regex parses it, and each `\p{…}` class asks ICU for its set (~0.3 M instructions a
 * class, bench/README sessions 57–58). A module writes `const X = lazyRegExp(() => /…/u)` and reads `X()`.
 * The regex is one object for the process, as a constant's is: `lastIndex` of a global one behaves the same.
 */
export function lazyRegExp(make: () => RegExp): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= make());
}
