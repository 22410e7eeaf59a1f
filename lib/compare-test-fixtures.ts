/** Records and sides the compare tests share (lib/compare*.test.ts); no test runs here. */

import type { SidePosition } from "./compare-positions";
import type { CompareCodedPosition, CompareRecord, CompareSide } from "./compare-types";

export function pos(
  propositionSlug: string,
  status: CompareCodedPosition["status"],
  stance: number | null = null,
  basis: string | null = null,
): CompareCodedPosition {
  return {
    propositionSlug,
    propositionLabel: propositionSlug.toUpperCase(),
    propositionText: `Text of ${propositionSlug}`,
    status,
    stance,
    basis,
    note: null,
    reviewStatus: "draft",
  };
}

export function record(publicId: string, overrides: Partial<CompareRecord> = {}): CompareRecord {
  return {
    publicId,
    text: `Text of ${publicId}`,
    dateStart: "2018-01-01",
    dateEnd: "2018-01-01",
    datePrecision: "day",
    mode: "paraphrase",
    speaker: { slug: "a-b", name: "A B", nativeName: null },
    attributionText: "A B said",
    role: { title: "Minister", rank: null, organization: "Ministry" },
    event: { slug: "ev", name: "Event", kind: "multilateral_meeting", city: "Moscow" },
    source: { outlet: "VNA", tier: "state_media" },
    topics: [],
    positions: [],
    ...overrides,
  };
}

export const stated = (stance: number): SidePosition => ({
  kind: "stated",
  stance,
  min: stance,
  max: stance,
  evidence: [],
});
export const silent: SidePosition = { kind: "silent", evidence: [] };
export const ambiguous: SidePosition = { kind: "ambiguous", conflicting: false, evidence: [] };
export const noPosition: SidePosition = { kind: "no_position", evidence: [] };

export const topic = (slug: string) => ({ slug, name: slug.replace(/-/g, " "), path: slug });

export const before: CompareSide = {
  label: "2018",
  records: [
    record("n1", {
      text: "Cooperation on the basis of respecting independence, sovereignty and a code of conduct.",
      topics: [topic("sovereignty"), topic("norms")],
      positions: [
        pos("sovereignty", "stated", 2, "on the basis of respecting independence, sovereignty"),
        pos("code", "stated", 2, "a code of conduct"),
        pos("capacity", "stated", 1),
      ],
    }),
  ],
};
export const after: CompareSide = {
  label: "2024",
  records: [
    record("g1", {
      text: "The UN plays the key role; cooperation on the basis of respect for independence, sovereignty.",
      mode: "summary",
      role: { title: "Ambassador", rank: null, organization: "Mission" },
      speaker: { slug: "c-d", name: "C D", nativeName: null },
      event: { slug: "unsc", name: "Debate", kind: "unsc_open_debate", city: "New York" },
      topics: [topic("sovereignty"), topic("un")],
      positions: [pos("sovereignty", "stated", 2), pos("un", "stated", 2), pos("code", "not_addressed")],
    }),
    record("g2", {
      text: "Raise capacity.",
      role: { title: "Ambassador", rank: null, organization: "Mission" },
      speaker: { slug: "c-d", name: "C D", nativeName: null },
      event: { slug: "unsc", name: "Debate", kind: "unsc_open_debate", city: "New York" },
      positions: [pos("capacity", "stated", 2)],
    }),
  ],
};
