/**
 * The colours of hukka's diagrams: the Okabe–Ito palette (Okabe & Ito, "Color Universal Design",
 * 2008), which stays distinguishable with the common colour-vision deficiencies, and Tol's wine.
 * Value, necessary and waste also differ in lightness, so they survive greyscale printing. One
 * colour means one thing in every diagram: vermillion is waste (waste steps, waits), reddish
 * purple a hand-off, wine a customer sent back (ping-pong, revisit), blue the journey followed.
 *
 * @example
 * colours.waste; // "#D55E00" (vermillion)
 */
export const colours = {
  /** Steps the customer would pay for: bluish green. */
  value: "#009E73",
  /** Required but not valued: sky blue. */
  necessary: "#56B4E9",
  /** Steps to remove: vermillion. */
  waste: "#D55E00",
  /** Links inside one department. */
  link: "#8C8C8C",
  /** Links that hand the customer over to another department: reddish purple. */
  handoff: "#CC79A7",
  /** A customer sent back to a department: ping-pong pairs and marks, revisit marks; wine (Tol). */
  pingPong: "#882255",
  /** What a selection highlights: the journey followed, blue as its wander line. */
  highlight: "#0072B2",
  /** The wander line: blue. */
  wander: "#0072B2",
  /** Resolved and abandoned outcomes. */
  resolved: "#009E73",
  abandoned: "#D55E00",
  ink: "#1F2328",
  muted: "#5C6370",
  frontstage: "#F7F9FC",
  backstage: "#F1F1EC",
  support: "#ECEAF2",
  rule: "#C9CED6",
} as const;
