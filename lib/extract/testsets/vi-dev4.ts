/**
 * Third Vietnamese held-out set (issue 14): 19 real articles from 16 outlets, 2015-2025, collected from the search
 * corpus's stored pages after the generalising rules were written, and annotated (statements by Vietnamese
 * officials with their speaker, passages that must not be proposed) before the extractor was run on them. The
 * texts are the stored excerpts as they are, a cut-off last sentence included. Measured once as held out
 * (recall 0.729, explicit precision 1.0), then opened to study its misses: a dev set since; see docs/import.md.
 */
import type { TestArticle } from "./types";

export const VI_DEV4: TestArticle[] = [
  {
    id: "vi-ho3-cand-nguyen-van-thanh",
    url: "http://cand.com.vn/Hoat-dong-LL-CAND/Tang-cuong-hop-tac-giua-Bo-Cong-an-Viet-Nam-va-Trung-Quoc-543009/",
    outlet: "Công an nhân dân (CAND)",
    published: null,
    language: "vi",
    text: `Tại buổi hội đàm, hai đồng chí Thứ trưởng đã tái khẳng định mối quan hệ hữu nghị truyền thống Việt Nam – Trung Quốc không ngừng được mở rộng và phát triển trên các lĩnh vực.

Thứ trưởng Nguyễn Văn Thành và Thứ trưởng Bộ Công an Trung Quốc Liu Zhao. Ảnh: Vĩnh Hà

Quan hệ hợp tác giữa Bộ Công an Việt Nam và Bộ Công an Trung Quốc đã có những bước tiến quan trọng, thực chất và ngày càng hiệu quả, qua đó góp phần củng cố, phát triển mối quan hệ hợp tác giữa hai Đảng, hai Nhà nước và nhân dân hai nước.

Thứ trưởng Nguyễn Văn Thành đề nghị, trong thời gian tới, hai bên cần tăng cường hợp tác thực chất, có hiệu quả từ Trung ương đến địa phương, đặc biệt các tỉnh biên giới Việt – Trung.

Hai đồng chí Thứ trưởng cũng thống nhất Bộ Công an hai nước sẽ cùng nhau hợp tác, chia sẻ kinh nghiệm về công tác xây dựng Đảng, công tác chính trị tư tưởng, quản lý báo chí truyền thông, phòng chống tội phạm xuyên quốc gia, tội phạm ma túy, tội phạm mua bán người, tội phạm sử dụng công nghệ cao, công tác đào tạo, công tác quản lý an ninh trật tự trong thời đại công nghệ số.

Lương Tuấn – Vĩnh Hà – Bùi Tuấn`,
    statements: [
      { quote: "Thứ trưởng Nguyễn Văn Thành đề nghị, trong thời gian tới", speaker: "Nguyễn Văn Thành" },
    ],
    setAside: [
      { quote: "hai đồng chí Thứ trưởng đã tái khẳng định", reason: "group" },
      { quote: "Hai đồng chí Thứ trưởng cũng thống nhất", reason: "group" },
    ],
  },
  {
    id: "vi-ho3-vietnamplus-to-lam-2016",
    url: "https://beta.vietnamplus.vn/bo-cong-an-viet-nam-va-trung-quoc-hop-tac-chong-toi-pham-post407794.vnp",
    outlet: "VietnamPlus",
    published: null,
    language: "vi",
    text: `Chiều 25/9, tại Hà Nội, Bộ Công an Việt Nam tổ chức lễ đón chính thức và hội đàm với Đoàn đại biểu cấp cao Bộ Công an Trung Quốc do ông Quách Thanh Côn, Ủy viên Quốc vụ, Bộ trưởng làm trưởng đoàn sang thăm chính thức Việt Nam.
Thượng tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an Việt Nam chủ trì lễ đón.
Tại buổi lễ, Bộ trưởng Tô Lâm chúc mừng những thành tựu to lớn trong sự nghiệp xây dựng đất nước mà nhân dân Trung Quốc đã đạt được và những thành tựu to lớn của Bộ Công an Trung Quốc trong thời gian qua, góp phần quan trọng giữ vững an ninh quốc gia, trật tự, an toàn xã hội của đất nước.
Bộ trưởng Tô Lâm và Bộ trưởng Quách Thanh Côn thống nhất đánh giá, trong những năm qua, quan hệ hợp tác giữa hai nước nói chung, giữa Bộ Công an Việt Nam và Bộ Công an Trung Quốc nói riêng không ngừng mở rộng, phát triển, đạt được nhiều kết quả thiết thực trên các lĩnh vực hợp tác. Hai Bộ trưởng bày tỏ mong muốn mối quan hệ hợp tác giữa hai Bộ trong thời gian tới sẽ phát triển mạnh mẽ hơn, góp phần tăng cường tình hữu nghị, sự hợp tác toàn diện giữa hai nước.
Chiều cùng ngày, Bộ trưởng Tô Lâm và Bộ trưởng Bộ Công an Trung Quốc Quách Thanh Côn đã đồng chủ trì Hội nghị hợp tác phòng, chống tội phạm lần thứ 5 giữa Bộ Công an Việt Nam và Bộ Công an Trung Quốc.
Kết thúc hội nghị, hai bộ trưởng đã ký kết Bản ghi nhớ kết quả hội nghị.
Hai bên cũng đề ra phương hướng hợp tác giữa hai bộ từ nay tới năm 2018.
Hai bộ sẽ tiếp tục công tác trao đổi đoàn về các vấn đề cùng quan tâm trong lĩnh vực đảm bảo`,
    statements: [{ quote: "Bộ trưởng Tô Lâm chúc mừng những thành tựu", speaker: "Tô Lâm" }],
    setAside: [
      { quote: "Bộ trưởng Tô Lâm và Bộ trưởng Quách Thanh Côn thống nhất đánh giá", reason: "group" },
      { quote: "Hai Bộ trưởng bày tỏ mong muốn", reason: "group" },
    ],
  },
  {
    id: "vi-ho3-cand-to-lam-thu-truong",
    url: "http://cand.com.vn/thoi-su/Cao-Thu-truong-To-Lam-tiep-doan-Cuc-Bao-ve-an-ninh-Noi-dia-Bo-Cong-an-Trung-Quoc-334766/",
    outlet: "Công an nhân dân (CAND)",
    published: null,
    language: "vi",
    text: `Phát biểu tại buổi tiếp, Thứ trưởng Tô Lâm chào mừng ông Hách Vân Hồng cùng các thành viên trong Đoàn Cục Bảo vệ An ninh Nội địa Bộ Công an Trung Quốc sang thăm, làm việc với Bộ Công an Việt Nam, đánh giá cao chuyến thăm, làm việc lần này của Đoàn, góp phần vào việc tăng cường tình hữu nghị và hợp tác giữa hai nước.

Trong những năm qua, thực hiện đường lối hợp tác giữa hai nước, Bộ Công an Việt Nam – Bộ Công an Trung Quốc luôn duy trì, thúc đẩy hợp tác toàn diện, đạt được nhiều kết quả tích cực trên các lĩnh vực hợp tác, giữ vững an ninh trật tự của mỗi nước. Hai bên đã thực hiện các chuyến thăm nhằm chia sẻ thông tin và trao đổi kinh nghiệm phòng, chống tội phạm; duy trì các chuyến thăm và nỗ lực triển khai thực hiện Thỏa thuận đã ký; chia sẻ kinh nghiệm, trao đổi thông tin về đấu tranh, phòng chống các loại tội phạm, giữ gìn an ninh, bảo vệ an ninh trật tự; đưa quan hệ hợp tác giữa hai bên lên tầm cao mới, góp phần đảm bảo tốt an ninh chính trị của mỗi nước, cũng như an ninh của khu vực và trên thế giới.

Thứ trưởng Tô Lâm cùng Phó Cục trưởng Cục Bảo vệ An ninh Nội địa Bộ Công an Trung Quốc Hách Vân Hồng tại buổi tiếp.

Thứ trưởng Tô Lâm nhấn mạnh để tiếp tục đảm bảo giữ vững an ninh quốc gia, trật tự an toàn xã hội của mỗi nước, trong thời gian tiếp theo, Bộ Công an Việt Nam và Bộ Công an Trung Quốc cần phát huy những kết quả, thành tích đã đạt được; tăng cường hợp tác chặt chẽ hơn trong lĩnh vực hợp tác, chia sẻ kinh nghiệm công tác đấu tranh phòng, chống các loại tội phạm, phòng chống khủng b`,
    statements: [
      { quote: "Thứ trưởng Tô Lâm chào mừng ông Hách Vân Hồng", speaker: "Tô Lâm" },
      { quote: "Thứ trưởng Tô Lâm nhấn mạnh để tiếp tục", speaker: "Tô Lâm" },
    ],
    setAside: [],
  },
  {
    id: "vi-ho3-vietbao-luong-tam-quang-2021",
    url: "https://vietbao.vn/cong-an-nhan-dan-tiep-tuc-nang-cao-hieu-qua-hoat-dong-an-ninh-doi-ngoai-302833.html",
    outlet: "Việt Báo",
    published: "2021-12",
    language: "vi",
    text: `Tham luận tại Hội nghị đối ngoại toàn quốc sáng 14/12, Trung tướng Lương Tam Quang, Thứ trưởng Bộ Công an cho biết quán triệt, triển khai hiệu quả đường lối, chủ trương đối ngoại của Đảng và Nhà nước, Đảng ủy Công an Trung ương, Bộ Công an đã xác định rõ chiến lược an ninh đối ngoại, thiết lập và củng cố quan hệ với các cơ quan thực thi pháp luật các nước, các tổ chức quốc tế với mục tiêu xây dựng môi trường hòa bình, ổn định để bảo vệ, phát triển đất nước. Đồng thời, chủ động tham gia các diễn đàn hợp tác quốc tế về đấu tranh, phòng chống tội phạm. Xây dựng, thực hiện nhiều cơ chế đối ngoại an ninh, nắm bắt thời cơ, lựa chọn đối tác, tham gia vào các liên kết khu vực và quốc tế phù hợp với lợi ích Việt Nam.

Hiện Bộ Công an đã có quan hệ với 162 cơ quan thực thi pháp luật của 64 quốc gia và vùng lãnh thổ, thiết lập quan hệ nhiều mặt với các nước thường trực của Hội đồng Bảo an Liên Hợp Quốc, tham gia hoạt động trong 52 tổ chức, diễn đàn hợp tác quốc tế đa phương, đàm phán ký kết 150 văn bản hợp tác quốc tế về bảo vệ an ninh trật tự, đấu tranh phòng chống tội phạm.`,
    statements: [
      { quote: "Trung tướng Lương Tam Quang, Thứ trưởng Bộ Công an cho biết", speaker: "Lương Tam Quang" },
      { quote: "Đồng thời, chủ động tham gia các diễn đàn", speaker: "Lương Tam Quang" },
      { quote: "Xây dựng, thực hiện nhiều cơ chế đối ngoại an ninh", speaker: "Lương Tam Quang" },
    ],
    setAside: [],
  },
  {
    id: "vi-ho3-cand-le-quy-vuong-2015",
    url: "https://cand.com.vn/Phong-su-Tieu-diem/Luc-luong-Canh-sat-nhan-dan-luon-mang-tam-the-Vi-nuoc-quen-than-vi-dan-phuc-vu-358538/",
    outlet: "Cảnh sát toàn cầu (CAND)",
    published: "2015-07-18",
    language: "vi",
    text: `Lực lượng Cảnh sát nhân dân luôn mang tâm thế 'Vì nước quên thân, vì dân phục vụ'

Thứ Bảy, 18/07/2015, 08:00
"Giữa thời bình, tiếng súng đã nhiều lần vang lên, máu đã đổ xuống, nhiều chiến sỹ Công an đã hy sinh hay mất một phần máu thịt; nhưng họ không lùi bước, chiến sỹ Cảnh sát nhân dân hay Công an nhân dân luôn mang trong mình một tâm thế "Vì nước quên thân, vì dân phục vụ", chấp nhận hy sinh xương máu vì cuộc sống bình yên của nhân dân" - Thượng tướng Lê Quý Vương, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an đã rất xúc động khi nói về vai trò cũng như sự hy sinh của lực lượng Cảnh sát nhân dân (CSND) trong cuộc đấu tranh phòng, chống tội phạm (PCTP).

Nhân kỷ niệm 53 năm Ngày truyền thống lực lượng CSND, phóng viên Cảnh sát toàn cầu đã có bài phỏng vấn đồng chí Thứ trưởng về vấn đề này.

Phóng viên: Ngày 20/7/1962, Chủ tịch Hồ Chí Minh đã ký Lệnh số 34/LCT công bố Pháp lệnh quy định nhiệm vụ, quyền hạn của lực lượng CSND và Pháp lệnh quy định chế độ cấp bậc hàm của sĩ quan, hạ sĩ quan CSND. Đây là mốc son quan trọng đánh dấu sự trưởng thành của lực lượng CSND. Xin đồng chí Thứ trưởng đánh giá về đóng góp to lớn của lực lượng CSND trong sự nghiệp bảo vệ Tổ quốc và giữ gìn TTATXH chặng đường hơn nửa thế kỷ qua?

Thứ trưởng Lê Quý Vương: Có thể khẳng định, trong bất kỳ hoàn cảnh nào, lực lượng CSND luôn thể hiện rõ lòng trung thành tuyệt đối với Đảng, Nhà nước và nhân dân; xung kích trên mặt trận đấu tranh PCTP, giữ gìn TTATXH, góp phần cùng toàn Đảng, toàn dân và toàn quân thực hiện thắng lợi nh`,
    statements: [
      { quote: "chấp nhận hy sinh xương máu vì cuộc sống bình yên", speaker: "Lê Quý Vương" },
      { quote: "Có thể khẳng định, trong bất kỳ hoàn cảnh nào", speaker: "Lê Quý Vương" },
    ],
    setAside: [{ quote: "Xin đồng chí Thứ trưởng đánh giá", reason: "no_speaker" }],
  },
  {
    id: "vi-ho3-qdnd-dang-dinh-quy",
    url: "https://www.qdnd.vn/doi-ngoai/doi-ngoai/cac-uu-tien-cua-viet-nam-trong-nhiem-ky-uy-vien-khong-thuong-truc-hdba-lhq-605237",
    outlet: "Quân đội nhân dân",
    published: null,
    language: "vi",
    text: `Phát biểu tại sự kiện, Đại sứ Đặng Đình Quý, Trưởng phái đoàn đại diện thường trực của Việt Nam tại LHQ khẳng định trong nhiệm kỳ của mình, Việt Nam sẽ nỗ lực để đóng góp vào việc ngăn ngừa xung đột, phát huy ngoại giao phòng ngừa và giải quyết một cách hòa bình các tranh chấp theo tinh thần Điều 6 Hiến chương LHQ. Việt Nam cũng sẽ cố gắng tham gia vào cải tiến cách thức làm việc của HĐBA LHQ và tích cực hợp tác giữa HĐBA LHQ và các tổ chức khu vực. Đại sứ cho biết Việt Nam sẽ chú trọng tham gia ý kiến vào những vấn đề lớn như bảo vệ dân thường, bảo vệ cơ sở hạ tầng thiết yếu đối với người dân tại các nơi xung đột, bảo vệ phụ nữ và trẻ em trong xung đột vũ trang, khắc phục hiểm họa bom mìn còn sót lại từ thời chiến cũng như các hoạt động gìn giữ hòa bình của LHQ. Theo Đại sứ Đặng Đình Quý, chống tác động của biến đổi khí hậu đối với hòa bình và an ninh cũng sẽ là một vấn đề Việt Nam chú trọng trong năm tới.

Trả lời câu hỏi của các phóng viên liệu Việt Nam có nỗ lực đóng góp để các ủy viên không thường trực có tiếng nói mạnh mẽ hơn trong HĐBA LHQ hay không, Đại sứ Đặng Đình Quý cho rằng nếu chỉ một nước ủy viên không thường trực nỗ lực thì khó có thể tạo ra thay đổi. Tuy nhiên, nếu tất cả các ủy viên không thường trực đồng tình và đoàn kết thì việc đó hoàn toàn khả thi.

Đối với câu hỏi liệu Việt Nam có đưa vấn đề Biển Đông ra HĐBA LHQ hay không, Đại sứ Đặng Đình Quý khẳng định để một vấn đề có thể được thảo luận tại HĐBA cần ít nhất 9 nước thành viên `,
    statements: [
      {
        quote: "Trưởng phái đoàn đại diện thường trực của Việt Nam tại LHQ khẳng định",
        speaker: "Đặng Đình Quý",
      },
      { quote: "Việt Nam cũng sẽ cố gắng tham gia vào cải tiến", speaker: "Đặng Đình Quý" },
      { quote: "Đại sứ cho biết Việt Nam sẽ chú trọng", speaker: "Đặng Đình Quý" },
      { quote: "Theo Đại sứ Đặng Đình Quý, chống tác động", speaker: "Đặng Đình Quý" },
      { quote: "Đại sứ Đặng Đình Quý cho rằng nếu chỉ một nước", speaker: "Đặng Đình Quý" },
      { quote: "Tuy nhiên, nếu tất cả các ủy viên không thường trực", speaker: "Đặng Đình Quý" },
      { quote: "Đại sứ Đặng Đình Quý khẳng định để một vấn đề", speaker: "Đặng Đình Quý" },
    ],
    setAside: [],
  },
  {
    id: "vi-ho3-thdl-bui-thanh-son-2023",
    url: "http://truyenhinhdulich.vn/video/tong-thu-ky-asean-danh-gia-cao-nhung-dong-gop-cua-viet-nam-cho-asean-29533.html",
    outlet: "Truyền hình Du lịch",
    published: "2023-07-12",
    language: "vi",
    text: `Video Tin trong nước

Tổng thư ký ASEAN đánh giá cao những đóng góp của Việt Nam cho ASEAN

Nhân dịp dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 và các hội nghị liên quan tại Jakarta, Indonesia, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã có cuộc gặp Tổng thư ký ASEAN Kao Kim Hourn.
15:26 - 12/07/2023

Tổng thư ký ASEAN đánh giá cao những đóng góp của Việt Nam cho ASEAN

Nhân dịp dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 và các hội nghị liên quan tại Jakarta, Indonesia, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã có cuộc gặp Tổng thư ký ASEAN Kao Kim Hourn.

Tổng thư ký ASEAN đánh giá cao những đóng góp của Việt Nam cho Cộng đồng ASEAN và Ban Thư ký ASEAN; bày tỏ tin tưởng tiếp tục nhận được sự ủng hộ của Việt Nam trong thực hiện các trọng trách của mình trên cương vị Tổng thư ký ASEAN, nhất là trong đóng góp cho duy trì hòa bình, ổn định, thịnh vượng của Cộng đồng ASEAN và quan hệ của ASEAN với các đối tác.

Bộ trưởng Bùi Thanh Sơn nhấn mạnh Việt Nam coi trọng và đánh giá cao vai trò của ASEAN cũng như của cá nhân Tổng thư ký; bày tỏ tin tưởng, dưới sự lãnh đạo của Tổng thư ký Kao Kim Hourn, vai trò của Ban thư ký ASEAN sẽ không ngừng được nâng cao. Bộ trưởng Bùi Thanh Sơn khẳng định Việt Nam sẽ phối hợp chặt chẽ với các thành viên ASEAN và Ban Thư ký ASEAN trong củng cố các cơ chế hợp tác của ASEAN và do ASEAN dẫn dắt, đưa ASEAN hoạt động ngày càng hiệu quả và thích ứng với tình hình mới. Bộ trưởng đề nghị Ban Thư ký ASEAN chú trọng hơn nữa đưa hợp tác với các đối tác đi vào thực chất, hiệu quả, đóng góp thiết thực vào việc vun đắp t`,
    statements: [
      { quote: "Bộ trưởng Bùi Thanh Sơn nhấn mạnh Việt Nam coi trọng", speaker: "Bùi Thanh Sơn" },
      { quote: "Bộ trưởng Bùi Thanh Sơn khẳng định Việt Nam sẽ phối hợp", speaker: "Bùi Thanh Sơn" },
      { quote: "Bộ trưởng đề nghị Ban Thư ký ASEAN chú trọng", speaker: "Bùi Thanh Sơn" },
    ],
    setAside: [
      { quote: "những đóng góp của Việt Nam cho Cộng đồng ASEAN và Ban Thư ký ASEAN", reason: "foreign" },
    ],
  },
  {
    id: "vi-ho3-vnexpress-bui-thanh-son-2022",
    url: "https://vnexpress.net/bo-truong-ngoai-giao-cac-doi-tac-asean-can-doi-thoai-thay-doi-dau-4534360.html",
    outlet: "VnExpress",
    published: "2022-11",
    language: "vi",
    text: `Bộ trưởng Ngoại giao Bùi Thanh Sơn cho rằng ASEAN cần gửi thông điệp rõ ràng đến các đối tác về thúc đẩy hợp tác, đối thoại thiện chí thay cho đối đầu.

Phát biểu trong cuộc họp của các Bộ trưởng Ngoại giao ASEAN ngày 10/11 trước thềm Hội nghị Cấp cao ASEAN lần thứ 40, 41 và các hội nghị liên quan tại Phnom Penh, Bộ trưởng Ngoại giao Bùi Thanh Sơn hoan nghênh các đối tác tham gia hợp tác khu vực trên tinh thần cởi mở, minh bạch, bao trùm và tôn trọng vai trò trung tâm của ASEAN.

Tại Hội nghị Cấp cao ASEAN lần thứ 40, 41 và các hội nghị liên quan, lãnh đạo các nước ASEAN cùng 10 đối tác sẽ tiến hành hơn 20 hoạt động, dự kiến thông qua và ghi nhận hơn 100 văn kiện về nhiều lĩnh vực hợp tác quan trọng.

Bộ trưởng Bùi Thanh Sơn đề nghị ASEAN cần gửi thông điệp rõ ràng tới các đối tác về thúc đẩy hợp tác và đối thoại thiện chí, thay vì đối đầu và chỉ trích tại các cơ chế do ASEAN dẫn dắt.

ASEAN hiện duy trì quan hệ với 11 đối tác đối thoại đầy đủ, gồm Trung Quốc, Nhật Bản, Hàn Quốc, Ấn Độ, Australia, New Zealand, Nga, Mỹ, Canada, Liên minh châu Âu (EU) và Anh. Đại diện EU không dự các hội nghị lần này ở Phnom Penh.

Bộ trưởng Ngoại giao Bùi Thanh Sơn (giữa) dự phiên họp Hội nghị Hội đồng Điều phối ASEAN (ACC) lần thứ 31 tại Phnom Penh ngày 10/11. Ảnh: Trung tâm Truyền thông Phnom Penh ASEAN 2022.

Ông đánh giá cao vai trò Chủ tịch ASEAN 2022 của Campuchia với nhiều sáng kiến thiết thực, giúp giữ đà cho hợp tác ASEAN trong một năm nhiều khó khăn, thách thức.

Bộ tr`,
    statements: [
      {
        quote: "Bộ trưởng Ngoại giao Bùi Thanh Sơn cho rằng ASEAN cần gửi thông điệp",
        speaker: "Bùi Thanh Sơn",
      },
      { quote: "Bộ trưởng Ngoại giao Bùi Thanh Sơn hoan nghênh các đối tác", speaker: "Bùi Thanh Sơn" },
      { quote: "Bộ trưởng Bùi Thanh Sơn đề nghị ASEAN cần gửi thông điệp", speaker: "Bùi Thanh Sơn" },
      { quote: "Ông đánh giá cao vai trò Chủ tịch ASEAN 2022", speaker: "Bùi Thanh Sơn" },
    ],
    setAside: [],
  },
  {
    id: "vi-ho3-vnexpress-bui-thanh-son-2025",
    url: "https://vnexpress.net/5-dinh-huong-lon-de-viet-nam-tiep-tuc-tham-gia-kien-tao-thanh-cong-cua-asean-4924099.html",
    outlet: "VnExpress",
    published: "2025-08-07",
    language: "vi",
    text: `Phó thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn nêu 5 định hướng lớn để Việt Nam đóng góp nhiều hơn cho ASEAN trong kỷ nguyên mới.

"Ngày 28/7/1995, Việt Nam gia nhập ASEAN là quyết sách chiến lược mang tầm vóc lịch sử, mở ra chương mới của tiến trình hội nhập và khởi đầu hành trình vươn lên mạnh mẽ của đất nước", Phó thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn ngày 7/8 cho biết trong bài viết nhân dịp kỷ niệm 30 năm Việt Nam tham gia ASEAN, 58 năm thành lập ASEAN.

Theo ông Sơn, Việt Nam trong ba thập kỷ qua luôn là một mắt xích quan trọng của ASEAN, chia sẻ mục tiêu và tầm nhìn chiến lược, thúc đẩy đồng thuận và thống nhất hành động.

"Trong thế giới đầy biến động, Việt Nam một lần nữa đứng trước thời cơ 'thiên thời, địa lợi, nhân hòa' để đóng góp nhiều hơn cho ASEAN trong kỷ nguyên mới", Phó thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn viết, đồng thời nêu 5 định hướng lớn để Việt Nam tiếp tục tham gia kiến tạo thành công của ASEAN.

Phó thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn. Ảnh: Bộ Ngoại giao

Theo ông Sơn, Việt Nam cần tiếp tục cùng các nước củng cố đồng thuận, tăng cường lòng tin chiến lược, giữ vững vai trò trung tâm của ASEAN, phát huy các nguyên tắc, chuẩn mực ứng xử và đề cao thượng tôn pháp luật, nhằm giữ vững không gian chiến lược cho hòa bình, ổn định khu vực.

Định hướng lớn thứ hai là mở rộng không gian kinh tế, thúc đẩy các sáng kiến khai thác thị trường nội khối, tận dụng hiệu quả các hiệp định tự `,
    statements: [
      { quote: "nêu 5 định hướng lớn để Việt Nam đóng góp nhiều hơn", speaker: "Bùi Thanh Sơn" },
      { quote: "Việt Nam gia nhập ASEAN là quyết sách chiến lược", speaker: "Bùi Thanh Sơn" },
      { quote: "Theo ông Sơn, Việt Nam trong ba thập kỷ qua", speaker: "Bùi Thanh Sơn" },
      { quote: "Trong thế giới đầy biến động, Việt Nam một lần nữa", speaker: "Bùi Thanh Sơn" },
      { quote: "Theo ông Sơn, Việt Nam cần tiếp tục cùng các nước", speaker: "Bùi Thanh Sơn" },
      { quote: "Định hướng lớn thứ hai là mở rộng không gian kinh tế", speaker: "Bùi Thanh Sơn" },
    ],
    setAside: [],
  },
  {
    id: "vi-ho3-vov-pham-thu-hang-2023",
    url: "https://vov.vn/chinh-tri/viet-nam-phan-doi-trung-quoc-dieu-tau-tuan-tra-den-dao-phu-lam-post1028063.vov",
    outlet: "VOV",
    published: "2023-06",
    language: "vi",
    text: `Trả lời câu hỏi của phóng viên liên quan đến việc Trung Quốc cử tàu tuần tra Hải Tuần (Haixun) 03 đến đảo Phú Lâm, dự kiến tuần tra vùng biển xung quanh đến hết tháng 7/2023, người phát ngôn Bộ Ngoại giao Việt Nam Phạm Thu Hằng tại cuộc họp báo chiều 22/6 nêu rõ: “Như đã nhiều lần khẳng định, Việt Nam có đầy đủ cơ sở pháp lý và bằng chứng lịch sử để khẳng định chủ quyền của Việt Nam đối với quần đảo Hoàng Sa và quần đảo Trường Sa phù hợp với luật pháp quốc tế".

Người phát ngôn Bộ Ngoại giao Việt Nam Phạm Thu Hằng.

Đại diện Bộ Ngoại giao khẳng định: "Mọi hoạt động của các bên tại hai quần đảo này mà không được Việt Nam cho phép là vi phạm chủ quyền của Việt Nam đối với hai quần đảo này, không có lợi cho hòa bình, ổn định, trật tự, an ninh, an toàn, tự do hàng hải ở biển Đông".

Việt Nam đã nhiều lần phản đối các động thái trái phép của Trung Quốc ở hai quần đảo Hoàng Sa và Trường Sa. Bộ Ngoại giao cũng nhiều lần nhấn mạnh chủ quyền của Việt Nam đối với hai quần đảo này được xác lập phù hợp với luật pháp quốc tế./.`,
    statements: [
      { quote: "Như đã nhiều lần khẳng định, Việt Nam có đầy đủ cơ sở pháp lý", speaker: "Phạm Thu Hằng" },
      { quote: "Mọi hoạt động của các bên tại hai quần đảo này", speaker: "Phạm Thu Hằng" },
    ],
    setAside: [{ quote: "Bộ Ngoại giao cũng nhiều lần nhấn mạnh", reason: "group" }],
  },
  {
    id: "vi-ho3-plo-le-hai-binh-2016",
    url: "http://plo.vn/thoi-su/chinh-tri/vn-quan-ngai-thong-tin-tq-trien-khai-vu-khi-o-bien-dong-672181.html",
    outlet: "Pháp Luật TP.HCM",
    published: null,
    language: "vi",
    text: `Ngày 16-12-2016, trả lời câu hỏi của phóng viên đề nghị cho biết phản ứng của Việt Nam về hình ảnh vệ tinh của Tổ chức Sáng kiến Minh bạch Hàng hải châu Á (thuộc Trung tâm Nghiên cứu Chiến lược và Quốc tế CSIS) cho thấy Trung Quốc dường như đã triển khai hệ thống vũ khí tại bảy cấu trúc địa lý ở biển Đông, người phát ngôn Bộ Ngoại giao Lê Hải Bình nêu rõ: “Việt Nam hết sức quan ngại về thông tin này”.

Ông Bình cũng một lần nữa khẳng định Việt Nam có đầy đủ cơ sở pháp lý và chứng cứ lịch sử để khẳng định chủ quyền đối với hai quần đảo Hoàng Sa và Trường Sa.

“Chúng tôi phản đối mọi hoạt động xâm phạm chủ quyền của Việt Nam, phản đối các hoạt động quân sự hóa, đe dọa hòa bình, ổn định, an ninh, an toàn, tự do hàng hải và hàng không ở biển Đông” -ông Bình nêu rõ.`,
    statements: [
      { quote: "Việt Nam hết sức quan ngại về thông tin này", speaker: "Lê Hải Bình" },
      { quote: "Ông Bình cũng một lần nữa khẳng định", speaker: "Lê Hải Bình" },
      { quote: "Chúng tôi phản đối mọi hoạt động xâm phạm chủ quyền", speaker: "Lê Hải Bình" },
    ],
    setAside: [],
  },
  {
    id: "vi-ho3-dkn-le-thi-thu-hang",
    url: "https://www.dkn.tv/video/viet-nam-len-tieng-ve-thong-tin-tau-trung-quoc-xam-pham-vung-dac-quyen-kinh-te",
    outlet: "Đại Kỷ Nguyên (DKN)",
    published: null,
    language: "vi",
    text: `Người Phát ngôn Bộ Ngoại giao Việt Nam khẳng định, cơ quan chức năng của Việt Nam đang theo dõi sát các diễn biến ở Biển Đông.

Bà Lê Thị Thu Hằng, Phát ngôn Bộ Ngoại giao Việt Nam đã khẳng định nội dung trên khi trả lời câu hỏi của phóng viên ngày 14/4 về thông tin một nhóm tàu của Trung Quốc xâm phạm vùng đặc quyền kinh tế (EEZ) của Việt Nam ở Biển Đông.`,
    statements: [
      {
        quote: "Người Phát ngôn Bộ Ngoại giao Việt Nam khẳng định, cơ quan chức năng",
        speaker: "Lê Thị Thu Hằng",
      },
      { quote: "Phát ngôn Bộ Ngoại giao Việt Nam đã khẳng định nội dung trên", speaker: "Lê Thị Thu Hằng" },
    ],
    setAside: [],
  },
  {
    id: "vi-ho3-tienphong-le-thi-thu-hang",
    url: "https://tienphong.vn/gian-khoan-dong-phuong-tag91544.tpo",
    outlet: "Tiền Phong",
    published: null,
    language: "vi",
    text: `Đang xác minh thông tin Trung Quốc đưa giàn khoan ra vịnh Bắc Bộ Thế giới TPO - Bà Lê Thị Thu Hằng, Người phát ngôn Bộ Ngoại giao, cho biết như vậy để trả lời câu hỏi của phóng viên về việc Trung Quốc vừa đưa giàn khoan Đông phương 13-2 ra Vịnh Bắc Bộ.`,
    statements: [{ quote: "Người phát ngôn Bộ Ngoại giao, cho biết như vậy", speaker: "Lê Thị Thu Hằng" }],
    setAside: [],
  },
  {
    id: "vi-ho3-htv-le-thi-thu-hang",
    url: "https://old.htv.com.vn/viet-nam-phan-doi-manh-me-thanh-pho-tam-sa-cua-trung-quoc",
    outlet: "HTV",
    published: null,
    language: "vi",
    text: `Người Phát ngôn Bộ Ngoại giao Việt Nam - Lê Thị Thu Hằng phát biểu, Việt Nam đã nhiều lần mạnh mẽ khẳng định, Việt Nam có đầy đủ bằng chứng lịch sử và cơ sở pháp lý để khẳng định chủ quyền đối với hai quần đảo Hoàng Sa và Trường Sa.`,
    statements: [{ quote: "Lê Thị Thu Hằng phát biểu, Việt Nam đã nhiều lần", speaker: "Lê Thị Thu Hằng" }],
    setAside: [],
  },
  {
    id: "vi-ho3-sggp-pham-minh-chinh-2025",
    url: "https://www.sggp.org.vn/thu-tuong-pham-minh-chinh-de-xuat-3-giai-phap-cho-sco-post811274.html",
    outlet: "Sài Gòn Giải Phóng",
    published: null,
    language: "vi",
    text: `Chiều 1-9, tại thành phố Thiên Tân (Trung Quốc), Thủ tướng Phạm Minh Chính đã dự và có bài phát biểu quan trọng tại Hội nghị Thượng đỉnh Tổ chức Hợp tác Thượng Hải (SCO) mở rộng. Đây là lần đầu tiên một lãnh đạo cấp cao của Việt Nam phát biểu tại một hội nghị thượng đỉnh của SCO.

Thủ tướng Phạm Minh Chính phát biểu tại Hội nghị Thượng đỉnh Tổ chức Hợp tác Thượng Hải 2025 mở rộng (SCO +). Ảnh: Dương Giang/TTXVN

Phát biểu tại hội nghị, Thủ tướng Phạm Minh Chính khẳng định, Việt Nam đánh giá cao vai trò và ủng hộ tăng cường hợp tác giữa SCO với các tổ chức quốc tế và khu vực, đặc biệt là với ASEAN nhằm củng cố vai trò trung tâm của ASEAN trong cấu trúc khu vực đang định hình.

Trên cơ sở đó, để SCO đóng góp tích cực hơn nữa vào lợi ích chung của cộng đồng quốc tế, Thủ tướng Phạm Minh Chính đề xuất 3 giải pháp: Một là, đẩy mạnh chủ nghĩa đa phương, đoàn kết và hợp tác quốc tế trong xử lý các thách thức an ninh truyền thống cũng như phi truyền thống. Hai là, tăng cường huy động nguồn lực cho phát triển và nâng cao năng lực quản trị toàn cầu. Thủ tướng nhấn mạnh tất cả các nước, nhất là các nước lớn, cần nêu cao tinh thần trách nhiệm, đi đầu dẫn dắt và kề vai sát cánh với Liên hợp quốc trong thực hiện thành công các Mục tiêu Phát triển bền vững. Ba là, củng cố lòng tin, hiểu biết lẫn nhau và hợp tác cùng có lợi, trước hết là giữa các nước láng giềng, từ đó tăng cường liên kết toàn diện giữa các nước trong khu vực và toàn cầu.

Cuối cùng, Thủ tướng Phạm Minh Chính khẳng định, Việt Nam `,
    statements: [
      { quote: "Thủ tướng Phạm Minh Chính khẳng định, Việt Nam đánh giá cao", speaker: "Phạm Minh Chính" },
      { quote: "Thủ tướng Phạm Minh Chính đề xuất 3 giải pháp", speaker: "Phạm Minh Chính" },
      { quote: "Hai là, tăng cường huy động nguồn lực", speaker: "Phạm Minh Chính" },
      { quote: "Thủ tướng nhấn mạnh tất cả các nước", speaker: "Phạm Minh Chính" },
      { quote: "Ba là, củng cố lòng tin", speaker: "Phạm Minh Chính" },
      { quote: "Cuối cùng, Thủ tướng Phạm Minh Chính khẳng định", speaker: "Phạm Minh Chính" },
    ],
    setAside: [],
  },
  {
    id: "vi-ho3-vtc-phan-van-giang",
    url: "https://amp.vtcnews.vn/dai-tuong-phan-van-giang-tiep-pho-thu-tuong-bo-truong-quoc-phong-slovakia-ar987949.html",
    outlet: "VTC News",
    published: null,
    language: "vi",
    text: `Đại tướng Phan Văn Giang tái khẳng định Việt Nam kiên định chính sách quốc phòng “bốn không”, mong muốn mở rộng hợp tác quốc phòng song phương và đa phương trên cơ sở bình đẳng, tôn trọng lẫn nhau, vì hòa bình và ổn định chung. Nhân dịp này, Việt Nam trân trọng mời Bộ trưởng Quốc phòng Slovakia cùng các cơ quan và doanh nghiệp công nghiệp quốc phòng nước bạn tham dự Triển lãm Quốc phòng quốc tế Việt Nam lần thứ 3 vào cuối năm 2026.`,
    statements: [
      { quote: "Đại tướng Phan Văn Giang tái khẳng định Việt Nam kiên định", speaker: "Phan Văn Giang" },
      { quote: "Việt Nam trân trọng mời Bộ trưởng Quốc phòng Slovakia", speaker: "Phan Văn Giang" },
    ],
    setAside: [],
  },
  {
    id: "vi-ho3-danviet-le-thi-thu-hang-2018",
    url: "https://danviet.vn/bng.html",
    outlet: "Dân Việt",
    published: null,
    language: "vi",
    text: `-
Ngày 22.3.2018, tại Họp báo thường kỳ của Bộ Ngoại giao, trả lời câu hỏi của phóng viên về việc Đài Loan tiến hành diễn tập bắn đạn thật tại khu vực đảo Ba Bình, thuộc quần đảo Trường Sa của Việt Nam, Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng nêu rõ:`,
    statements: [
      { quote: "Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng nêu rõ", speaker: "Lê Thị Thu Hằng" },
    ],
    setAside: [],
  },
  {
    id: "vi-ho3-vna-pham-minh-chinh-g20-2025",
    url: "https://vietnam.vnanet.vn/vietnamese/tin-van/hoi-nghi-thuong-dinh-g20-thu-tuong-pham-minh-chinh-de-xuat-3-bao-dam-chien-luoc-ve-thuc-day-tang-truong-415384.html",
    outlet: "TTXVN (VNA)",
    published: "2025-11-22",
    language: "vi",
    text: `Phiên toàn thể Hội nghị Thượng đỉnh G20. Ảnh: Dương Giang - TTXVN

Dẫn đầu Đoàn đại biểu Việt Nam tham dự và có bài phát biểu quan trọng tại hội nghị, Thủ tướng Chính phủ Phạm Minh Chính đề xuất 3 bảo đảm chiến lược nhằm thúc đẩy tăng trưởng bao trùm, bền vững và không để ai bị bỏ lại phía sau.

Hội nghị Thượng đỉnh G20 diễn ra trong trong hai ngày 22-23/11, với sự tham dự của Lãnh đạo cấp cao các nước thành viên G20, 20 quốc gia khách mời cùng 21 lãnh đạo các tổ chức quốc tế và khu vực. Đây là lần đầu tiên một Hội nghị thượng đỉnh G20 được tổ chức tại châu Phi, là sự kiện quan trọng nhất khép lại Năm chủ tịch G20 2025 của Nam Phi, và đánh dấu việc các nước thành viên G20 đều đã lần lượt giữ vai trò Chủ tịch của cơ chế này.

Trong ngày làm việc đầu tiên, Thủ tướng Chính phủ Phạm Minh Chính cùng các nhà lãnh đạo tham dự hai phiên thảo luận quan trọng với chủ đề “Phát triển kinh tế bền vững và bao trùm – không để ai bị bỏ lại phía sau” và “Các đóng góp của G20 đối với một thế giới tự cường”.`,
    statements: [
      {
        quote: "Thủ tướng Chính phủ Phạm Minh Chính đề xuất 3 bảo đảm chiến lược",
        speaker: "Phạm Minh Chính",
      },
    ],
    setAside: [],
  },
  {
    id: "vi-ho3-vov5-hoi-nghi-lan-thu-tu",
    url: "http://vovworld.vn/vi-VN/tin-tuc/hoi-nghi-hop-tac-phong-chong-toi-pham-lan-thu-tu-viet-nam-trung-quoc-281782.vov",
    outlet: "VOV5",
    published: null,
    language: "vi",
    text: `Hội nghị hợp tác phòng, chống tội phạm lần thứ tư Việt Nam - Trung Quốc

(VOV5) -  Hội nghị diễn ra chiều ngày 27/10, tại thủ đô Bắc Kinh, dưới sự chủ trì của Đại tướng Trần Đại Quang, Bộ trưởng Bộ Công an Việt Nam và ông Quách Thanh Côn, Bộ trưởng Bộ Công an Trung Quốc.

 Phát biểu tại Hội nghị, Bộ trưởng công an 2 nước khẳng định sự phát triển quan hệ hợp tác giữa Bộ Công an Việt Nam và Bộ Công an Trung Quốc thời gian qua đã góp phần bảo đảm an ninh, trật tự của mỗi nước và thúc đẩy quan hệ đối tác hợp tác chiến lược toàn diện giữa hai nước. Hội nghị thống nhất tiếp tục triển khai hợp tác toàn diện, sâu rộng trong lĩnh vực thực thi pháp luật, tập trung phòng ngừa và đấu tranh với tội phạm có tổ chức, xuyên quốc gia, tội phạm khủng bố, tội phạm buôn lậu, mua bán, vận chuyển trái phép vũ khí, vật liệu nổ, chất phóng xạ, tội phạm tổ chức vượt biên và hoạt động vượt biên trái phép; tiếp tục phối hợp tổ chức các cao điểm truy nã tội phạm ở khu vực biên giới Việt - Trung.`,
    statements: [],
    setAside: [{ quote: "Bộ trưởng công an 2 nước khẳng định", reason: "group" }],
  },
];
