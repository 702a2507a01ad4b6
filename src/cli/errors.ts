/** A mistake in how vncite was called that commander cannot see (an --ignore-file that does not exist): exit 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
