import { describe, expect, it } from "vitest";
import { extractCandidates } from "../candidates";
import { splitParagraphs, splitSentences } from "../sentences";
import { detectLanguage } from "./people";

const run = (raw: string, published = "2023-10-18") => extractCandidates({ raw, published });
const speakers = (raw: string) => run(raw).candidates.map((c) => c.speaker?.name ?? null);

describe("Vietnamese articles", () => {
  it("detects the language per article", () => {
    expect(
      detectLanguage(
        "Thứ trưởng Bộ Công an Lương Tam Quang cho biết Việt Nam sẵn sàng hợp tác với các nước.",
      ),
    ).toBe("vi");
    expect(detectLanguage("Deputy Minister Luong Tam Quang said Vietnam is ready to cooperate.")).toBe("en");
    expect(run("Thứ trưởng Lương Tam Quang cho biết Việt Nam sẵn sàng hợp tác.").language).toBe("vi");
  });

  it("splits sentences without cutting at Vietnamese abbreviations", () => {
    const text =
      "PGS.TS. Nguyễn Văn A cho biết tại TP. Hồ Chí Minh rằng hợp tác là cần thiết. Ông nói thêm như vậy.";
    const sentences = splitParagraphs(text).flatMap(splitSentences);
    expect(sentences.map((s) => s.text)).toEqual([
      "PGS.TS. Nguyễn Văn A cho biết tại TP. Hồ Chí Minh rằng hợp tác là cần thiết.",
      "Ông nói thêm như vậy.",
    ]);
  });

  it("reads titles, ranks and the organisation before the name", () => {
    const [c] = run(
      "Thứ trưởng Bộ Công an, Thượng tướng Lương Tam Quang nhấn mạnh Việt Nam cam kết tham gia tích cực vào hợp tác ASEAN.",
    ).candidates;
    expect(c?.speaker?.name).toBe("Lương Tam Quang");
    expect(c?.language).toBe("vi");
    expect(c?.role).toMatchObject({
      title: "Thứ trưởng Bộ Công an",
      rank: "Thượng tướng",
      organization: "Bộ Công an",
    });
    expect(c?.attribution.kind).toBe("title_and_name");
    expect(c?.provenance).toMatchObject({ rule: "vi.speaker-verb", cue: "nhấn mạnh", speech: "indirect" });
  });

  it("resolves later references by title, title and given name, honorific and given name, and a lone honorific", () => {
    const text = [
      "Đại sứ Đặng Hoàng Giang, Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc phát biểu tại phiên thảo luận.",
      "Đại sứ Giang kêu gọi các bên kiềm chế.",
      "Ông Giang cho rằng đối thoại là con đường duy nhất.",
      "Ông cũng đề nghị Hội đồng Bảo an đoàn kết.",
      "Theo Đại sứ, Việt Nam ủng hộ mọi nỗ lực ngoại giao.",
    ].join("\n");
    const result = run(text);
    expect(result.candidates.map((c) => c.speaker?.name)).toEqual(Array(5).fill("Đặng Hoàng Giang"));
    expect(result.candidates.map((c) => c.attribution.kind)).toEqual([
      "title_and_name",
      "given_name",
      "given_name",
      "pronoun",
      "title_only",
    ]);
    // Every inferred attribution says whom it refers to and why.
    for (const c of result.candidates.slice(1)) expect(c.attribution.note).toContain("Đặng Hoàng Giang");
    expect(result.candidates[3]?.provenance.considered[0]?.name).toBe("Đặng Hoàng Giang");
  });

  it("reads a quotation before its speaker, and the speaker before a colon and a quotation", () => {
    const result = run(
      "“Việt Nam luôn coi trọng quan hệ với các đối tác”, Bộ trưởng Ngoại giao Bùi Thanh Sơn nói.\nPhó Thủ tướng Trần Hồng Hà khẳng định: “Chúng tôi sẵn sàng hợp tác.”",
    );
    expect(result.candidates.map((c) => [c.speaker?.name, c.mode])).toEqual([
      ["Bùi Thanh Sơn", "direct_quote"],
      ["Trần Hồng Hà", "direct_quote"],
    ]);
    expect(result.candidates[0]?.role?.organization).toBe("Bộ Ngoại giao");
  });

  it("does not take a verb inside a quotation for the attribution", () => {
    const [c] = run(
      'Bộ trưởng Bùi Thanh Sơn dự họp.\n"Việt Nam mong muốn đóng góp vào hòa bình", Bộ trưởng Ngoại giao nói.',
    ).candidates;
    expect(c?.attribution.text).toBe("Bộ trưởng Ngoại giao nói");
    expect(c?.speaker?.name).toBe("Bùi Thanh Sơn");
  });

  it("sets aside foreign officials, groups and institutions, with the reason", () => {
    const result = run(
      [
        "Bộ trưởng Ngoại giao Indonesia Sugiono nhấn mạnh vai trò trung tâm của ASEAN.",
        "Tổng thống Hoa Kỳ Joe Biden cho biết hai nước sẽ hợp tác.",
        "Các bộ trưởng nhất trí và nhấn mạnh đoàn kết.",
        "2 tân thứ trưởng cho biết sẽ tiếp thu ý kiến chỉ đạo.",
        "Bộ trưởng Bùi Thanh Sơn và Thứ trưởng thứ nhất Wendy Sherman đã trao đổi về hợp tác.",
      ].join("\n"),
    );
    expect(result.candidates).toEqual([]);
    expect(result.setAside.map((s) => s.reason)).toEqual([
      "the speaker is not a Vietnamese official",
      "the speaker is not a Vietnamese official",
      "the speaker is a group or an institution, not one official",
      "the speaker is a group or an institution, not one official",
      "the speaker is a group or an institution, not one official",
    ]);
  });

  it("descriptors stand for a post: the head of government is the Prime Minister", () => {
    expect(
      speakers(
        "Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN lần thứ 43.\nNgười đứng đầu Chính phủ Việt Nam nhấn mạnh đoàn kết là nhiệm vụ căn cốt.",
      ),
    ).toEqual(["Phạm Minh Chính"]);
  });

  it("reads dates and events", () => {
    const [c] = run(
      "Ngày 24/4, tại Hội nghị Bộ trưởng ASEAN về An ninh mạng lần thứ 8 (AMCC-8) tại Singapore, Thứ trưởng Lương Tam Quang cho biết Việt Nam ủng hộ hợp tác.",
    ).candidates;
    expect(c?.date).toMatchObject({ start: "2023-04-24", end: "2023-04-24", precision: "day" });
    expect(c?.event).toMatchObject({
      name: "Hội nghị Bộ trưởng ASEAN về An ninh mạng lần thứ 8 (AMCC-8)",
      edition: 8,
      city: "Singapore",
      kind: "ministerial_conference",
    });
    const range = run(
      "Tại hội thảo diễn ra từ 23-25/4, ông Nguyễn Văn Nam, Cục trưởng, cho biết ASEAN cần hợp tác.",
    ).candidates[0];
    expect(range?.role?.title).toBe("Cục trưởng");
    expect(range?.date).toMatchObject({ start: "2023-04-23", end: "2023-04-25" });
    const month = run("Trong tháng 10/2022, Đại tướng Tô Lâm khẳng định lực lượng công an luôn sẵn sàng.")
      .candidates[0];
    expect(month?.date).toMatchObject({ start: "2022-10-01", end: "2022-10-31", precision: "month" });
    expect(month?.role?.rank).toBe("Đại tướng");
  });

  it("matches known people with and without diacritics", () => {
    const person = {
      id: 7,
      slug: "luong-tam-quang",
      name: "Luong Tam Quang",
      nativeName: "Lương Tam Quang",
      givenName: "Quang",
      familyName: "Luong",
      country: "VN",
      aliases: [],
      roles: [],
    };
    for (const raw of [
      "Thứ trưởng Lương Tam Quang cho biết Việt Nam sẵn sàng hợp tác.",
      "Thu truong Luong Tam Quang cho biet Viet Nam san sang hop tac cua cac nuoc va nhung ben.",
    ]) {
      const [c] = extractCandidates({ raw, known: { persons: [person] } }).candidates;
      expect(c?.speaker?.personId).toBe(7);
    }
  });
});

describe("topic suggestions on Vietnamese text", () => {
  it("match the English codebook through the glossary", () => {
    const topics = [
      {
        slug: "cyber-security",
        name: "Cyber security",
        description: "Security of networks",
        path: "cyber-security",
      },
      {
        slug: "east-sea",
        name: "East Sea",
        description: "Maritime disputes in the South China Sea",
        path: "east-sea",
      },
      { slug: "climate", name: "Climate change", description: null, path: "climate" },
    ];
    const [c] = extractCandidates({
      raw: "Thứ trưởng Lương Tam Quang nhấn mạnh Việt Nam cam kết hợp tác bảo đảm an ninh mạng trong ASEAN.",
      known: { topics },
    }).candidates;
    expect(c?.topics).toEqual(["cyber-security"]);
    const [d] = extractCandidates({
      raw: "Người phát ngôn Lê Thị Thu Hằng khẳng định mọi hoạt động trên Biển Đông phải tôn trọng chủ quyền của Việt Nam.",
      known: { topics },
    }).candidates;
    expect(d?.topics).toEqual(["east-sea"]);
  });
});
