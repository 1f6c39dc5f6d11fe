/** Ids longer than this are cut where a message echoes them. */
const ID_CHARS = 60;

/**
 * An id from the input as a message lists it: whole when short, else its first characters and
 * its length, so that a 1 MB id never makes a 1 MB message (the log readers' `excerpt`, unquoted).
 *
 * @example
 * excerptId("lab"); // "lab"
 * excerptId("x".repeat(1e6)); // "xxxx…xxx… (1,000,000 characters)", 59 x's
 */
export function excerptId(id: string): string {
  return id.length <= ID_CHARS ? id : `${id.slice(0, ID_CHARS - 1)}… (${id.length.toLocaleString("en")} characters)`;
}
