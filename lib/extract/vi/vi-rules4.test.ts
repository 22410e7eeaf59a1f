import { describe, expect, it } from "vitest";
import { extractCandidates } from "../candidates";
import { VI_REPORTING_VERBS } from "./lexicon";

// Rule classes of Vietnamese news prose added in the fourth round (issue 14), after vi-last's misses were read.
// The sentences are written for the rules, not copied from the test sets.
const run = (raw: string) => extractCandidates({ raw, published: "2024-05-10" });
const rows = (raw: string) =>
  run(raw).candidates.map((c) => [c.speaker?.name ?? null, c.attribution.kind, c.provenance.rule] as const);

describe("Vietnamese attribution rules (issue 14, fourth round)", () => {
  it("reads a headline whose speaker before the colon is written with lower-case syllables", () => {
    const out = rows(
      "Phó Chủ tịch Quốc hội Nguyễn Đức Hải: Phải siết chặt kỷ luật tài chính\n\nSáng 5/3, Phó Chủ tịch Quốc hội Nguyễn Đức Hải cho biết Quốc hội sẽ giám sát chặt chẽ.",
    );
    expect(out[0]).toEqual(["Nguyễn Đức Hải", "title_and_name", "vi.headline-tag"]);
    // A headline opening with a place or a topic before its colon names no speaker.
    expect(rows("Hà Nội: Mưa lớn gây ngập nhiều tuyến phố\n\nMưa lớn kéo dài từ đêm qua.")).toEqual([]);
  });

  it("reads a subheading of a tag page that names its speaker before the colon", () => {
    const out = rows(
      "Thủ tướng Phạm Minh Chính: Phải giải ngân vốn đầu tư công nhanh hơn\n\nThủ tướng Phạm Minh Chính yêu cầu các bộ giải ngân nhanh hơn.\nBộ trưởng Bộ Tài chính Hồ Đức Phớc: Thu ngân sách vượt dự toán\n\nBộ trưởng Hồ Đức Phớc cho biết thu ngân sách tăng mạnh.",
    );
    expect(out.map((r) => r[0])).toEqual([
      "Phạm Minh Chính",
      "Phạm Minh Chính",
      "Hồ Đức Phớc",
      "Hồ Đức Phớc",
    ]);
    expect(out[2]?.[2]).toBe("vi.headline-tag");
  });

  it("reads a headline without a colon whose named speaker has a reporting verb", () => {
    const out = rows(
      "Bộ trưởng Nguyễn Chí Dũng cam kết hỗ trợ doanh nghiệp công nghệ\n\nBộ trưởng Nguyễn Chí Dũng cho biết Bộ sẽ sửa đổi chính sách thuế.",
    );
    expect(out[0]).toEqual(["Nguyễn Chí Dũng", "title_and_name", "vi.headline-frame"]);
  });

  it("reads an organisation's initials with '&' as part of the title, so a later bare title finds its holder", () => {
    const out = rows(
      "Bộ trưởng Bộ KH&CN Nguyễn Mạnh Hùng chia sẻ tại hội nghị với Tổng Bí thư Tô Lâm.\nPhát biểu bế mạc, Bộ trưởng cho biết ngành sẽ đổi mới mạnh mẽ.",
    );
    expect(out.map((r) => [r[0], r[1]])).toEqual([
      ["Nguyễn Mạnh Hùng", "title_and_name"],
      ["Nguyễn Mạnh Hùng", "title_only"],
    ]);
  });

  it("knows more stance verbs of news prose", () => {
    for (const verb of ["chỉ ra", "kỳ vọng", "quan ngại", "phủ nhận", "căn dặn"])
      expect(VI_REPORTING_VERBS).toContain(verb);
    expect(rows("Thứ trưởng Lê Văn Thanh quan ngại về tình trạng thiếu lao động.").map((r) => r[0])).toEqual([
      "Lê Văn Thanh",
    ]);
  });
});
