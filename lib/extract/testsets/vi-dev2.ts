import type { TestArticle } from "./types";

/**
 * Second Vietnamese dev set. It was the held-out set: annotated before the Vietnamese rules were written, and
 * measured without looking at its output (recall 0.722, explicit precision 0.917 at that point, see the README).
 * Its misses were then studied to improve the rules, so it is a dev set now; vi-heldout2.ts took its place.
 */
export const VI_DEV2: TestArticle[] = [
  {
    id: "vi-ho-thanhnien-2020",
    url: "https://thanhnien.vn/yeu-cau-trung-quoc-dai-loan-cham-dut-vi-pham-chu-quyen-viet-nam-tren-bien-dong-185939735.amp",
    outlet: "Thanh Niên",
    published: "2020-03",
    language: "vi",
    text: `Bà Hằng nhấn mạnh: “Việt Nam có đầy đủ cơ sở pháp lý và bằng chứng lịch sử khẳng định chủ quyền với 2 quần đảo Trường Sa và Hoàng Sa. Theo đó, mọi hoạt động tại 2 quần đảo này phải được sự cho phép của Việt Nam”.
Trả lời câu hỏi về thông tin Đài Loan tập trận bắn đạn thật gần đảo Ba Bình thuộc quần đảo Trường Sa của Việt Nam ngày 24.3 vừa qua, bà Hằng nhấn mạnh: “Đài Loan nhiều lần diễn tập bắn đạn thật quanh đảo Ba Bình thuộc quần đảo Trường Sa của Việt Nam, là hành động xâm phạm nghiêm trọng chủ quyền của Việt Nam đối với quần đảo này”.
* Cũng tại buổi họp báo, bà Lê Thị Thu Hằng cho biết để đối phó dịch Covid-19, nhiều công dân Việt Nam đã bị kẹt ở các sân bay quốc tế. Từ 21 - 25.3, Bộ Ngoại giao, các cơ quan đại diện Việt Nam ở nước ngoài đã “giải cứu” hơn 800 người, nhưng vẫn còn khoảng 40 người mắc kẹt và đang được hỗ trợ thu xếp để bay về Việt Nam. Cũng theo bà Hằng, một số cán bộ ngoại giao đã phải cách ly do tiếp xúc với người nhiễm Covid-19 nhưng chưa có cán bộ nào mắc bệnh.`,
    statements: [
      { quote: "Bà Hằng nhấn mạnh: “Việt Nam có đầy đủ", speaker: "Lê Thị Thu Hằng" },
      { quote: "bà Hằng nhấn mạnh: “Đài Loan", speaker: "Lê Thị Thu Hằng" },
      { quote: "bà Lê Thị Thu Hằng cho biết", speaker: "Lê Thị Thu Hằng" },
      { quote: "Cũng theo bà Hằng", speaker: "Lê Thị Thu Hằng" },
    ],
    setAside: [],
  },
  {
    id: "vi-ho-thoidai-2022",
    url: "https://thoidai.com.vn/phoi-hop-thuc-day-chuyen-tham-viet-nam-cua-tong-thong-joe-biden-trong-nam-2022-170290.html",
    outlet: "Thời Đại",
    published: "2022-06-13",
    language: "vi",
    text: `Phối hợp thúc đẩy chuyến thăm Việt Nam của Tổng thống Joe Biden trong năm 2022
Ngày 13/6, Thứ trưởng Bộ Ngoại giao Hà Kim Ngọc đã có buổi làm việc với Thứ trưởng thứ nhất Bộ Ngoại giao Hoa Kỳ Wendy Sherman nhân dịp thăm Việt Nam từ ngày 10-13/6/2022.
Thứ trưởng Bộ Ngoại giao Hà Kim Ngọc (trái) và Thứ trưởng thứ nhất Bộ Ngoại giao Hoa Kỳ Wendy Sherman. Ảnh: Bộ Ngoại giao. |
Thứ trưởng Hà Kim Ngọc cho rằng, chuyến công du Việt Nam của Tổng thống Joe Biden trong năm 2022 sẽ là hoạt động tiếp nối thành công chuyến thăm và làm việc của Thủ tướng Phạm Minh Chính nhân dịp dự Hội nghị Cấp cao đặc biệt ASEAN - Hoa Kỳ tại Washington hồi tháng 5 vừa qua.
Thứ trưởng mong muốn Hoa Kỳ tiếp tục trao đổi và chia sẻ thông tin với Việt Nam về các sáng kiến khu vực, quan tâm và hỗ trợ Việt Nam trong khắc phục hậu quả chiến tranh, chuyển đổi năng lượng sạch.
Đáp lại, Thứ trưởng Ngoại giao Hoa Kỳ Sherman bày tỏ vui mừng khi hai bên từng bước nối lại các hoạt động trực tiếp và trao đổi đoàn sau Covid-19. Bà cũng thông báo về khoản ngân sách bổ sung 19 triệu USD cho hoạt động rà phá bom mìn tại Việt Nam, khẳng định Mỹ và các nước sẵn sàng hỗ trợ nguồn lực, tài chính, công nghệ và kỹ thuật để Việt Nam thực hiện thành công các cam kết tại COP26.
Quang cảnh buổi làm việc. Ảnh: VOV |
Trước đó, trong cuộc gặp Bộ trưởng Ngoại giao Bùi Thanh Sơn cùng ngày, bà Sherman khẳng định Mỹ coi trọng quan hệ đối tác toàn diện với Việt Nam và mong muốn nâng tầm quan hệ khi phù hợp, đồng thời bày tỏ ủng hộ một Việt Nam giàu mạnh và thịnh vượng.`,
    statements: [
      { quote: "Thứ trưởng Hà Kim Ngọc cho rằng", speaker: "Hà Kim Ngọc" },
      { quote: "Thứ trưởng mong muốn Hoa Kỳ", speaker: "Hà Kim Ngọc" },
    ],
    setAside: [
      { quote: "Sherman bày tỏ vui mừng", reason: "foreign" },
      { quote: "Bà cũng thông báo", reason: "foreign" },
      { quote: "bà Sherman khẳng định", reason: "foreign" },
    ],
  },
  {
    id: "vi-ho-vietbao-2023",
    url: "https://vietbao.vn/de-xuat-cua-thu-tuong-va-thong-diep-asean-doan-ket-khong-the-tach-roi-446205.html",
    outlet: "Việt Báo",
    published: "2023-09",
    language: "vi",
    text: `Đáng lưu ý, tại sự kiện này, Tổng thống Indonesia đã trao Giải thưởng ASEAN 2023 cho doanh nhân Nguyễn Thị Tuyết Minh của Việt Nam, về những đóng góp to lớn cho tiến trình xây dựng Cộng đồng ASEAN.

Lấy hình ảnh "con thuyền ASEAN" đang tiến ra biển lớn, rộng mở với thế giới, hợp tác với các đối tác vì mục tiêu chung hòa bình, an ninh và ổn định, Tổng thống Widodo khẳng định ASEAN nhất trí và kiên định không biến khu vực thành nơi cọ xát quyền lực, mà là nơi nuôi dưỡng hợp tác và đối thoại vì hòa bình và thịnh vượng.

Là một trong những thành viên chính thức tham gia tháp tùng Thủ tướng Phạm Minh Chính, Bộ trưởng Đào Ngọc Dung nhận định chuyến công tác tham dự Hội nghị Cấp cao ASEAN lần thứ 43 và các hội nghị cấp cao liên quan của Thủ tướng Phạm Minh Chính đã thành công rất tốt đẹp, đạt kết quả toàn diện, cả về hoạt động đa phương và song phương, trên tất cả lĩnh vực, từ kinh tế, văn hóa - xã hội, an ninh - quốc phòng.

Theo người đứng đầu Chính phủ, mỗi nước thành viên ASEAN phải nêu cao tinh thần đoàn kết, độc lập, tự chủ, tự cường, và tinh thần này phải được thể hiện bằng cả lời nói và hành động.

"Chỉ có như vậy, vai trò của ASEAN mới có thể phát huy thực chất và nhận được sự coi trọng trên thực tế của các đối tác, nhất là các nước lớn", Thủ tướng Phạm Minh Chính nhấn mạnh.`,
    statements: [
      { quote: "Bộ trưởng Đào Ngọc Dung nhận định", speaker: "Đào Ngọc Dung" },
      { quote: "Theo người đứng đầu Chính phủ", speaker: "Phạm Minh Chính" },
      { quote: "Thủ tướng Phạm Minh Chính nhấn mạnh", speaker: "Phạm Minh Chính" },
    ],
    setAside: [{ quote: "Tổng thống Widodo khẳng định", reason: "foreign" }],
  },
  {
    id: "vi-ho-qdnd-697247",
    url: "https://www.qdnd.vn/chinh-tri/tin-tuc/hoa-ky-coi-trong-quan-he-doi-tac-toan-dien-voi-viet-nam-697247",
    outlet: "Quân đội nhân dân",
    published: "2022-06",
    language: "vi",
    text: `Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn tiếp Thứ trưởng Thường trực Bộ Ngoại giao Hoa Kỳ Wendy Sherman. Ảnh: TTXVN


Bộ trưởng Bùi Thanh Sơn nhấn mạnh, Việt Nam coi Hoa Kỳ là một trong những đối tác quan trọng hàng đầu; sẵn sàng cùng Hoa Kỳ thúc đẩy quan hệ đối tác toàn diện đi vào chiều sâu, hiệu quả, thực chất trên cơ sở tôn trọng độc lập, chủ quyền, toàn vẹn lãnh thổ và thể chế chính trị của nhau. Thứ trưởng thứ nhất Wendy Sherman khẳng định, Hoa Kỳ coi trọng quan hệ đối tác toàn diện với Việt Nam, nhất quán ủng hộ một Việt Nam mạnh và thịnh vượng, mong muốn nâng tầm quan hệ khi điều kiện phù hợp. 

Bên cạnh các vấn đề quốc tế cùng quan tâm, Bộ trưởng Bùi Thanh Sơn và Thứ trưởng thứ nhất Wendy Sherman đã trao đổi một số biện pháp thúc đẩy hợp tác giữa hai nước, như: Trao đổi đoàn cấp cao, phòng, chống dịch bệnh, phục hồi kinh tế-xã hội sau đại dịch, khắc phục hậu quả chiến tranh...

ĐOÀN CA`,
    statements: [{ quote: "Bộ trưởng Bùi Thanh Sơn nhấn mạnh", speaker: "Bùi Thanh Sơn" }],
    setAside: [
      { quote: "Wendy Sherman khẳng định", reason: "foreign" },
      { quote: "đã trao đổi một số biện pháp", reason: "group" },
    ],
  },
  {
    id: "vi-ho-vov-1090114",
    url: "https://vov.vn/chinh-tri/phan-ung-cua-viet-nam-truoc-viec-trung-quoc-tap-tran-ban-ten-lua-o-bien-dong-1090114.vov",
    outlet: "VOV",
    published: "2020-08-31",
    language: "vi",
    text: `Người phát ngôn Bộ Ngoại giao Việt Nam Lê Thị Thu Hằng.

Ngày 31/8, trả lời câu hỏi của một số phóng viên Việt Nam và nước ngoài đề nghị cho biết phản ứng của Việt Nam trước việc Trung Quốc thông tin về việc nước này tiến hành tập trận quân sự, bắn tên lửa tại Biển Đông, trong đó có quần đảo Hoàng Sa và quần đảo Trường Sa của Việt Nam, người phát ngôn Bộ Ngoại giao Việt Nam Lê Thị Thu Hằng nêu rõ:

"Lập trường của Việt Nam về việc Trung Quốc tập trận ở khu vực Biển Đông đã được nêu trong phát biểu của Người Phát ngôn Bộ Ngoại giao ngày 26/8/2020.

Quan điểm nhất quán của Việt Nam là mọi hoạt động ở quần đảo Hoàng Sa và quần đảo Trường Sa của Việt Nam mà không được Việt Nam cho phép là vi phạm chủ quyền của Việt Nam đối với hai quần đảo này, không có lợi cho hoà bình, ổn định, trật tự, an ninh, an toàn, tự do hàng không và hàng hải trên Biển Đông"./.`,
    statements: [
      { quote: "Lê Thị Thu Hằng nêu rõ", speaker: "Lê Thị Thu Hằng" },
      { quote: "Lập trường của Việt Nam về việc Trung Quốc tập trận", speaker: "Lê Thị Thu Hằng" },
      { quote: "Quan điểm nhất quán của Việt Nam", speaker: "Lê Thị Thu Hằng" },
    ],
    setAside: [],
  },
  {
    id: "vi-ho-kienthuc-2017",
    url: "https://betav3-m.kienthuc.net.vn/viet-nam-lay-lam-tiec-ve-phat-bieu-cua-nguoi-phat-ngon-bng-duc-post410040.html",
    outlet: "Kiến Thức",
    published: "2017-08-03",
    language: "vi",
    text: `Việt Nam lấy làm tiếc về phát biểu của người phát ngôn BNG Đức

(Kiến Thức) - Người phát ngôn Bộ Ngoại giao Việt Nam Lê Thị Thu Hằng trả lời nhiều câu hỏi tại họp báo thường kỳ chiều 3/8 về vụ việc Trịnh Xuân Thanh.

Ngày 3/8/2017, tại Họp báo thường kỳ của Bộ Ngoại giao, trả lời câu hỏi của phóng viên liên quan việc Trịnh Xuân Thanh trình diện và ra đầu thú và phát biểu của Người Phát ngôn Bộ Ngoại giao Đức ngày 2/8/2017 xung quanh vấn đề này, Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng cho biết: “Theo thông báo ngày 31/7/2017 của Bộ Công an và đã được báo chí đăng tải, ngày 31/7/2017, Trịnh Xuân Thanh đã ra trình diện và đầu thú. Hiện các cơ quan chức năng của Việt Nam đang tiến hành điều tra".

"Tôi lấy làm tiếc về phát biểu ngày 2/8/2017 của Người phát ngôn Bộ Ngoại giao Đức. Việt Nam luôn coi trọng và mong muốn duy trì và phát triển Quan hệ Đối tác Chiến lược Việt Nam – Đức", bà Lê Thị Thu Hằng phát biểu.

Người Phát ngôn Bộ Ngoại giao Việt Nam Lê Thị Thu Hằng.
Trả lời câu hỏi của phóng viên liên quan đến việc vừa qua Việt Nam bắt giữ một số đối tượng, Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng nêu rõ:
“Những đối tượng bị bắt giữ, điều tra do có dấu hiệu vi phạm pháp luật Việt Nam. Quá trình điều tra được thực hiện theo đúng trình tự tố tụng hình sự của Việt Nam.`,
    statements: [
      { quote: "Lê Thị Thu Hằng cho biết: “Theo thông báo", speaker: "Lê Thị Thu Hằng" },
      { quote: "bà Lê Thị Thu Hằng phát biểu", speaker: "Lê Thị Thu Hằng" },
      { quote: "Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng nêu rõ", speaker: "Lê Thị Thu Hằng" },
      { quote: "Những đối tượng bị bắt giữ", speaker: "Lê Thị Thu Hằng" },
      // Added after the paragraph-continuation rule proposed it: the quotation's second sentence is hers too.
      { quote: "Quá trình điều tra được thực hiện", speaker: "Lê Thị Thu Hằng" },
    ],
    setAside: [],
  },
  {
    id: "vi-ho-baomoi-1157430",
    url: "http://www.baomoi.com/viet-nam-coi-cai-to-hoi-dong-bao-an-la-van-de-thiet-yeu/c/1157430.epi",
    outlet: "Báo Mới",
    published: null,
    language: "vi",
    text: `Đại biện lâm thời Việt Nam tại Liên hợp Quốc Hoàng Chí Trung khẳng định Việt Nam ủng hộ mục tiêu cải tổ Hội đồng Bảo an và coi đây là vấn đề thiết yếu đối với tiến trình cải tổ Liên hợp quốc.`,
    statements: [{ quote: "Hoàng Chí Trung khẳng định", speaker: "Hoàng Chí Trung" }],
    setAside: [],
  },
  {
    id: "vi-ho-vnp-1072904",
    url: "https://www.vietnamplus.vn/indonesia-keu-goi-cung-co-doan-ket-va-vai-tro-trung-tam-cua-asean-post1072904.vnp",
    outlet: "VietnamPlus",
    published: "2025-10-26",
    language: "vi",
    text: `Theo phóng viên TTXVN tại Jakarta, Bộ trưởng Ngoại giao Indonesia Sugiono kêu gọi các quốc gia thành viên Hiệp hội các quốc gia Đông Nam Á (ASEAN) tiếp tục duy trì đoàn kết và củng cố vai trò trung tâm của khối trong giải quyết các vấn đề nội khối cũng như ứng phó với những biến động toàn cầu.

Phát biểu tại Hội nghị Bộ trưởng Ngoại giao ASEAN diễn ra ngày 25/10 tại thủ đô Kuala Lumpur của Malaysia, Bộ trưởng Sugiono nhấn mạnh tinh thần đoàn kết và vai trò trung tâm của ASEAN đã nhiều lần giúp khối vượt qua các thách thức với sự kiên định và quyết tâm.

Theo người đứng đầu ngành ngoại giao Indonesia, vị thế trung tâm của ASEAN tiếp tục đóng đóng vai trò then chốt trong giải quyết bất đồng giữa các nước trong khu vực, đặc biệt là cuộc xung đột giữa Campuchia và Thái Lan vừa qua.

Cũng theo Ngoại trưởng Sugiono, nước Chủ tịch ASEAN 2025 Malaysia đã thúc đẩy đối thoại cởi mở và tham vấn, giúp Campuchia và Thái Lan nhanh chóng đạt được thỏa thuận ngừng bắn. Ông nói rõ Indonesia “ủng hộ vai trò của ASEAN trong việc giám sát quá trình thực thi thỏa thuận và tôn trọng quyền tự chủ của các bên liên quan.”`,
    statements: [],
    setAside: [
      { quote: "Sugiono kêu gọi", reason: "foreign" },
      { quote: "Bộ trưởng Sugiono nhấn mạnh", reason: "foreign" },
      { quote: "Theo người đứng đầu ngành ngoại giao Indonesia", reason: "foreign" },
      { quote: "Cũng theo Ngoại trưởng Sugiono", reason: "foreign" },
      { quote: "Ông nói rõ Indonesia", reason: "foreign" },
    ],
  },
];
