import { describe, expect, it } from "vitest";
import { extractCandidates } from "../candidates";
import { findIntroducedPeopleVi } from "./people";

// Rule classes of Vietnamese news prose added after the fifth Vietnamese held-out set was measured (issue 14). The
// sentences are written for the rules, not copied from the test sets.
const run = (raw: string) => extractCandidates({ raw, published: "2024-05-10" });
const pairs = (raw: string) =>
  run(raw).candidates.map((c) => [c.speaker?.name ?? null, c.attribution.kind] as const);

describe("Vietnamese attribution rules (issue 14, third round)", () => {
  it("ends a person's description at 'và' after another person's name", () => {
    const people = findIntroducedPeopleVi(
      "Bộ trưởng Quốc phòng Phan Văn Giang và Bộ trưởng Quốc phòng Lào Chansamone Chanyalath tại buổi hội đàm.",
    ).map((m) => [m.name, m.country]);
    expect(people[0]).toEqual(["Phan Văn Giang", "VN"]);
    expect(people.some(([name, country]) => name === "Phan Văn Giang" && country !== "VN")).toBe(false);
    // The Vietnamese minister of a caption like that is still a Vietnamese official in the next paragraph.
    expect(
      pairs(
        "Bộ trưởng Quốc phòng Phan Văn Giang và Bộ trưởng Quốc phòng Trung Quốc Đổng Quân. Ảnh: TTXVN\nBộ trưởng Quốc phòng Phan Văn Giang đề nghị hai bên tăng cường hợp tác.",
      ),
    ).toEqual([["Phan Văn Giang", "title_and_name"]]);
    // "và" inside a title ("Lao động - Thương binh và Xã hội") does not end it.
    expect(
      findIntroducedPeopleVi("Thứ trưởng Bộ Quốc phòng và An ninh Lê Văn Tám cho biết.").map((m) => m.name),
    ).toEqual(["Lê Văn Tám"]);
  });

  it("does not propose a notice that someone spoke, with nothing of what they said", () => {
    for (const notice of [
      "Thủ tướng Phạm Minh Chính đến dự và phát biểu chỉ đạo Hội nghị.",
      "Phó Thủ tướng Trần Hồng Hà dự và phát biểu tại lễ khai mạc.",
      "Thượng tướng Nguyễn Tân Cương dẫn đầu đoàn tham dự hội nghị và có bài phát biểu.",
      "Thứ trưởng Bộ Công an Lê Quốc Hùng trình bày báo cáo tổng kết công tác năm 2023.",
    ])
      expect(run(notice).candidates, notice).toEqual([]);
    // What they said, in quotation marks or after the verb, makes it a statement again.
    expect(pairs("“Chúng tôi sẵn sàng hợp tác với các đối tác”, ông Nguyễn Văn Nam phát biểu.")).toEqual([
      ["Nguyễn Văn Nam", "full_name"],
    ]);
    expect(pairs("Thủ tướng Phạm Minh Chính phát biểu rằng an ninh là nền tảng của phát triển.")).toEqual([
      ["Phạm Minh Chính", "title_and_name"],
    ]);
    expect(pairs("Thứ trưởng Lê Quốc Hùng trình bày, lực lượng công an đã hoàn thành các chỉ tiêu.")).toEqual(
      [["Lê Quốc Hùng", "title_and_name"]],
    );
    expect(
      pairs(
        "Phát biểu chỉ đạo tại hội nghị, Thủ tướng Phạm Minh Chính đánh giá cao kết quả công tác năm qua.",
      ),
    ).toEqual([["Phạm Minh Chính", "title_and_name"]]);
  });

  it("reads the press's short 'Phát ngôn Bộ Ngoại giao' as the spokesperson's post", () => {
    const out = pairs(
      [
        "Người phát ngôn Bộ Ngoại giao khẳng định, Việt Nam kiên quyết bảo vệ chủ quyền.",
        "Bà Phạm Thu Hằng, Phát ngôn Bộ Ngoại giao đã khẳng định như vậy tại cuộc họp báo.",
      ].join("\n"),
    );
    expect(out).toEqual([
      ["Phạm Thu Hằng", "title_only"],
      ["Phạm Thu Hằng", "title_and_name"],
    ]);
  });

  it("reads 'Theo đó, ...' as a connective that continues the speech, not as 'theo' + a speaker", () => {
    expect(
      pairs(
        "Thủ tướng Phạm Minh Chính nhấn mạnh, các bộ phải chủ động hơn. Theo đó, mỗi bộ cần rà soát lại các thủ tục.",
      ),
    ).toEqual([
      ["Phạm Minh Chính", "title_and_name"],
      ["Phạm Minh Chính", "continuation"],
    ]);
  });

  it("reads a headline that opens with its speaker and a colon, quotation marks and all", () => {
    const c = run(
      'Bộ trưởng: Thể chế là "đột phá của đột phá"\nPhát biểu tại hội nghị, Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh nhấn mạnh vai trò của thể chế.',
    ).candidates;
    expect(c.map((x) => [x.speaker?.name, x.provenance.rule])).toEqual([
      ["Nguyễn Hải Ninh", "vi.headline-tag"],
      ["Nguyễn Hải Ninh", "vi.speaker-verb"],
    ]);
    expect(c[0]?.attribution.note).toMatch(/opens with its speaker/);
  });

  it("takes the word before the middle name Thị or Văn for a family name the list does not have", () => {
    expect(pairs("Đại sứ Quàng Thị Lan nhấn mạnh, hai nước cần tăng cường hợp tác.")).toEqual([
      ["Quàng Thị Lan", "title_and_name"],
    ]);
  });

  it("sets aside what a foreign person named with an honorific says, and what refers back to her", () => {
    const r = run(
      [
        "Thủ tướng Phạm Minh Chính có cuộc gặp mặt với kiều bào.",
        "Bà Aurélia Nguyen, Giám đốc Liên minh Toàn cầu về vaccine (GAVI), cảm ơn Chính phủ.",
        "Bà cho biết năm qua là năm khó khăn nhất.",
      ].join("\n"),
    );
    expect(r.candidates).toEqual([]);
    expect(r.setAside.map((s) => s.evidence.text)).toContain("Bà cho biết năm qua là năm khó khăn nhất.");
  });

  it("does not read France in 'Bộ Tư pháp', 'Hiến pháp' or 'biện pháp'", () => {
    expect(pairs("Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh nhấn mạnh vai trò của Hiến pháp.")).toEqual([
      ["Nguyễn Hải Ninh", "title_and_name"],
    ]);
    expect(
      run("Bộ trưởng Ngoại giao Pháp Jean-Noël Barrot nhấn mạnh hai nước cần hợp tác.").candidates,
    ).toEqual([]);
  });
});
