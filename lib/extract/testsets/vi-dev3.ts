import type { TestArticle } from "./types";

/**
 * Third Vietnamese dev set. It was the second held-out set, annotated after the first had been opened for tuning
 * (vi-dev2.ts), and measured once without looking at its output (recall 0.5, explicit precision 0.9, see the
 * README); its misses were then studied, so it is a dev set now.
 */
export const VI_DEV3: TestArticle[] = [
  {
    id: "vi-ho2-dofa-tuyenquang",
    url: "https://dofa.tuyenquang.gov.vn/tin-tuc-su-kien/tin-quoc-te/trang-4.html",
    outlet: "Sở Ngoại vụ Tuyên Quang",
    published: "2022-06",
    language: "vi",
    text: `Việt Nam được bầu làm Phó Chủ tịch Đại hội đồng LHQ khóa 77: Thêm một viên gạch vững chắc vào bức tường vị thế, uy tín của đất nước

Theo ông Đỗ Hùng Việt, Trợ lý Bộ trưởng, Vụ trưởng Vụ các Tổ chức quốc tế, Bộ Ngoại giao, việc trúng cử Phó Chủ tịch Đại hội đồng Liên hợp quốc khoá 77 một lần nữa khẳng định uy tín và vị thế quốc tế của Việt Nam ngày càng được nâng cao.`,
    statements: [{ quote: "Theo ông Đỗ Hùng Việt", speaker: "Đỗ Hùng Việt" }],
    setAside: [],
  },
  {
    id: "vi-ho2-baophapluat-caracas",
    url: "https://baophapluat.vn/caracas-tag17914.html",
    outlet: "Pháp luật Việt Nam",
    published: null,
    language: "vi",
    text: `Việt Nam đề cập tình hình Biển Đông tại Hội nghị cấp Bộ trưởng Phong trào Không liên kết
(PLVN) - Đại sứ Đặng Đình Quý - Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc cập nhật các diễn biễn gần đây và đang diễn ra trên Biển Đông và kêu gọi các thành viên phong trào thấu hiểu và ủng hộ lập trường chung của ASEAN, coi đây là biểu hiện cụ thể của sự tôn trọng luật pháp quốc tế và tình đoàn kết với các nước trong khu vực.`,
    statements: [{ quote: "Đại sứ Đặng Đình Quý - Trưởng Phái đoàn", speaker: "Đặng Đình Quý" }],
    setAside: [],
  },
  {
    id: "vi-ho2-vovworld-896563",
    url: "https://m.vovworld.vn/vi-VN/chinh-tri/moc-son-75-nam-viet-nam-duoc-ton-trong-va-ung-ho-tren-truong-quoc-te-896563.vov",
    outlet: "VOV5",
    published: "2020-08-27",
    language: "vi",
    text: `Mốc son 75 năm: Việt Nam được tôn trọng và ủng hộ trên trường quốc tế

(VOV5) -Việt Nam đã đổi mới thành công, từ một nước khó khăn về kinh tế, phụ thuộc hoàn toàn vào sự trợ giúp của nước ngoài, trở thành một nước có Tổng sản phẩm nội địa (GDP) tăng trưởng.

Ngày 27/8, Phái đoàn thường trực Việt Nam tại Liên hợp quốc tổ chức tọa đàm trực tuyến về công tác đối ngoại của Việt Nam nhân kỷ niệm 75 năm ngành ngoại giao Việt Nam dưới sự chủ trì của Đại sứ Đặng Đình Quý, trưởng phái đoàn, và sự tham dự của đại diện giới học giả, các nhà ngoại giao lão thành và cán bộ các cơ quan đại diện Việt Nam đang làm việc tại các bang ở Mỹ.

Phát biểu tại buổi tọa đàm, Đại sứ Việt Nam tại Mỹ Hà Kim Ngọc khẳng định các cơ quan ngoại giao của Việt Nam tại Mỹ đã có nhiều nỗ lực trong việc thúc đẩy quan hệ với hai đối tác rất quan trọng là Liên hợp quốc và Mỹ, trong bối cảnh Việt Nam là Ủy viên không thường trực Hội đồng Bảo an, đồng thời làm tốt mảng công tác bảo hộ công dân trong thời điểm đại dịch COVID-19 vẫn đang hoành hành.

Mốc son 75 năm: Việt Nam được tôn trọng và ủng hộ trên trường quốc tế - ảnh 1 Đại sứ, Trưởng phái đoàn Việt Nam tại LHQ Đặng Đình Quý. -Ảnh: Khắc Hiếu/TTXVN

Đại sứ Đặng Đình Quý chia sẻ sau hai năm đảm trách cương vị trưởng phái đoàn thường trực Việt Nam tại Liên hợp quốc, có cơ hội làm việc và tiếp xúc với lãnh đạo và các đại diện ngoại giao của 193 nước trên khắp thế giới, ông nhận thấy Việt Nam có được sự tôn trọng rất lớn của cộng đồng quốc tế.`,
    statements: [
      { quote: "Hà Kim Ngọc khẳng định", speaker: "Hà Kim Ngọc" },
      { quote: "Đại sứ Đặng Đình Quý chia sẻ sau hai năm", speaker: "Đặng Đình Quý" },
    ],
    setAside: [],
  },
  {
    id: "vi-ho2-iptime",
    url: "https://iptime.com.vn/chu-de-cua-viet-nam-tai-hoi-dong-bao-an-lien-hop-quoc-lap-ky-luc-ve-so-nuoc-tham-gia/",
    outlet: "iptime",
    published: "2020-01",
    language: "vi",
    text: `Phó Thủ tướng - Bộ trưởng Ngoại giao Phạm Bình Minh

Phó Thủ tướng – Bộ trưởng Ngoại giao Phạm Bình Minh

Phó Thủ tướng Phạm Bình Minh cho biết như vậy khi chia sẻ với báo giới.

Phó Thủ tướng – Bộ trưởng Ngoại giao Phạm Bình Minh cho biết, năm 2020, Việt Nam đảm nhận vai trò kép vừa là Chủ tịch ASEAN 2020 vừa là Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc (HĐBA LHQ).

Với trách nhiệm mới là thành viên của HĐBA LHQ, đây là một vinh dự nhưng cũng là trách nhiệm của Việt Nam; đồng thời cũng nâng vai trò của Việt Nam trong việc đóng góp vào các vấn đề lớn trên thế giới, vấn đề toàn cầu.`,
    statements: [
      { quote: "Phó Thủ tướng Phạm Bình Minh cho biết như vậy", speaker: "Phạm Bình Minh" },
      { quote: "Phạm Bình Minh cho biết, năm 2020", speaker: "Phạm Bình Minh" },
      { quote: "Với trách nhiệm mới là thành viên", speaker: "Phạm Bình Minh" },
    ],
    setAside: [],
  },
  {
    id: "vi-ho2-baomoi-adsom",
    url: "https://beta.baomoi.com/tag/Nem-Sowath.epi",
    outlet: "Báo Mới",
    published: null,
    language: "vi",
    text: `Thứ trưởng Hoàng Xuân Chiến phát biểu tại ADSOM mở rộng

Thượng tướng Hoàng Xuân Chiến, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng dẫn đầu Đoàn đại biểu cấp cao Bộ Quốc phòng Việt Nam tham dự Hội nghị Quan chức Quốc phòng cấp cao các nước ASEAN mở rộng và có bài phát biểu quan trọng.

Việt Nam nhấn mạnh an ninh, an toàn hàng hải và hàng không ở Biển Đông

Thượng tướng Hoàng Xuân Chiến nhấn mạnh vấn đề an ninh, an toàn hàng hải, hàng không ở Biển Đông là vấn đề hết sức quan trọng đối với các quốc gia trong khu vực và cộng đồng ASEAN.

Thượng tướng Hoàng Xuân Chiến dự Hội nghị Quan chức Quốc phòng cấp cao các nước ASEAN

Thượng tướng Hoàng Xuân Chiến cho rằng, việc tổ chức trực tiếp các Hội nghị, trong đó có ADSOM và ADSOM+, tạo điều kiện hơn cho các nước tham gia có cơ hội trao đổi trực tiếp.`,
    statements: [
      { quote: "Thượng tướng Hoàng Xuân Chiến nhấn mạnh vấn đề", speaker: "Hoàng Xuân Chiến" },
      { quote: "Thượng tướng Hoàng Xuân Chiến cho rằng", speaker: "Hoàng Xuân Chiến" },
    ],
    setAside: [],
  },
  {
    id: "vi-ho2-ru24-phan-van-giang",
    url: "https://ru24.pro/foreign/vi/422416525",
    outlet: "VnExpress (via ru24)",
    published: "2026-03-03",
    language: "vi",
    text: `Đại tướng Phan Văn Giang: Xây dựng nền quốc phòng vững mạnh, hiện đại

Cam kết trước cử tri tỉnh Thái Nguyên, Bộ trưởng Quốc phòng cho biết sẽ tiếp tục xây dựng Quân đội nhân dân cách mạng, chính quy, tinh nhuệ, hiện đại, làm nòng cốt trong sự nghiệp quốc phòng.`,
    statements: [{ quote: "Bộ trưởng Quốc phòng cho biết", speaker: "Phan Văn Giang" }],
    setAside: [],
  },
  {
    id: "vi-ho2-baomoi-pham-quy-ngo",
    url: "http://www.baomoi.com/Quan-triet-sau-sac-duong-loi-quan-diem-cua-Dang-ve-chien-luoc-bao-ve-To-quoc-trong-tinh-hinh-moi/c/8316954.epi",
    outlet: "Báo Mới",
    published: null,
    language: "vi",
    text: `Quán triệt sâu sắc đường lối, quan điểm của Đảng về chiến lược bảo vệ Tổ quốc trong tình hình mới

Đó là ý kiến chỉ đạo của Trung tướng Phạm Quý Ngọ, Ủy viên TW Đảng, Thứ trưởng Bộ Công an tại buổi làm việc với lớp bồi dưỡng chức danh Giám đốc, Cục trưởng và tương đương của lực lượng Công an nhân dân ngày 20/4, tại Hà Nội.`,
    statements: [{ quote: "Đó là ý kiến chỉ đạo của Trung tướng Phạm Quý Ngọ", speaker: "Phạm Quý Ngọ" }],
    setAside: [],
  },
  {
    id: "vi-ho2-congthuong-luong-tam-quang",
    url: "https://www.congthuong.vn/tag/hoi-nghi-cong-an-toan-quoc-77165.tag",
    outlet: "Công Thương",
    published: "2024-12-26",
    language: "vi",
    text: `Đại tướng Lương Tam Quang nhấn mạnh, Bộ Công an gương mẫu đi đầu thực hiện các chủ trương của Đảng, tiếp tục sắp xếp tinh gọn tổ chức bộ máy công an các cấp.
Sáng 26/12, tại Hà Nội, Thủ tướng Chính phủ Phạm Minh Chính dự và phát biểu chỉ đạo Hội nghị Công an toàn quốc lần thứ 80 và tổng kết 40 năm công tác Công an phục vụ sự nghiệp đổi mới của đất nước.`,
    statements: [{ quote: "Đại tướng Lương Tam Quang nhấn mạnh", speaker: "Lương Tam Quang" }],
    setAside: [],
  },
  {
    id: "vi-ho2-thvl-to-lam",
    url: "https://thvl.vn/thoi-su-thvl/tin-trong-nuoc/bo-cong-an-to-chuc-hoi-thao-khoa-hoc-truc-tuyen",
    outlet: "THVL",
    published: "2020-08",
    language: "vi",
    text: `Phát biểu khai mạc hội thảo, Đại tướng Tô Lâm cho biết, hội thảo khoa học “75 năm Công an nhân dân xây dựng, chiến đấu, trưởng thành và 15 năm ngày hội Toàn dân bảo vệ an ninh Tổ quốc” nhằm khẳng định sự lãnh đạo đúng đắn, sáng suốt của Đảng, Nhà nước đối với sự nghiệp bảo vệ an ninh trật tự và xây dựng lực lượng Công an nhân dân…`,
    statements: [{ quote: "Đại tướng Tô Lâm cho biết", speaker: "Tô Lâm" }],
    setAside: [],
  },
  {
    id: "vi-ho2-vov-1000462",
    url: "https://vov.vn/chinh-tri/dai-su-dang-dinh-quy-chu-tri-cuoc-hop-cua-hoi-dong-bao-an-lhq-1000462.vov",
    outlet: "VOV",
    published: "2020-01-14",
    language: "vi",
    text: `Hôm qua (13/1), tại trụ sở Liên Hợp Quốc ở New York, Mỹ, Đại sứ, Trưởng phái đoàn Đại diện thường trực Việt Nam tại Liên Hợp Quốc Đặng Đình Quý đã chủ trì cuộc họp thường niên Hội đồng Bảo an Liên Hợp Quốc. Trước khi diễn ra chương trình làm việc, các đại biểu đã lên án mạnh mẽ vụ tấn công khủng bố ở Niger gần đây, đồng thời dành một phút mặc niệm cho 89 binh sĩ thiệt mạng và kỷ niệm 10 năm trận động đất kinh hoàng ở Haiti.

Đại sứ Đặng Đình Quý, Trưởng phái đoàn thường trực Việt Nam tại Liên Hợp Quốc.

Đây là cuộc họp Hội đồng Bảo an Liên Hợp Quốc đầu tiên do Đại sứ Việt Nam Đặng Đình Quý chủ trì, thực hiện vai trò Ủy viên không thường trực và là Chủ tịch luân phiên Hội đồng Bảo an trong tháng đầu tiên của nhiệm kỳ. Cùng với Việt Nam, Niger là một trong 5 nước bắt đầu vai trò Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020-2021.

Phát biểu tại cuộc họp, Đại sứ Liên Hợp Quốc của Niger, ông Abdou Abarry cảm ơn các thành viên hội đồng vì sự đoàn kết. Ông cũng cảm ơn các nhân viên Liên Hợp Quốc đang hỗ trợ tại quê nhà và các đồng minh của Niger, đặc biệt là Pháp và Mỹ. Nếu không có sự hỗ trợ của quốc tế, chắc chắn số lượng các nạn nhân sẽ cao hơn.

Bên cạnh việc lên án vụ tấn công khủng bố ở Niger, Đại sứ Việt Nam Đặng Đình Quý cũng chia sẻ nỗi mất mát do động đất ở Haiti cách đây 10 năm, khiến 102 nhân viên Liên Hợp Quốc và hàng trăm ngàn người dân nước này thiệt mạng.`,
    statements: [{ quote: "Đặng Đình Quý cũng chia sẻ nỗi mất mát", speaker: "Đặng Đình Quý" }],
    setAside: [
      { quote: "các đại biểu đã lên án", reason: "group" },
      { quote: "ông Abdou Abarry cảm ơn", reason: "foreign" },
      { quote: "Ông cũng cảm ơn", reason: "foreign" },
    ],
  },
  {
    id: "vi-ho2-qdnd-626647",
    url: "https://www.qdnd.vn/thoi-su-quoc-te/su-kien/hoi-dong-bao-an-lien-hop-quoc-thao-luan-truc-tuyen-ve-khu-vuc-tay-phi-va-sahel-626647",
    outlet: "Quân đội nhân dân",
    published: "2020-07",
    language: "vi",
    text: `Phát biểu tại cuộc họp, Đại sứ Đặng Đình Quý, Trưởng phái đoàn thường trực Việt Nam tại LHQ chia sẻ quan điểm với các nước, bày tỏ quan ngại đối với tình hình an ninh khu vực; đánh giá cao nỗ lực triển khai các hoạt động của các Phái bộ LHQ, lực lượng G5 Sahel trong chống khủng bố; nhấn mạnh bảo vệ thường dân, trong đó có phụ nữ và trẻ em; ủng hộ các biện pháp ngoại giao việc phòng ngừa, cảnh báo sớm, ngăn chặn xung đột và hòa giải trong giải quyết xung đột tại các nước trong khu vực.

VIỆT TRUNG`,
    statements: [{ quote: "Đại sứ Đặng Đình Quý, Trưởng phái đoàn thường trực", speaker: "Đặng Đình Quý" }],
    setAside: [],
  },
  {
    id: "vi-ho2-baomoi-1671541",
    url: "http://www.baomoi.com/vn-danh-gia-cao-vai-tro-cua-lien-doan-arap-o-trung-dong/c/1671541.epi",
    outlet: "Báo Mới",
    published: null,
    language: "vi",
    text: `Đại sứ Bùi Thế Giang, Phó Đại diện Việt Nam tại Hội đồng Bảo an, hoan nghênh một số diễn biến tích cực trong thời gian qua tại khu vực Trung Đông và đánh giá cao vai trò then chốt của Liên đoàn Arập tại đây.`,
    statements: [{ quote: "Đại sứ Bùi Thế Giang", speaker: "Bùi Thế Giang" }],
    setAside: [],
  },
  {
    id: "vi-ho2-aseanvietnam",
    url: "https://aseanvietnam.vn/post/asean-luon-la-tru-cot-quan-trong-trong-chinh-sach-djoi-ngoai-cua-viet-nam",
    outlet: "ASEAN Việt Nam",
    published: "2022-08",
    language: "vi",
    text: `'ASEAN luôn là trụ cột quan trọng trong chính sách đối ngoại của Việt Nam'

Trải qua hành trình 55 năm, ASEAN đã có nhiều đóng góp nổi bật đối với hòa bình, hợp tác và phát triển ở khu vực và trên thế giới. Đóng góp quan trọng nhất của ASEAN là giúp tạo ra một môi trường hòa bình an ninh và ổn định ở khu vực Đông Nam Á và trong quan hệ giữa các nước thành viên với nhau.

Đại sứ VŨ HỒ - Quyền Trưởng SOM ASEAN: “Nhiệm vụ của ASEAN ở đây là duy trì những quan điểm những lập trường của mình một cách vững chắc thống nhất trong hành động cũng như nhất quán trong cách tiếp cận, đặc biệt thống nhất khi tiếp xúc với bên ngoài. Có lẽ đấy chính là nguồn gốc để bảo đảm cho ASEAN có thể vượt qua được những thách thức của mình.”

Phó Thủ tướng PHẠM BÌNH MINH: “ASEAN luôn là trụ cột quan trọng trong chính sách đối ngoại của Việt Nam, là khuôn khổ hợp tác gắn liền với môi trường an ninh và phát triển của Việt Nam.”`,
    statements: [
      { quote: "Đại sứ VŨ HỒ", speaker: "Vũ Hồ" },
      { quote: "Phó Thủ tướng PHẠM BÌNH MINH", speaker: "Phạm Bình Minh" },
    ],
    setAside: [],
  },
  {
    id: "vi-ho2-thanhnien-amm",
    url: "https://thanhnien.vn/asean-can-phat-huy-suc-manh-doan-ket-thong-nhat-tu-chu-chien-luoc-185230510030840257.htm",
    outlet: "Thanh Niên",
    published: "2023-05-10",
    language: "vi",
    text: `ASEAN cần phát huy sức mạnh đoàn kết, thống nhất, tự chủ chiến lược

10/05/2023 06:51 GMT+7

Hôm qua, Bộ trưởng Ngoại giao Bùi Thanh Sơn dẫn đầu đoàn đại biểu VN tham dự các Hội nghị Bộ trưởng Ngoại giao ASEAN, Hội đồng Cộng đồng Chính trị - An ninh ASEAN 26 và Hội đồng Điều phối ASEAN 33.

Tại Hội nghị Bộ trưởng Ngoại giao ASEAN, các bộ trưởng chia sẻ nhận định tình hình quốc tế, khu vực diễn biến phức tạp, khó lường, đặc biệt cạnh tranh chiến lược giữa các nước lớn ngày càng gay gắt cùng nhiều thách thức rủi ro, tiềm ẩn tác động đến ASEAN. Theo đó, các nước nhất trí sẽ tăng cường các giá trị, nguyên tắc và chuẩn mực ứng xử của ASEAN, từ đó bảo đảm độc lập và tự chủ, chủ động và linh hoạt thích ứng trước biến động, thực sự là trung tâm trong cấu trúc khu vực.`,
    statements: [],
    setAside: [
      { quote: "các bộ trưởng chia sẻ nhận định", reason: "group" },
      { quote: "các nước nhất trí", reason: "group" },
    ],
  },
];
