// tsup bundles the one field into dist/cli.js, so the version printed is the package's own.
import { version as packageVersion } from "../../package.json";

/**
 * The version of the installed package, as `hukka --version` prints it.
 *
 * @example
 * version; // "0.1.0"
 */
export const version: string = packageVersion;
