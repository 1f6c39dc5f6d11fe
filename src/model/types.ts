import type { z } from "zod";
import type {
  DepartmentSchema,
  LANES,
  OUTCOMES,
  ServiceSchema,
  StepSchema,
  STEP_TYPES,
  TouchpointSchema,
  TransitionSchema,
} from "./schema.js";

/** A service model (DESIGN §3), as `parseService` returns it. */
export type Service = z.infer<typeof ServiceSchema>;
export type Department = z.infer<typeof DepartmentSchema>;
export type Touchpoint = z.infer<typeof TouchpointSchema>;
export type Step = z.infer<typeof StepSchema>;
export type Transition = z.infer<typeof TransitionSchema>;
export type Lane = (typeof LANES)[number];
export type StepType = (typeof STEP_TYPES)[number];
export type Outcome = (typeof OUTCOMES)[number];

/** A problem found in a model: a stable snake_case `code`, a JSON `path` and an English message. */
export interface Issue {
  code: string;
  path: (string | number)[];
  message: string;
}
