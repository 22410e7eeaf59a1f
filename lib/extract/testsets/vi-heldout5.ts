/**
 * Fifth Vietnamese held-out set (issue 14, third round): 9 real articles from outlets not used in the earlier sets
 * or used for other years (VnEconomy, Thanh Niên, Hà Nội Mới, propr.vn, Tỉnh ủy Quảng Trị, Báo Quốc tế, QĐND,
 * obsl.net; 2017-2025), collected from the search corpus's stored pages and annotated before the extractor was run
 * on them. Texts are the stored excerpts as they are (a cut-off last sentence included). Measured once as held out
 * before any rule of the third round was written (recall 0.913, 21/23; explicit precision 0.765, 13/17; inferred
 * 0.727, 8/11); see docs/import.md for what was done with it afterwards.
 */
import type { TestArticle } from "./types";

export const VI_HELDOUT5: TestArticle[] = [
  {
    id: "vi-ho5-vneconomy-to-lam-hoi-nghi-78",
    url: "https://vneconomy.vn/phat-hien-xu-ly-hon-5-306-vu-pham-toi-ve-trat-tu-quan-ly-kinh-te.htm",
    outlet: "VnEconomy",
    published: "2022-12",
    language: "vi",
    text: `Đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ đến dự và phát biểu chỉ đạo Hội nghị. Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bí thư Đảng ủy Công an Trung ương, Bộ trưởng Bộ Công an chủ trì Hội nghị.

Bộ trưởng Tô Lâm nêu rõ, tình hình thế giới, khu vực và trong nước bên cạnh những thời cơ, thuận lợi cũng đặt ra những khó khăn, thách thức mới đối với nhiệm vụ công tác công an trong năm 2023.

Vì vậy, Hội nghị Công an toàn quốc lần thứ 78 có nhiệm vụ kiểm điểm, đánh giá, những kết quả đạt được, chưa đạt được và làm rõ những nguyên nhân của tồn tại, hạn chế trên các lĩnh vực công tác, rút ra những kinh nghiệm trong năm 2022;

Phân tích, dự báo đúng, bám sát xu hướng diễn biến của tình hình; thảo luận thống nhất các chủ trương, giải pháp để làm tiền đề, cơ sở xác định phương hướng công tác công an năm 2023, đáp ứng yêu cầu, nhiệm vụ trong tình hình mới, nhất là những biện pháp thực hiện thắng lợi Nghị quyết số 12-NQ/TW.

Với tinh thần nhìn thẳng vào sự thật, không ngừng đổi mới, nâng cao hiệu quả các mặt công tác công an, Bộ trưởng Tô Lâm nhấn mạnh, những nội dung của Hội nghị lần này là những vấn đề có ý nghĩa hết sức quan trọng; đề nghị các đại biểu đề cao tinh thần trách nhiệm, tập trung trí tuệ, nghiên cứu, thảo luận, đóng góp nhiều ý kiến sâu sắc, góp phần để Hội nghị thành công, góp phần thực hiện thắng lợi các mục tiêu, yêu cầu, nhiệm vụ công tác trong năm 2023.

Thượng tướng Lương Tam Quang, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an trình bày Báo cá`,
    statements: [
      { quote: "Bộ trưởng Tô Lâm nêu rõ, tình hình thế giới", speaker: "Tô Lâm" },
      { quote: "Bộ trưởng Tô Lâm nhấn mạnh, những nội dung", speaker: "Tô Lâm" },
    ],
    setAside: [],
  },
  {
    id: "vi-ho5-thanhnien-nguyen-xuan-phuc-2020",
    url: "https://thanhnien.vn/thoi-su/luc-luong-cong-an-da-dau-tranh-quyet-liet-voi-toi-pham-1314388.html",
    outlet: "Thanh Niên",
    published: "2020-12-07",
    language: "vi",
    text: `Ngày 7.12, tại TP.HCM, Bộ Công an đã khai mạc Hội nghị Công an toàn quốc lần thứ 76 nhằm tổng kết đánh giá tình hình, kết quả các mặt công tác công an năm 2020 và tổng kết phong trào thi đua “Vì an ninh Tổ quốc” năm 2020; triển khai nhiệm vụ công tác năm 2021 và những năm tiếp theo...

Thủ tướng Nguyễn Xuân Phúc đến dự và phát biểu chỉ đạo hội nghị. Cùng dự hội nghị có đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an; đại tướng Lê Hồng Anh, nguyên Ủy viên Bộ Chính trị, nguyên Thường trực Ban Bí thư, nguyên Bộ trưởng Bộ Công an; ông Nguyễn Hòa Bình, Bí thư T.Ư Đảng, Chánh án Tòa án nhân dân tối cao; ông Mai Tiến Dũng, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ…

Phát biểu chỉ đạo tại hội nghị, Thủ tướng Nguyễn Xuân Phúc đánh giá cao kết quả công tác của toàn ngành công an, của Đảng ủy Công an T.Ư, của công an các địa phương trong việc bảo vệ, xây dựng và phát triển đất nước trong năm 2020 đầy thách thức, khó khăn, gian khổ. Trong đó, công an là một trong những lực lượng trọng yếu, đứng đầu trong mặt trận phòng chống dịch Covid-19 và phòng chống thiên tai , tham gia cứu nạn, cứu hộ... Lực lượng Công an đã chủ động nắm chắc tình hình, đảm bảo an ninh quốc gia; triển khai đồng bộ các phương án, kế hoạch bảo vệ an ninh, an toàn tuyệt đối Đại hội Đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng...

Trong công tác phòng chống tội phạm, Thủ tướng Nguyễn Xuân Phúc đánh giá lực lượng công an đã đạt và vượt các chỉ tiêu đề ra, khám phá nhanh các vụ án lớn, kiềm chế s`,
    statements: [
      { quote: "Thủ tướng Nguyễn Xuân Phúc đánh giá cao kết quả công tác", speaker: "Nguyễn Xuân Phúc" },
      { quote: "Thủ tướng Nguyễn Xuân Phúc đánh giá lực lượng công an", speaker: "Nguyễn Xuân Phúc" },
    ],
    setAside: [],
  },
  {
    id: "vi-ho5-thanhnien-pham-minh-chinh-2023",
    url: "https://thanhnien.vn/thu-tuong-luc-luong-cong-an-nhan-dan-can-tiep-tuc-guong-mau-di-dau-185231227134338469.htm",
    outlet: "Thanh Niên",
    published: "2023-12-27",
    language: "vi",
    text: `Sáng 27.12, Bộ Công an tổ chức Hội nghị Công an toàn quốc lần thứ 79. Thủ tướng Chính phủ Phạm Minh Chính dự và phát biểu chỉ đạo hội nghị. Đại tướng Tô Lâm, Bộ trưởng Bộ Công an, chủ trì hội nghị.

Dự hội nghị còn có Trưởng ban Nội chính T.Ư Phan Đình Trạc, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn, Bộ trưởng Bộ TT-TT Nguyễn Mạnh Hùng, Chủ tịch Hội đồng Dân tộc của Quốc Hội Y Thanh Hà Niê Kđăm, Chủ nhiệm Ủy ban Quốc phòng và An ninh của Quốc hội Lê Tấn Tới…, cùng đại diện lãnh đạo các ban, bộ, ngành T.Ư, Hà Nội và các đại biểu trong Đảng ủy Công an T.Ư.

Các đại biểu tham dự hội nghị BCA

Hội nghị được tổ chức nhằm đánh giá tình hình, kết quả các mặt công tác công an năm 2023, kết quả thực hiện các nghị quyết quan trọng của Bộ Chính trị và thảo luận phương hướng, nhiệm vụ công tác của ngành công an trong năm tới.

Hội nghị khẳng định, năm 2023, lực lượng công an nhân dân đã bám sát sự lãnh đạo của Đảng, sự quản lý của Nhà nước với sự quyết tâm cao, đã giải quyết các vấn đề từ thực tiễn, giữ vững an ninh quốc gia, đảm bảo trật tự xã hội, tạo môi trường an toàn, lành mạnh phục vụ phát triển kinh tế - xã hội, được Đảng, Nhà nước đánh giá cao và được nhân dân đồng tình, ủng hộ.

Phát biểu chỉ đạo tại hội nghị, Thủ tướng Phạm Minh Chính ghi nhận, biểu dương những nỗ lực và thành tích của lực lượng công an nhân dân đã đạt được trong năm 2023, với kết quả các mặt công tác toàn diện hơn, nổi bật hơn, lực lượng công an nhân dân trưởng thành hơn.

Theo Thủ tướng, năm 2024 là nă`,
    statements: [
      { quote: "Thủ tướng Phạm Minh Chính ghi nhận, biểu dương", speaker: "Phạm Minh Chính" },
      { quote: "Theo Thủ tướng, năm 2024", speaker: "Phạm Minh Chính" },
    ],
    setAside: [{ quote: "Hội nghị khẳng định, năm 2023", reason: "group" }],
  },
  {
    id: "vi-ho5-hanoimoi-pham-binh-minh-2017",
    url: "https://hanoimoi.vn/print/599680.html",
    outlet: "Hà Nội Mới",
    published: "2017-04-19",
    language: "vi",
    text: `Mở rộng hợp tác, cùng duy trì hòa bình, ổn định ở Biển Đông
Chính trị - Ngày đăng : 06:21, 19/04/2017
Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh và Bộ trưởng Ngoại giao Trung Quốc Vương Nghị. Ảnh: VGP/Hải Minh |
Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh đánh giá cao sự phối hợp chặt chẽ giữa Bộ Ngoại giao hai nước trong việc điều phối tổng thể quan hệ hợp tác giữa hai bên trên các lĩnh vực. Phó Thủ tướng đề nghị hai bên tiếp tục phát huy vai trò cơ quan thường trực của Ủy ban Chỉ đạo hợp tác song phương Việt Nam - Trung Quốc, tăng cường phối hợp chuẩn bị tốt cho các chuyến thăm, tiếp xúc giữa lãnh đạo cấp cao hai nước; mở rộng và nâng cao hiệu quả các lĩnh vực hợp tác giữa hai nước; hỗ trợ các địa phương, nhất là các địa phương biên giới hai bên tăng cường giao lưu, hợp tác cùng có lợi; đồng thời thúc đẩy các cơ chế đàm phán về biên giới lãnh thổ đạt tiến triển thực chất, cùng nhau duy trì hòa bình, ổn định ở Biển Đông.
Về phần mình, Bộ trưởng Ngoại giao Trung Quốc Vương Nghị đánh giá cao về phát triển quan hệ hai nước; đồng thời khẳng định sẵn sàng phối hợp với Bộ Ngoại giao Việt Nam để chuẩn bị tốt cho các chuyến thăm cấp cao và thúc đẩy quan hệ đối tác hợp tác chiến lược toàn diện giữa hai nước.`,
    statements: [
      { quote: "Phạm Bình Minh đánh giá cao sự phối hợp chặt chẽ", speaker: "Phạm Bình Minh" },
      { quote: "Phó Thủ tướng đề nghị hai bên tiếp tục phát huy", speaker: "Phạm Bình Minh" },
    ],
    setAside: [{ quote: "Vương Nghị đánh giá cao về phát triển", reason: "foreign" }],
  },
  {
    id: "vi-ho5-propr-pham-binh-minh-titov-2020",
    url: "http://propr.vn/cac-co-che-hop-tac-viet-nga-dang-phat-huy-tot-vai-tro-3236.html",
    outlet: "propr.vn",
    published: "2020-03",
    language: "vi",
    text: `Phó Thủ tướng Phạm Bình Minh tiếp Thứ trưởng Thứ nhất Bộ Ngoại giao Nga V. Titov - Ảnh: VGP/Hải Minh |
Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh nhấn mạnh nhận định trên trong buổi tiếp Thứ trưởng Thứ nhất Bộ Ngoại giao Nga V. Titov sáng ngày 6/3 tại Trụ sở Bộ Ngoại giao.
Phó Thủ tướng cho rằng sự phối hợp chặt chẽ giữa hai nước trong năm 2020 với nhiều sự kiện trọng đại như kỷ niệm 70 năm ngày thiết lập quan hệ ngoại giao và các ngày lễ lớn khác sẽ góp phần tích cực vào việc củng cố và tăng cường hơn nữa quan hệ song phương.
Về hợp tác kinh tế, thương mại, Phó Thủ tướng hoan nghênh nỗ lực từ cả hai phía trong việc khai thác hiệu quả hơn nữa những cơ hội từ Hiệp định Thương mại tự do giữa Việt Nam và Liên minh kinh tế Á-Âu.
Phó Thủ tướng bày tỏ mong muốn Nga tiếp tục thúc đẩy hợp tác với ASEAN, phát huy vai trò quan trọng của mình đóng góp tích cực vào việc duy trì môi trường hòa bình, ổn định trong khu vực và trên thế giới.
Thứ trưởng V. Titov khẳng định Nga coi trọng và sẽ tiếp tục hợp tác với Việt Nam nhằm đưa quan hệ Đối tác chiến lược toàn diện phát triển thực chất và năng động trên mọi lĩnh vực, cùng Việt Nam góp phần vào duy trì hòa bình, ổn định và hợp tác tại khu vực và trên thế giới.
Thứ trưởng Titov đánh giá cao sự hợp tác của hai nước trong khuôn khổ Hội đồng Bảo an Liên Hợp Quốc, đồng thời chúc mừng Việt Nam đảm nhiệm thành công vai trò Chủ tịch Hội đồng Bảo an ngay trong tháng đầu tiên là thành viên không thường trực.
Buổi sáng cùng ngày, Thứ trưởng Thường trực Bộ Ngoại g`,
    statements: [
      { quote: "Phạm Bình Minh nhấn mạnh nhận định trên", speaker: "Phạm Bình Minh" },
      { quote: "Phó Thủ tướng cho rằng sự phối hợp chặt chẽ", speaker: "Phạm Bình Minh" },
      { quote: "Phó Thủ tướng hoan nghênh nỗ lực", speaker: "Phạm Bình Minh" },
      { quote: "Phó Thủ tướng bày tỏ mong muốn Nga", speaker: "Phạm Bình Minh" },
    ],
    setAside: [
      { quote: "Thứ trưởng V. Titov khẳng định", reason: "foreign" },
      { quote: "Thứ trưởng Titov đánh giá cao", reason: "foreign" },
    ],
  },
  {
    id: "vi-ho5-tinhuyquangtri-pham-binh-minh-2017",
    url: "https://tinhuyquangtri.vn/pho-thu-tuong-bo-truong-ngoai-giao-pham-binh-minh-gap-bo-truong-ngoai-giao-trung-quoc",
    outlet: "Tỉnh ủy Quảng Trị (ĐCSVN)",
    published: "2017-04-18",
    language: "vi",
    text: `Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh gặp Bộ trưởng Ngoại giao Trung Quốc 

(ĐCSVN) - Ngày 18/4/2017, Phó Thủ tướng Chính phủ, Bộ trưởng Ngoại giao Phạm Bình Minh đã có cuộc gặp với Bộ trưởng Ngoại giao Trung Quốc Vương Nghị nhân dịp sang Trung Quốc đồng chủ trì Phiên họp lần thứ 10 Ủy ban chỉ đạo hợp tác song phương Việt Nam - Trung Quốc tại Bắc Kinh.

Phó Thủ tướng, Bộ trưởng Phạm Bình Minh đánh giá cao sự phối hợp chặt chẽ giữa Bộ Ngoại giao hai nước trong việc điều phối tổng thể quan hệ hợp tác giữa hai bên trên các lĩnh vực; đề nghị hai bên tiếp tục phát huy vai trò cơ quan thường trực của Ủy ban chỉ đạo hợp tác song phương Việt Nam - Trung Quốc, tăng cường phối hợp chuẩn bị tốt cho các chuyến thăm, tiếp xúc giữa Lãnh đạo cấp cao; mở rộng và nâng cao hiệu quả các lĩnh vực hợp tác giữa hai nước; hỗ trợ các địa phương, nhất là các địa phương biên giới hai bên tăng cường giao lưu, hợp tác cùng có lợi; thúc đẩy các cơ chế đàm phán về biên giới lãnh thổ đạt tiến triển thực chất, cùng nhau duy trì hòa bình, ổn định ở Biển Đông.

Cuộc gặp giữa Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh với Bộ trưởng Ngoại giao Trung Quốc Vương Nghị

Về hợp tác giữa hai Bộ Ngoại giao, Phó Thủ tướng, Bộ trưởng Phạm Bình Minh đề nghị hai bên trao đổi để ký lại Nghị định thư về hợp tác giữa Bộ Ngoại giao hai nước; duy trì trao đổi giữa Lãnh đạo hai Bộ; tăng cường giao lưu, trao đổi giữa các đơn vị liên quan của hai Bộ về hoạch định chính sách, nghiên cứu, hợp tác kinh tế quốc tế, báo chí, `,
    statements: [
      { quote: "Bộ trưởng Phạm Bình Minh đánh giá cao sự phối hợp", speaker: "Phạm Bình Minh" },
      { quote: "Bộ trưởng Phạm Bình Minh đề nghị hai bên trao đổi", speaker: "Phạm Bình Minh" },
    ],
    setAside: [],
  },
  {
    id: "vi-ho5-baoquocte-bui-thanh-son-mong-co",
    url: "https://baoquocte.vn/bo-truong-ngoai-giao-bui-thanh-son-tiep-thu-truong-ngoai-giao-mong-co-batsumber-munkhjin-199406.html",
    outlet: "Báo Quốc tế",
    published: null,
    language: "vi",
    text: `Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Thứ trưởng Ngoại giao Mông Cổ Batsumber Munkhjin. (Ảnh: Tuấn Anh) |
Tại buổi tiếp, Bộ trưởng Ngoại giao Bùi Thanh Sơn bày tỏ vui mừng về việc quan hệ hữu nghị truyền thống giữa hai nước đang ngày càng phát triển, thu được nhiều thành tựu quan trọng; khẳng định Đảng và Nhà nước Việt Nam luôn ghi nhớ những tình cảm, sự ủng hộ và giúp đỡ quý báu mà Chính phủ và nhân dân Mông Cổ đã dành cho Việt Nam trong thời kỳ đấu tranh giành độc lập và thống nhất đất nước trước đây.
Bộ trưởng Bùi Thanh Sơn khẳng định, Việt Nam luôn coi trọng và mong muốn phát triển hơn nữa quan hệ và hợp tác với Mông Cổ; đánh giá dư địa và tiềm năng hợp tác giữa hai bên còn rất lớn.
Bộ trưởng đề nghị Bộ Ngoại giao hai nước tích cực phát huy vai trò đầu mối, thúc đẩy các bộ ngành, địa phương hai nước tăng cường giao lưu; triển khai hiệu quả các nội dung hợp tác song phương và đa phương, nhất là các lĩnh vực hợp tác về kinh tế, thương mại và đầu tư.
Bộ trưởng cũng đề nghị, hai bên phối hợp với các cơ quan liên quan xây dựng và triển khai tốt các hoạt động kỷ niệm 70 năm thiết lập quan hệ ngoại giao trong năm 2024.
Thứ trưởng Ngoại giao Mông Cổ Batsumber Munkhjin bày tỏ vui mừng được thăm Việt Nam, đánh giá cao những thành quả mà Chính phủ và Nhân dân Việt Nam đã đạt được trong công cuộc phòng chống dịch bệnh và phục hồi, phát triển kinh tế, xã hội.
Thứ trưởng Batsumber Munkhjin khẳng định, Bộ Ngoại giao Mông Cổ sẽ nỗ lực phối hợp với Bộ Ngoại giao Việt Nam và các cơ quan liên quan hai nước thúc đ`,
    statements: [
      { quote: "Bùi Thanh Sơn bày tỏ vui mừng", speaker: "Bùi Thanh Sơn" },
      { quote: "Bộ trưởng Bùi Thanh Sơn khẳng định, Việt Nam luôn coi trọng", speaker: "Bùi Thanh Sơn" },
      { quote: "Bộ trưởng đề nghị Bộ Ngoại giao hai nước", speaker: "Bùi Thanh Sơn" },
      { quote: "Bộ trưởng cũng đề nghị, hai bên phối hợp", speaker: "Bùi Thanh Sơn" },
    ],
    setAside: [
      { quote: "Batsumber Munkhjin bày tỏ vui mừng", reason: "foreign" },
      { quote: "Thứ trưởng Batsumber Munkhjin khẳng định", reason: "foreign" },
    ],
  },
  {
    id: "vi-ho5-qdnd-bui-thanh-son-lao",
    url: "https://www.qdnd.vn/chinh-tri/tin-tuc/viet-nam-se-ho-tro-lao-dam-nhiem-thanh-cong-vai-tro-chu-tich-asean-2024-712194",
    outlet: "Quân đội nhân dân (QĐND)",
    published: null,
    language: "vi",
    text: `leftcenterrightdel
Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Thứ trưởng Ngoại giao Lào Phoxay Khaykhamphithoune. Ảnh: Bộ Ngoại giao 

Tại buổi tiếp, Bộ trưởng Bùi Thanh Sơn đề nghị trong thời gian tới, hai bên tiếp tục phối hợp chặt chẽ để triển khai hiệu quả Thỏa thuận hợp tác giữa hai Bộ Ngoại giao giai đoạn 2021-2025, phát huy hiệu quả các cơ chế tham vấn thường niên cấp Bộ trưởng và Thứ trưởng, khuyến khích các đơn vị liên quan của hai Bộ tăng cường trao đổi thông tin và kinh nghiệm, nhất là trong công tác nghiên cứu chiến lược, ngoại giao kinh tế, lãnh sự, kiều dân, biên giới, đào tạo...; nhấn mạnh trong bối cảnh tình hình khu vực và thế giới diễn biến phức tạp, hai bên cần tăng cường phối hợp lập trường, ủng hộ lẫn nhau tại các diễn đàn quốc tế, khu vực và tiểu vùng. Bộ trưởng khẳng định Việt Nam sẽ phối hợp chặt chẽ và hỗ trợ tối đa để Lào đảm nhiệm thành công vai trò Chủ tịch ASEAN trong năm 2024.

Thứ trưởng Ngoại giao Lào Phoxay Khaykhamphithoune hoàn toàn nhất trí phối hợp để góp phần thúc đẩy hơn nữa quan hệ hợp tác song phương nói chung, cũng như hợp tác giữa hai Bộ Ngoại giao nói riêng, nhất là phối hợp trong công tác ngoại giao kinh tế để phục vụ phục hồi, phát triển kinh tế - xã hội tại mỗi nước sau đại dịch.

* Sáng cùng ngày, tại Hà Nội, đã diễn ra Tham khảo Chính trị Việt Nam-Lào lần thứ 7 dưới sự đồng chủ trì của Thứ trưởng Ngoại giao Phạm Quang Hiệu và Thứ trưởng Ngoại giao Lào Phoxay Khaykhamphithoune

VIỆT ĐOÀN`,
    statements: [
      { quote: "Bộ trưởng Bùi Thanh Sơn đề nghị trong thời gian tới", speaker: "Bùi Thanh Sơn" },
      { quote: "Bộ trưởng khẳng định Việt Nam sẽ phối hợp chặt chẽ", speaker: "Bùi Thanh Sơn" },
    ],
    setAside: [],
  },
  {
    id: "vi-ho5-obsl-le-hoai-trung-vuong-nghi",
    url: "https://obsl.net/bo-truong-ngoai-giao-viet-nam-va-trung-quoc-trao-doi-chien-luoc-24137.html",
    outlet: "obsl.net (TTXVN)",
    published: null,
    language: "vi",
    text: `Bộ trưởng Ngoại giao Lê Hoài Trung (phải) đón Bộ trưởng Ngoại giao Trung Quốc Vương Nghị - Ảnh: TTXVN
Theo thông tin từ Bộ Ngoại giao, tại cuộc đối thoại, Bộ trưởng Ngoại giao Lê Hoài Trung đánh giá cao ý nghĩa của việc hai nước tổ chức trao đổi chiến lược giữa hai Bộ trưởng Ngoại giao cùng thời điểm Phiên họp lần thứ 17 Ủy ban chỉ đạo song phương và Hội nghị lần thứ nhất đối thoại chiến lược cấp Bộ trưởng Ngoại giao, Quốc phòng, Công an Việt Nam - Trung Quốc.
Theo ông Lê Hoài Trung, điều này thể hiện mức độ tin cậy chính trị, gắn kết chiến lược cao và hợp tác toàn diện, thực chất giữa hai nước. Việt Nam tin tưởng và ủng hộ Trung Quốc phát triển mạnh mẽ và có nhiều đóng góp quan trọng hơn nữa cho hòa bình, ổn định và phát triển của khu vực và trên thế giới.
Bộ trưởng Ngoại giao khẳng định Đảng, Nhà nước và nhân dân Việt Nam luôn coi việc củng cố và phát triển quan hệ với Trung Quốc là lựa chọn chiến lược, ưu tiên hàng đầu trong chính sách đối ngoại độc lập, tự chủ, tự cường, đa phương hóa, đa dạng hóa của Việt Nam.
Đáp lại, Bộ trưởng Ngoại giao Trung Quốc Vương Nghị khẳng định Trung Quốc luôn ủng hộ Trung ương Đảng Cộng sản Việt Nam đứng đầu là Tổng Bí thư Tô Lâm lãnh đạo đất nước Việt Nam tiếp tục đạt nhiều thành tựu mới, to lớn hơn.
Trung Quốc sẵn sàng cùng Việt Nam tăng cường tin cậy chiến lược, cùng nhau phát triển, mang lại lợi ích thiết thực cho nhân dân hai nước.

Bộ trưởng Lê Hoài Trung phát biểu tại cuộc gặp - Ảnh: TTXVN
Hai Bộ trưởng Ngoại giao nhất trí cho rằng cơ quan ngoại gi`,
    statements: [
      { quote: "Bộ trưởng Ngoại giao Lê Hoài Trung đánh giá cao ý nghĩa", speaker: "Lê Hoài Trung" },
      { quote: "Theo ông Lê Hoài Trung, điều này thể hiện", speaker: "Lê Hoài Trung" },
      { quote: "Bộ trưởng Ngoại giao khẳng định Đảng, Nhà nước", speaker: "Lê Hoài Trung" },
    ],
    setAside: [
      { quote: "Vương Nghị khẳng định Trung Quốc luôn ủng hộ", reason: "foreign" },
      { quote: "Hai Bộ trưởng Ngoại giao nhất trí", reason: "group" },
    ],
  },
];
