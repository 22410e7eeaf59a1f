/**
 * The organisation a post's title names, in the title's own language: "Deputy Minister of Public Security" ->
 * "Ministry of Public Security", "Thứ trưởng Bộ Công an" -> "Bộ Công an". Null when the title names none.
 */
const PORTFOLIOS: Record<string, string> = {
  foreign: "Ministry of Foreign Affairs",
  defence: "Ministry of National Defence",
  defense: "Ministry of National Defence",
  finance: "Ministry of Finance",
  health: "Ministry of Health",
  justice: "Ministry of Justice",
  trade: "Ministry of Industry and Trade",
  "public security": "Ministry of Public Security",
};

export function organizationOf(title: string): string | null {
  const t = title.trim();
  if (!t) return null;
  // Vietnamese: "Bộ X", "Ủy ban X" inside the title; "Bộ trưởng Ngoại giao" names "Bộ Ngoại giao".
  const vi =
    /(?<!\p{L})(Bộ|Ủy ban|Ban|Văn phòng|Cục|Phái đoàn)(?!\s+trưởng)\s+([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)*)/u.exec(
      t,
    );
  if (vi) return `${vi[1]} ${(vi[2] ?? "").replace(/\s+(?:Việt Nam|tại)$/u, "").trim()}`.trim();
  const viMinister =
    /(?<!\p{L})Bộ trưởng\s+([\p{Lu}][\p{L}\p{M}]*(?:\s+(?:[\p{Lu}][\p{L}\p{M}]*|giao|an|và))*)/u.exec(t);
  if (viMinister) return `Bộ ${(viMinister[1] ?? "").replace(/\s+Việt Nam$/u, "")}`;
  // English: the first part of a combined title that names a ministry.
  for (const part of t.split(/\s*(?:,| and )\s*/)) {
    const of = /^(?:(?:Deputy|Vice|Acting|Permanent Deputy)\s+)?Minister of (.+)$/i.exec(part);
    if (of) return `Ministry of ${of[1]}`;
    const adj =
      /^(?:(?:Deputy|Vice|Acting)\s+)?(Foreign|Defen[cs]e|Finance|Health|Justice|Trade|Public Security) Minist(?:er|ry)(?:\s+spokes(?:person|man|woman))?$/i.exec(
        part,
      );
    if (adj) return PORTFOLIOS[(adj[1] ?? "").toLowerCase()] ?? null;
    const mission = /^Permanent Representative of (Vietnam|Viet Nam) to the (UN|United Nations)\b/i.exec(
      part,
    );
    if (mission) return "Permanent Mission of Viet Nam to the United Nations";
  }
  return null;
}
