import type { Issue, Service } from "../model/types.js";

/**
 * Below this many cases a mined model's journeys are more the model's than the log's (30).
 *
 * @example
 * FEW_CASES; // 30
 */
export const FEW_CASES = 30;

/**
 * The `few_cases` warning of a model mined from fewer than `FEW_CASES` cases: its journeys
 * generalise the observed ones, and some of those it lists never happened. `[]` otherwise, and
 * for a designed model.
 *
 * @example
 * fewCases(mineService(twoCaseLog)); // [{ code: "few_cases", path: ["mined", "cases"], message: "mined from 2 cases …" }]
 */
export function fewCases(service: Service): Issue[] {
  const cases = service.mined?.cases;
  if (cases === undefined || cases >= FEW_CASES) return [];
  return [
    {
      code: "few_cases",
      path: ["mined", "cases"],
      message: `mined from ${cases} case${cases === 1 ? "" : "s"} (fewer than ${FEW_CASES}): the model's journeys generalise the observed ones, and some of those it lists never happened`,
    },
  ];
}
