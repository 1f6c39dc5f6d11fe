// Types of scripts/chromium.mjs, for the tests that import it.

/** The flags every run passes: no sandbox (containers), no GPU, no background traffic. */
export const CHROMIUM_FLAGS: string[];
/** `$CHROMIUM`, else Debian's headless shell when installed, else Debian's `chromium`; throws naming the package when there is neither. */
export function chromiumExecutable(): string;
