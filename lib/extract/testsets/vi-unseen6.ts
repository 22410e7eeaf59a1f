/**
 * Sixth Vietnamese held-out set (issue 14, fifth round): 8 real articles, excerpts and tag pages on the
 * school-leaving exam, hospitals and health, and sport (Tiền Phong's tag page, Healthplus, Phụ nữ Việt Nam, Pháp
 * luật và Cuộc sống, Báo Khánh Hòa, Thanh Niên's sport pages, Đắk Lắk's culture department, the Hải Phòng mental
 * hospital's reprint of Nhân Dân; 2010-2025), outlets and topics in no earlier set, collected from the search
 * corpus's stored pages at the start of the fifth round, and annotated in full before the extractor was run on
 * them. Texts as stored (words run together, a page's furniture, "Ð" for "Đ" in one), up to the last whole
 * sentence. Annotation as in vi-unseen4.ts: a quotation over several sentences counts once, at its cue; a letter
 * asks what its signer asks; an item of an enumerated directive ("(2) ...") continues it; an institution's or a
 * gathering's words are set aside. Measured once (21:40 UTC, 2026-12-02, commit 2cc96a4, after every fifth-round
 * rule): recall 0.643 (9/14), explicit precision 1.0 (8/8), inferred 1/3, no set-aside passage proposed; the base
 * of the round (793c11f) gives the same figures. Not studied.
 */
import type { TestArticle } from "./types";

export const VI_UNSEEN6: TestArticle[] = [
  {
    id: "vi-u6-tienphong-pham-ngoc-thuong-thi",
    url: "https://tienphong.vn/tag/huy+%c4%91%e1%bb%99ng+ngu%e1%bb%93n+l%e1%bb%b1c.tpo",
    outlet: "Tiền Phong (tag page)",
    published: null,
    language: "vi",
    text: `Chuẩn bị tâm thế, cơ sở vật chất, huy động các nguồn lực cho Kỳ thi tốt nghiệp THPT năm 2025
TPO - Tại Hội nghị tổng kết công tác thi và thanh tra, kiểm tra thi tốt nghiệp THPT, giai đoạn 2020 – 2024, Thứ trưởng Bộ GD – ĐT Phạm Ngọc Thưởng nhấn mạnh: “Năm nay, cả xã hội quan tâm rất nhiều tới Kỳ thi tốt nghiệp THPT, vì là năm đầu thực hiện theo Chương trình giáo dục phổ thông 2018. Học sinh, giáo viên, phụ huynh, cả xã hội chờ đợi. Chúng ta đang làm việc chăm lo cho kỳ thi, cũng là nhiệm vụ nặng nề, quan trọng của ngành trong năm 2025”.`,
    statements: [{ quote: "Phạm Ngọc Thưởng nhấn mạnh", speaker: "Phạm Ngọc Thưởng" }],
    setAside: [],
  },
  {
    id: "vi-u6-healthplus-kim-tien-benh-vien",
    url: "https://m.healthplus.vn/bo-truong-bo-y-te-nguoi-dan-vao-benh-vien-so-tu-bao-ve-den-bac-sy-d43705.html",
    outlet: "Healthplus",
    published: null,
    language: "vi",
    text: `Góc nhìn quản lý

Bộ trưởng Y tế: "Người dân cứ vào bệnh viện là sợ"

Đoàn Doan

Tại Hội nghị bàn về các dịch vụ thuê ngoài tại nhiều bệnh viện hiện nay, Bộ trưởng Y tế Nguyễn Thị Kim Tiến nhận định người dân vào viện sợ từ ông bảo vệ mặt lạnh như tiền đến các y bác sỹ.`,
    statements: [
      { quote: "Người dân cứ vào bệnh viện là sợ", speaker: "Nguyễn Thị Kim Tiến" },
      { quote: "Nguyễn Thị Kim Tiến nhận định", speaker: "Nguyễn Thị Kim Tiến" },
    ],
    setAside: [],
  },
  {
    id: "vi-u6-phunu-kim-tien-qua-tai",
    url: "https://phunuvietnam.vn/benh-vien-tuyen-duoi.html",
    outlet: "Phụ nữ Việt Nam (tag page)",
    published: null,
    language: "vi",
    text: `Tags:

bệnh viện tuyến dưới

Bệnh viện Trung ương quá tải do người dân không tin tưởng tuyến dưới

Bệnh viện Trung ương quá tải do người dân không tin tưởng tuyến dưới

Phát biểu tại phiên thảo luận tại hội trường về tình hình kết quả kinh tế - xã hội ngày 27/10, Bộ trưởng Y tế Nguyễn Thị Kim Tiến cho biết có nhiều nguyên nhân khác nhau dẫn đến tình trạng bệnh viện tuyến Trung ương luôn quá tải, gây bức xúc trong nhân dân.`,
    statements: [
      { quote: "Nguyễn Thị Kim Tiến cho biết có nhiều nguyên nhân", speaker: "Nguyễn Thị Kim Tiến" },
    ],
    setAside: [],
  },
  {
    id: "vi-u6-plvcs-dao-hong-lan-2023",
    url: "https://phapluatvacuocsong.vn/bo-truong-bo-y-te-dao-hong-lan/tag-34033.html",
    outlet: "Pháp luật và Cuộc sống (tag page)",
    published: "2023-12-09",
    language: "vi",
    text: `Bộ Y tế nỗ lực để sớm đưa bệnh viện Việt Đức, Bạch Mai cơ sở 2 vào phục vụ nhân dânSức khỏe 24h - 09/12/2023Bộ trưởng Bộ Y tế Đào Hồng Lan cho biết, Bộ đang phối hợp cùng với các bộ, ngành để sớm đưa 2 bệnh viện vào hoạt động.`,
    statements: [{ quote: "Đào Hồng Lan cho biết, Bộ đang phối hợp", speaker: "Đào Hồng Lan" }],
    setAside: [],
  },
  {
    id: "vi-u6-baokhanhhoa-hua-ngoc-thuan-2010",
    url: "https://baokhanhhoa.vn/the-thao/201012/tp-ho-chi-minh-xin-dang-cai-sea-games-2015-1968851",
    outlet: "Báo Khánh Hòa",
    published: "2010-12-05",
    language: "vi",
    text: `05:12, 05/12/2010

TP. Hồ Chí Minh xin đăng cai SEA Games 2015

UBND TP.Hồ Chí Minh vừa có văn bản gửi Bộ Văn hóa, Thể thao và Du lịch xin đăng cai tổ chức SEA Games 29 năm 2015 và ASEAN Martial Art-Indoor Games 2 năm 2018.

Hình ảnh lễ khai mạc SEA Games 22 tổ chức tại Việt Nam .

Phó Chủ tịch UBND TP.Hồ Chí Minh Hứa Ngọc Thuận vừa có văn bản gửi Bộ Văn hóa, Thể thao và Du lịch xin đăng cai tổ

chức SEA Games 29 năm 2015 và ASEAN Martial Art-Indoor Games 2 năm 2018.

Nếu được chấp thuận, TP. Hồ Chí Minh sẽ phối hợp với các ban ngành và bộ phận liên quan xây dựng đề cương đăng cai tổ chức hai sự kiện thể thao trên trình Chính phủ xem xét và phê duyệt.`,
    statements: [{ quote: "Hứa Ngọc Thuận vừa có văn bản gửi", speaker: "Hứa Ngọc Thuận" }],
    setAside: [{ quote: "UBND TP.Hồ Chí Minh vừa có văn bản gửi", reason: "group" }],
  },
  {
    id: "vi-u6-thanhnien-an-giang-asiad-2017",
    url: "https://thethao.thanhnien.vn/toan-canh-the-thao/cong-trinh-the-thao-bien-thai-benh-vien-the-thao-song-chung-voi-lu-33577.html",
    outlet: "Thanh Niên (sport)",
    published: "2017-10",
    language: "vi",
    text: `An Giang xin tổ chức vài môn ASIAD Đó là ý kiến của ông Nguyễn Văn Lên - Giám đốc Sở Văn hóa - Thể thao - Du lịch (VH-TT-DL) tỉnh An Giang. Ông Lên cho biết: “Tỉnh An Giang sẽ làm mới các công trình xây dựng để phục vụ đại hội thể thao toàn quốc mà Bộ VH-TT-DL đã đồng ý cho tỉnh đăng cai, không có phục vụ ASIAD năm 2019. Tuy nhiên địa phương chỉ tranh thủ xin Bộ cho phép tổ chức một vài môn ASIAD thi đấu tại địa phương như canoeing kayak, rowing...”. Ông Phạm Thế Triều, Phó giám đốc Sở VH-TT-DL tỉnh cũng nêu chủ trương: “Các công trình thể thao của An Giang nếu đến thời điểm năm 2018 đủ tiêu chuẩn hiện đại, đăng cai tốt Đại hội thể thao toàn quốc, và nếu Bộ VH-TT-DL, BTC ASIAD đồng ý, chúng tôi sẽ xin “chia lửa” với Hà Nội và vài địa phương trong việc tổ chức. Ví dụ một vài trận bóng đá cùng với TP.HCM hay vài môn võ ở nhà thi đấu khang trang...”. Đây là điều khá lạ lùng vì khi đăng cai ASIAD theo quy định chỉ tập trung vào một thành phố được chọn và nếu có chỉ thêm các vệ tinh xung quanh, có điều kiện thuận lợi về di chuyển. Trong khi An Giang ở cách xa Hà Nội gần 2.000 km, nếu xin tổ chức vài môn rõ ràng sẽ gây khó cho các đoàn tham dự. Được biết, tổng kinh phí dự toán cho các công trình xây mới của An Giang là 3.452 tỉ đồng, trong đó vốn T.Ư hỗ trợ 1.690 tỉ đồng, vốn địa phương 1.710 tỉ đồng, còn lại vốn xã hội hóa 25 tỉ đồng... (Thanh Dũng - T.K)`,
    statements: [
      { quote: "Đó là ý kiến của ông Nguyễn Văn Lên", speaker: "Nguyễn Văn Lên" },
      { quote: "Ông Lên cho biết", speaker: "Nguyễn Văn Lên" },
      { quote: "cũng nêu chủ trương", speaker: "Phạm Thế Triều" },
    ],
    setAside: [],
  },
  {
    id: "vi-u6-daklak-vu-duc-dam-sea-games-2021",
    url: "http://vhttdldaklak.gov.vn/the-thao/dai-hoi-the-thao-dong-nam-a-sea-games-31-tai-viet-nam-se-dien-ra-tu-ngay-1252022-den-ngay-2352022-10620.html",
    outlet: "Sở VHTTDL Đắk Lắk",
    published: "2021-11-09",
    language: "vi",
    text: `Đại hội Thể thao Đông Nam Á (SEA Games 31) tại Việt Nam sẽ diễn ra từ ngày 12/5/2022 đến ngày 23/5/2022

Cập nhật lúc: 11:48 09/11/2021

Ngày 2/11 vừa qua, tại cuộc họp bàn về công tác chuẩn bị Đại hội Thể thao Đông Nam Á (SEA Games 31) tại Việt Nam, Phó Thủ tướng Vũ Đức Đam đã có kết luận đồng ý thời gian tổ chức SEA Games 31 như đề xuất của Bộ Văn hóa, Thể thao và Du lịch từ ngày 12/5/2022 đến ngày 23/5/2022.

Ảnh minh họa (nguồn Internet)

Phó Thủ tướng Vũ Đức Đam đã giao các bộ, ngành, địa phương liên quan chuẩn bị các điều kiện để tổ chức SEA Games 31 thành công: (1) Bộ Văn hóa, Thể thao và Du lịch có trách nhiệm tổng hợp, báo cáo Trưởng Ban Chỉ đạo về việc kiện toàn Ban Chỉ đạo; quyết định việc thành lập Tiểu ban khai mạc, bế mạc SEA Games 31; Làm việc cụ thể với Bộ Tài chính để khẩn trương thống nhất và bố trí kinh phí theo quy định, đáp ứng yêu cầu về tiến độ thời gian chuẩn bị, tổ chức SEA Games 31;  chủ trì, phối hợp với Bộ Y tế, UBND Thành phố Hà Nội và các cơ quan liên quan xây dựng phương án tổ chức SEA Games 31 phù hợp với tình hình dịch bệnh Covid-19, trong đó có các phương án dự phòng đối với trường hợp dịch bệnh phát sinh phức tạp ở một số địa điểm tổ chức các môn thi đấu. (2) UBND Thành phố Hà Nội chủ trì, phối hợp với Bộ Văn hóa, Thể thao và Du lịch tổ chức Lễ khai mạc, Lễ bế mạc SEA Games 31, bảo đảm trang trọng, tiết kiệm.

Dương Nguyễn`,
    statements: [
      { quote: "Vũ Đức Đam đã có kết luận đồng ý", speaker: "Vũ Đức Đam" },
      { quote: "Vũ Đức Đam đã giao các bộ, ngành", speaker: "Vũ Đức Đam" },
      { quote: "(2) UBND Thành phố Hà Nội chủ trì", speaker: "Vũ Đức Đam" },
    ],
    setAside: [],
  },
  {
    id: "vi-u6-bvtthp-thuan-huu-toa-dam",
    url: "http://benhvientamthanhaiphong.vn/kham-chua-benh/nang-cao-chat-luong-kham-chua-benh-cho-nhan-dan-334022",
    outlet: "Bệnh viện Tâm thần Hải Phòng (Nhân Dân)",
    published: null,
    language: "vi",
    text: `Chào mừng đến với Cổng thông tin điện tử Bệnh viện Tâm thần Thành phố Hải Phòng
Nâng cao chất lượng khám chữa bệnh cho nhân dân
LTS- Ngày 8-1, tại Hà Nội, Báo Nhân Dân phối hợp Bộ Y tế tổ chức Tọa đàm "Nâng cao chất lượng khám, chữa bệnh: Trách nhiệm, thách thức và sẻ chia". Các đồng chí Ủy viên T.Ư Ðảng: Thuận Hữu, Tổng Biên tập Báo Nhân Dân, Chủ tịch Hội Nhà báo Việt Nam; Nguyễn Thị Kim Tiến, Bộ trưởng Y tế chủ trì buổi tọa đàm.

Tham dự tọa đàm có lãnh đạo Báo Nhân Dân, Bộ Y tế, một số bộ, ngành và đông đảo các nhà quản lý, nhà khoa học, chuyên gia, đại diện người bệnh đang điều trị tại các cơ sở y tế. Tại buổi tọa đàm, các đại biểu đã nghe nhiều báo cáo và tập trung thảo luận ba nội dung chính: Sự đóng góp to lớn của ngành y tế trong việc nâng cao chất lượng khám, chữa bệnh (KCB), thách thức và sự sẻ chia trách nhiệm để nâng cao chất lượng KCB cho nhân dân. Chúng tôi trân trọng giới thiệu với bạn đọc nội dung của buổi tọa đàm nêu trên.

Phát biểu khai mạc tọa đàm, đồng chí Thuận Hữu khẳng định: Những năm qua, công tác chăm sóc và bảo vệ sức khỏe nhân dân luôn được sự quan tâm của Ðảng và Nhà nước. Ðầu tư cho y tế là đầu tư cho tương lai, cho phát triển. Ngân sách Nhà nước chi cho y tế năm sau luôn tăng cao hơn so với năm trước. Ngoài ra, còn có nhiều chương trình, đề án lớn đầu tư cho ngành y tế thông qua trái phiếu Chính phủ, hỗ trợ vay vốn xây dựng, mở rộng bệnh viện cũng như nhiều dự án viện trợ phát triển (ODA)...`,
    statements: [
      { quote: "đồng chí Thuận Hữu khẳng định", speaker: "Thuận Hữu" },
      { quote: "Ngoài ra, còn có nhiều chương trình", speaker: "Thuận Hữu" },
    ],
    setAside: [{ quote: "các đại biểu đã nghe nhiều báo cáo", reason: "group" }],
  },
];
