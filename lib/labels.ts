import type {
  AttributionKind,
  DateBasis,
  DatePrecision,
  EventKind,
  OrganizationKind,
  PositionStatus,
  SourceTier,
  StatementMode,
} from "@/lib/domain";

// Display labels for the schema's enum values, in one place for tables, filters, pages and exports.

export const MODE_LABELS: Record<StatementMode, string> = {
  direct_quote: "Direct quote",
  paraphrase: "Paraphrase",
  summary: "Summary",
};

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  unsc_open_debate: "UNSC open debate",
  unsc_briefing: "UNSC briefing",
  unga_plenary: "UNGA plenary",
  unga_committee: "UNGA committee",
  multilateral_meeting: "Multilateral meeting",
  ministerial_conference: "Ministerial conference",
  summit: "Summit",
  bilateral_talks: "Bilateral talks",
  press_conference: "Press conference",
  domestic_meeting: "Domestic meeting",
  parliamentary_session: "Parliamentary session",
  interview: "Interview",
  other: "Other",
};

export const SOURCE_TIER_LABELS: Record<SourceTier, string> = {
  verbatim_record: "Verbatim record",
  official_text: "Official text",
  state_media: "State media",
  independent_media: "Independent media",
  other: "Other",
};

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = {
  ministry: "Ministry",
  government: "Government",
  un_mission: "Mission to the UN",
  party_body: "Party body",
  legislature: "Legislature",
  agency: "Agency",
  international_organization: "International organization",
  other: "Other",
};

export const ATTRIBUTION_KIND_LABELS: Record<AttributionKind, string> = {
  full_name: "Full name",
  given_name: "Given name only",
  title_and_name: "Title and name",
  title_only: "Title only",
  role_reference: "Role reference",
  pronoun: "Pronoun",
  country: "Country",
  continuation: "Continues earlier attribution",
};

export const POSITION_STATUS_LABELS: Record<PositionStatus, string> = {
  stated: "Stated",
  ambiguous: "Ambiguous",
  no_position: "No position stated",
  not_addressed: "Not addressed",
};

export const DATE_PRECISION_LABELS: Record<DatePrecision, string> = {
  day: "Day",
  month: "Month",
  year: "Year",
  range: "Range",
  unknown: "Unknown",
};

/** How a date is known: printed in the source, worked out from it (with the reason recorded), or not at all. */
export const DATE_BASIS_LABELS: Record<DateBasis, string> = {
  stated: "Stated in the source",
  inferred: "Inferred",
  unknown: "Not known",
};

/** "+2 strongly supports" ... "-2 strongly opposes". */
export function stanceLabel(stance: number): string {
  const words: Record<number, string> = {
    2: "strongly supports",
    1: "supports",
    0: "neutral",
    [-1]: "opposes",
    [-2]: "strongly opposes",
  };
  const sign = stance > 0 ? "+" : "";
  return `${sign}${stance} ${words[stance] ?? ""}`.trim();
}

/** A code's English name from the runtime's data ("VN" -> "Vietnam", "vi" -> "Vietnamese"), or the code. */
function displayName(type: "region" | "language"): (code: string) => string {
  const names = new Intl.DisplayNames(["en"], { type });
  return (code) => {
    try {
      return names.of(type === "region" ? code.toUpperCase() : code) ?? code;
    } catch {
      return code;
    }
  };
}

export const countryName = displayName("region");
export const languageName = displayName("language");

/** A record's code on one proposition, as the table and the export summarise it. */
export interface PositionStance {
  label: string;
  status: PositionStatus;
  stance: number | null;
}

/** "Sovereignty as basis of cooperation: +2 strongly supports; UN central role: ambiguous". */
export function summariseStances(stances: readonly PositionStance[]): string {
  return stances
    .filter((s) => s.status !== "not_addressed")
    .map(
      (s) =>
        `${s.label}: ${s.status === "stated" && s.stance !== null ? stanceLabel(s.stance) : s.status.replace("_", " ")}`,
    )
    .join("; ");
}
