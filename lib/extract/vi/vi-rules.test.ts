import { describe, expect, it } from "vitest";
import { extractCandidates } from "../candidates";

// One test per rule class of Vietnamese news prose. The sentences are written for the rule, not taken from the
// test sets, so that the sets keep measuring what the rules do on text they were not written for.
const run = (raw: string) => extractCandidates({ raw, published: "2024-05-10" });
const pairs = (raw: string) =>
  run(raw).candidates.map((c) => [c.speaker?.name ?? null, c.attribution.kind] as const);

describe("Vietnamese attribution rules", () => {
  it("reads organisation names after a title, lower-case words included", () => {
    const cases: Array<[string, string, string]> = [
      [
        "Phát biểu tại hội nghị, Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy yêu cầu các sở khẩn trương triển khai.",
        "Cao Tường Huy",
        "Chủ tịch UBND tỉnh Quảng Ninh",
      ],
      [
        "Viện trưởng Viện Kiểm sát nhân dân tối cao Lê Minh Trí đề nghị xử lý nghiêm các sai phạm.",
        "Lê Minh Trí",
        "Viện trưởng Viện Kiểm sát nhân dân tối cao",
      ],
      [
        "Theo Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng, lãi suất sẽ tiếp tục giảm.",
        "Nguyễn Thị Hồng",
        "Thống đốc Ngân hàng Nhà nước",
      ],
      [
        "Bà Nguyễn Thị Bình - Vụ trưởng Vụ Pháp chế cho hay dự thảo đã được hoàn thiện.",
        "Nguyễn Thị Bình",
        "Vụ trưởng Vụ Pháp chế",
      ],
    ];
    for (const [raw, name, title] of cases) {
      const [c] = run(raw).candidates;
      expect(c?.speaker?.name, raw).toBe(name);
      expect(c?.role?.title, raw).toBe(title);
    }
  });

  it("joins a title and a name across commas and dashes, either way round, and skips a relative clause", () => {
    expect(
      pairs(
        "Phó Giám đốc Công an tỉnh, Đại tá Nguyễn Văn Hải, cho hay lực lượng chức năng đã bắt giữ 5 đối tượng.",
      ),
    ).toEqual([["Nguyễn Văn Hải", "title_and_name"]]);
    expect(
      pairs(
        "Đại sứ Nguyễn Hoàng Long, Trưởng Phái đoàn Việt Nam, người từng công tác nhiều năm tại Geneva, nhấn mạnh vai trò của đa phương.",
      ),
    ).toEqual([["Nguyễn Hoàng Long", "title_and_name"]]);
    expect(
      pairs(
        "Trả lời phóng viên, Thiếu tướng Tô Ân Xô, Chánh Văn phòng Bộ Công an thông tin vụ việc đang được điều tra.",
      ),
    ).toEqual([["Tô Ân Xô", "title_and_name"]]);
    // A parenthesis after the name is an aside, not a delegation speaking.
    expect(pairs("Đại biểu Quốc hội Trần Văn Lâm (đoàn Bắc Giang) đề xuất sửa đổi luật.")).toEqual([
      ["Trần Văn Lâm", "title_and_name"],
    ]);
  });

  it("joins a chain of titles to the name before them, and an appositive between dashes", () => {
    const [c] = run(
      // "phát biểu chỉ đạo hội nghị." alone would be a notice that he spoke (vi-rules3.test.ts): here he says something.
      "Đồng chí Nguyễn Văn Nên, Ủy viên Bộ Chính trị, Bí thư Thành ủy Thành phố Hồ Chí Minh phát biểu chỉ đạo, đề nghị các quận tăng cường công tác dân vận.",
    ).candidates;
    expect(c?.speaker?.name).toBe("Nguyễn Văn Nên");
    expect(c?.role?.title).toBe("Ủy viên Bộ Chính trị, Bí thư Thành ủy Thành phố Hồ Chí Minh");
    const [d] = run(
      "Ông Nguyễn Trọng Nghĩa - Trưởng ban Tuyên giáo Trung ương - nhấn mạnh công tác tư tưởng có vai trò quan trọng.",
    ).candidates;
    expect(d?.speaker?.name).toBe("Nguyễn Trọng Nghĩa");
    expect(d?.role?.title).toBe("Trưởng ban Tuyên giáo Trung ương");
    const [e] = run(
      "Theo ông Đỗ Văn Chiến, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc, chính sách cho đồng bào cần được ưu tiên.",
    ).candidates;
    expect(e?.speaker?.name).toBe("Đỗ Văn Chiến");
    expect(e?.role?.title).toBe("Bộ trưởng");
  });

  it("reads a given name after an honorific even when the word also opens titles ('ông Thành')", () => {
    expect(
      pairs(
        "Ông Nguyễn Văn Thành, Phó Chủ tịch UBND TP Hà Nội cho biết thành phố đã chuẩn bị đầy đủ.\nÔng Thành cũng thông tin thêm, dự án sẽ khởi công trong tháng 6.",
      ),
    ).toEqual([
      ["Nguyễn Văn Thành", "title_and_name"],
      ["Nguyễn Văn Thành", "given_name"],
    ]);
  });

  it("gives a coordinated verb the sentence's first subject", () => {
    expect(
      pairs(
        "Phó Thủ tướng Bùi Thanh Sơn cập nhật tình hình chuẩn bị cho Năm Chủ tịch ASEAN, đồng thời đề nghị các nước ủng hộ.",
      ),
    ).toEqual([["Bùi Thanh Sơn", "title_and_name"]]);
  });

  it("reads 'theo' with a speech noun, and later references by title, honorific and given name", () => {
    const result = pairs(
      [
        "Đại sứ Nguyễn Hoàng Long dự phiên họp.",
        "Theo lời Đại sứ Long, đây là ưu tiên hàng đầu.",
        "Cũng theo đại sứ, Việt Nam sẽ ứng cử vào Hội đồng Nhân quyền.",
        "Ông Long cho biết thêm, các nước đều ủng hộ.",
      ].join("\n"),
    );
    expect(result).toEqual([
      ["Nguyễn Hoàng Long", "given_name"],
      ["Nguyễn Hoàng Long", "title_only"],
      ["Nguyễn Hoàng Long", "given_name"],
    ]);
  });

  it("continues the statement a colon introduces into the next paragraph and its list items, as inferred", () => {
    const result = run(
      [
        "Phát biểu tại phiên họp, Bộ trưởng Bùi Thanh Sơn đề nghị ASEAN tập trung vào hai ưu tiên:",
        "Thứ nhất, tăng cường đoàn kết nội khối.",
        "Thứ hai, đẩy mạnh liên kết kinh tế. Các nước cần tháo gỡ rào cản thương mại.",
        "Hội nghị kết thúc vào buổi chiều cùng ngày.",
      ].join("\n\n"),
    );
    expect(result.candidates.map((c) => [c.speaker?.name, c.attribution.kind, c.provenance.rule])).toEqual([
      ["Bùi Thanh Sơn", "title_and_name", "vi.speaker-verb"],
      ["Bùi Thanh Sơn", "continuation", "continuation.after-colon"],
      ["Bùi Thanh Sơn", "continuation", "continuation.after-colon"],
      ["Bùi Thanh Sơn", "continuation", "continuation.after-colon"],
    ]);
    for (const c of result.candidates.slice(1)) expect(c.attribution.note).toMatch(/introduces this one/);
    // A paragraph after the list that does not open as an item is narration, not the statement.
    expect(result.candidates.some((c) => c.text.startsWith("Hội nghị kết thúc"))).toBe(false);
  });

  it("continues a quotation over several paragraphs", () => {
    const result = run(
      [
        "Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng nêu rõ: “Việt Nam có đầy đủ bằng chứng pháp lý.",
        "Mọi hoạt động tại các vùng biển của Việt Nam phải được sự cho phép của Việt Nam.”",
        "Phiên họp báo kéo dài một giờ.",
      ].join("\n\n"),
    );
    expect(result.candidates.map((c) => [c.speaker?.name, c.attribution.kind, c.mode])).toEqual([
      ["Phạm Thu Hằng", "title_and_name", "direct_quote"],
      ["Phạm Thu Hằng", "continuation", "direct_quote"],
    ]);
  });

  it("gives a title to the one person the passage named without one (a headline with a rank), as inferred", () => {
    const [headline, c] = run(
      "Đại tướng Phan Văn Giang: Xây dựng nền quốc phòng vững mạnh\n\nCam kết trước cử tri, Bộ trưởng Quốc phòng cho biết sẽ tiếp tục xây dựng Quân đội.",
    ).candidates;
    // The headline opens with its speaker (vi-rules3.test.ts), so it is a statement of its own.
    expect(headline?.provenance.rule).toBe("vi.headline-tag");
    expect(c?.speaker?.name).toBe("Phan Văn Giang");
    expect(c?.attribution.kind).toBe("title_only");
    expect(c?.attribution.note).toMatch(/only person the passage names/);
    // With two people named, a title that fits neither stays unresolved.
    const [d] = run(
      "Đại tướng Phan Văn Giang và Thượng tướng Hoàng Xuân Chiến dự lễ.\n\nBộ trưởng Quốc phòng cho biết sẽ tiếp tục xây dựng Quân đội.",
    ).candidates;
    expect(d?.speaker).toBeNull();
  });

  it("reads the reporting verbs of news prose, not their nouns", () => {
    for (const verb of ["thông tin", "trình bày", "lý giải", "nhận xét", "kiến nghị", "đánh giá cao"]) {
      const [c] = run(
        `Thứ trưởng Nguyễn Minh Hằng ${verb} rằng hợp tác song phương tiến triển tốt.`,
      ).candidates;
      // "đánh giá cao" is a verb of its own since the fourth round (it was read as "đánh giá" before).
      expect(c?.provenance.cue, verb).toBe(verb);
    }
    // "thông tin về", "báo cáo viên", "nói chung": nouns and set phrases, no statement.
    expect(run("Ông Nguyễn Văn Nam thông tin về kết quả hội nghị được đăng tải.").candidates).toEqual([]);
    expect(run("Bà Nguyễn Thị Lan báo cáo viên của hội thảo đến từ Hà Nội.").candidates).toEqual([]);
  });

  it("does not read 'Pháp' in the name of a legal office as France", () => {
    const [c] = run(
      "Ông Trần Văn Bình, Vụ trưởng Vụ Pháp luật quốc tế, cho biết dự thảo đã hoàn thiện.",
    ).candidates;
    expect(c?.speaker?.name).toBe("Trần Văn Bình");
    expect(
      run("Ông Trần Văn Bình, Vụ trưởng Vụ Pháp luật quốc tế, cho biết dự thảo đã hoàn thiện.").setAside,
    ).toEqual([]);
  });

  it("reads an interview's answer after a named speaker and a colon, without a quotation mark", () => {
    const result = run(
      "Phóng viên: Xin Thứ trưởng cho biết kết quả?\n\nThứ trưởng Lê Quý Vương: Có thể khẳng định, lực lượng Cảnh sát luôn trung thành.",
    );
    expect(result.candidates.map((c) => [c.speaker?.name, c.provenance.rule])).toEqual([
      ["Lê Quý Vương", "vi.speaker-colon-quote"],
    ]);
  });

  it("continues an enumeration: 'Hai là, ...', 'Định hướng thứ hai là ...'", () => {
    const result = run(
      "Thủ tướng Phạm Minh Chính đề xuất 3 giải pháp: Một là, đẩy mạnh đa phương. Hai là, tăng cường nguồn lực. Ba là, củng cố lòng tin.\n\nĐịnh hướng lớn thứ tư là mở rộng không gian kinh tế.",
    );
    expect(result.candidates.map((c) => [c.speaker?.name, c.attribution.kind])).toEqual([
      ["Phạm Minh Chính", "title_and_name"],
      ["Phạm Minh Chính", "continuation"],
      ["Phạm Minh Chính", "continuation"],
      ["Phạm Minh Chính", "continuation"],
    ]);
  });

  it("skips a place or time phrase between the speaker and the verb", () => {
    expect(
      pairs(
        "Trả lời phóng viên, người phát ngôn Bộ Ngoại giao Phạm Thu Hằng tại cuộc họp báo chiều 22/6 nêu rõ: “Việt Nam phản đối.”",
      ),
    ).toEqual([["Phạm Thu Hằng", "title_and_name"]]);
  });

  it("resolves 'Đại diện Bộ X' to the official of that ministry named before", () => {
    expect(
      pairs(
        "Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng dự họp báo.\n\nĐại diện Bộ Ngoại giao khẳng định: “Mọi hoạt động trái phép đều vô giá trị.”",
      ),
    ).toEqual([["Phạm Thu Hằng", "title_only"]]);
  });

  it("gives a title in the lead to the one holder the passage names after it", () => {
    const [c] = run(
      "Người phát ngôn Bộ Ngoại giao Việt Nam cho biết, Việt Nam sẵn sàng đóng góp.\nNgày 22/3, bà Lê Thị Thu Hằng – người phát ngôn Bộ Ngoại giao Việt Nam dự họp báo.",
    ).candidates;
    expect(c?.speaker?.name).toBe("Lê Thị Thu Hằng");
    expect(c?.attribution.note).toMatch(/after this sentence/);
  });

  it("reads greetings and invitations as said", () => {
    expect(pairs("Bộ trưởng Tô Lâm chúc mừng những thành tựu của Bộ Công an Trung Quốc.")).toEqual([
      ["Tô Lâm", "title_and_name"],
    ]);
  });
});
