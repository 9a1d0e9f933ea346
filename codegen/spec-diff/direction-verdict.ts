import type { Direction, Users } from "./reachability.js";

export type ChangeType = "breaking" | "non-breaking" | "unclassified";

/**
 * What a change does to the set of valid frames. Whether that breaks anyone depends on who
 * produces the frame: the backend (client frames) or the server (server frames).
 */
export type DirectedKind = "narrow" | "widen" | "change" | "field-added" | "field-removed";

export type Judgement =
  /** `because` replaces the generic consequence where the rule knows a sharper one. */
  | { kind: DirectedKind; what: string; users: Users; because?: Because }
  | { kind: "docs"; what: string }
  | { kind: "unknown"; what: string }
  | { kind: "fixed"; type: ChangeType; why: string };

export type Because = Partial<Record<Direction, string>>;

export interface Verdict {
  type: ChangeType;
  why: string;
}

export const strictness: Record<ChangeType, number> = { "non-breaking": 0, unclassified: 1, breaking: 2 };

// Client frames are validated by the server with closed schemas: accepting less breaks backends.
// Server frames are consumed by backends that switch on enums: sending more breaks them. The
// spec's "Versioning" section states both halves.
const consequences: Record<DirectedKind, Record<Direction, Verdict>> = {
  narrow: {
    client: { type: "breaking", why: "backends sending what was valid before are rejected" },
    server: { type: "non-breaking", why: "clients only receive values they already handle" },
  },
  widen: {
    client: { type: "non-breaking", why: "everything valid before is still accepted" },
    server: { type: "breaking", why: "clients may receive values they were not written for" },
  },
  change: {
    client: { type: "breaking", why: "backends sending the old form are rejected" },
    server: { type: "breaking", why: "clients expecting the old form break" },
  },
  "field-added": {
    client: { type: "non-breaking", why: "optional, everything valid before is still accepted" },
    server: { type: "non-breaking", why: "clients are expected to ignore fields they do not know" },
  },
  "field-removed": {
    client: { type: "breaking", why: "backends still sending it are rejected (closed schema)" },
    server: { type: "breaking", why: "clients reading it break" },
  },
};

export function verdictOf(judgement: Judgement): Verdict {
  switch (judgement.kind) {
    case "fixed":
      return { type: judgement.type, why: judgement.why };
    case "docs":
      return { type: "non-breaking", why: `${judgement.what}: does not change which frames are valid` };
    case "unknown":
      return { type: "unclassified", why: `${judgement.what}: no rule covers it; review by hand` };
  }
  let strictest: Verdict | undefined;
  // A schema both directions use gets the stricter of the two verdicts.
  for (const direction of ["client", "server"] as const) {
    if (!judgement.users.has(direction)) continue;
    const { type, why: generic } = consequences[judgement.kind][direction];
    const why = judgement.because?.[direction] ?? generic;
    if (strictest === undefined || strictness[type] > strictness[strictest.type]) {
      strictest = { type, why: `${direction} frames: ${judgement.what} — ${why}` };
    }
  }
  return strictest ?? { type: "non-breaking", why: `${judgement.what}; no frame uses it` };
}
