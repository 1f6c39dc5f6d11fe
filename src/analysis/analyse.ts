import type { Service } from "../model/types.js";
import { attributedWaste } from "./attributed-waste.js";
import { expectedValues } from "./expected-values.js";
import { expectedWorkingMinutes } from "./expected-working-minutes.js";
import { expectedVisits } from "./expected-visits.js";
import { groupedWaste } from "./grouped-waste.js";
import { hotspots } from "./hotspots.js";
import { idealRoutes } from "./ideal-routes.js";
import { journeyIdeals } from "./journey-ideals.js";
import { likelyJourneys } from "./likely-journeys.js";
import { markovChain } from "./markov-chain.js";
import { modelJourney } from "./model-journey.js";
import type { ExpectedValues, WasteReport } from "./report.js";
import { fewCases } from "./few-cases.js";
import { unknownFigures } from "./unknown-figures.js";
import { unreachableTouchpoints } from "./unreachable-touchpoints.js";
import { wanderPaths } from "./wander-paths.js";

/**
 * Options of `analyse`; each defaults to `ANALYSE_DEFAULTS`.
 *
 * @example
 * analyse(service, { top: 3, hotspots: 5 }).journeys.length; // ≤ 3
 */
export interface AnalyseOptions {
  /** How many of the most likely journeys the report lists. */
  top?: number;
  /** How many partial journeys the best-first search may expand (bounds cyclic models). */
  budget?: number;
  /** How many of the most likely journeys are searched for wander paths. */
  wanderCandidates?: number;
  /** How many wander paths the report lists. */
  wanderPaths?: number;
  /** How many departments and touchpoints each hotspot list holds. */
  hotspots?: number;
}

/**
 * The defaults of `analyse`, declared once.
 *
 * @example
 * ANALYSE_DEFAULTS.top; // 10
 */
export const ANALYSE_DEFAULTS: Readonly<Required<AnalyseOptions>> = Object.freeze({
  top: 10,
  budget: 100_000,
  wanderCandidates: 1_000,
  wanderPaths: 10,
  hotspots: 10,
});

/**
 * The waste report of a service: exact expected values per customer, the ideal
 * route from each entry, the most likely journeys, the journeys where customers wander,
 * hotspots, yearly totals (when the service has a volume) and warnings.
 *
 * Takes a `Service` as `parseService` returns it; it does not validate again, but throws
 * `InvalidServiceError` (`unreachable_outcome`) rather than return a wrong number when some
 * customers could never finish. The service is not modified.
 *
 * @example
 * const report = analyse(parseService(json), { top: 5 });
 * report.expected.wasteMinutes; // 26.4
 * report.journeys.length;       // ≤ 5
 */
export function analyse(service: Service, options: AnalyseOptions = {}): WasteReport {
  const o = resolveOptions(options);
  const chain = markovChain(service);
  const visits = expectedVisits(chain);
  const workingMinutes = expectedWorkingMinutes(service, chain, visits);
  const expected = { ...expectedValues(chain, visits), ...(workingMinutes !== null && { workingMinutes }) };
  const ideal = idealRoutes(chain);
  const byGroup = groupedWaste(service, attributedWaste(chain, visits));
  const search = likelyJourneys(chain, { limit: Math.max(o.top, o.wanderCandidates), budget: o.budget });
  const searched = search.journeys.slice(0, Math.max(o.top, o.wanderCandidates));
  const ideals = journeyIdeals(chain, searched, ideal);
  const journeys = searched.slice(0, o.top).map((j, i) => modelJourney(chain, j, ideals[i]!));
  return {
    service: { id: service.id, name: service.name ?? service.id },
    expected,
    ideal,
    journeys,
    coverage: journeys.reduce((sum, j) => sum + j.probability, 0),
    truncated: search.budgetHit && journeys.length < o.top,
    wanderPaths: wanderPaths(
      chain,
      searched.slice(0, o.wanderCandidates),
      ideals.slice(0, o.wanderCandidates),
      o.wanderPaths,
    ),
    hotspots: {
      departments: hotspots(
        chain.departments,
        chain.departments.map((d) => expected.wasteByDepartment[d]!),
        expected.wasteMinutes,
        o.hotspots,
      ),
      // a group of refined touchpoints ranks as the one touchpoint it refines
      touchpoints: hotspots(byGroup.ids, byGroup.waste, expected.wasteMinutes, o.hotspots),
    },
    ...(service.volume === undefined ? {} : { totals: totals(service.volume, expected) }),
    unknown: unknownFigures(service),
    warnings: [...chain.warnings, ...unreachableTouchpoints(chain, visits), ...fewCases(service)],
  };
}

/** Yearly figures: customers per year × the expected figures per customer. */
function totals(volume: number, expected: ExpectedValues) {
  return { customers: volume, wasteHours: (volume * expected.wasteMinutes) / 60, wasteCost: volume * expected.wasteCost };
}

function resolveOptions(options: AnalyseOptions): Required<AnalyseOptions> {
  const resolved: Required<AnalyseOptions> = { ...ANALYSE_DEFAULTS };
  for (const name of Object.keys(resolved) as (keyof AnalyseOptions)[]) {
    const value = options[name] ?? ANALYSE_DEFAULTS[name];
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(`analyse: invalid option ${name}: ${String(value)} (expected a whole number ≥ 0)`);
    }
    resolved[name] = value;
  }
  return resolved;
}
