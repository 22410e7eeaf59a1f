import type { TestArticle } from "./types";

/** Vietnamese dev set: the Vietnamese rules were written while looking at these articles and their output. */
export const VI_DEV: TestArticle[] = [
  {
    id: "vi-dev-biendong-2018",
    url: "https://biendong.net/2018/03/25/ve-kha-nang-tong-thong-my-gap-kim-jong-un-tai-viet-nam-bo-ngoai-giao-len-tieng",
    outlet: "Biển Đông",
    published: "2018-03-25",
    language: "vi",
    text: `Người phát ngôn Bộ Ngoại giao Việt Nam cho biết, Việt Nam sẵn sàng đóng góp tích cực vào thúc đẩy đối thoại và duy trì hòa bình, an ninh, ổn định trên bán đảo Triều Tiên.
Ngày 22/3, về khả năng Tổng thống Mỹ Donald Trump và Nhà lãnh đạo Triều Tiên Kim Jong Un sẽ gặp gỡ vào tháng 5, bà Lê Thị Thu Hằng – người phát ngôn Bộ Ngoại giao Việt Nam khẳng định: “Việt Nam sẵn sàng đóng góp tích cực vào việc thúc đẩy đối thoại, duy trì hòa bình, an ninh, ổn định trên bán đảo Triều Tiên”, theo Zing.
Trước đó, về khả năng Việt Nam có thể được chọn là địa điểm cho cuộc gặp giữa nhà lãnh đạo Triều Tiên Kim Jong Un và Tổng thống Mỹ Donald Trump, Phó thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh cho biết, Việt Nam sẵn sàng hoan nghênh khả năng này, theo đài SBS Australia.
“Nếu họ chọn Hà Nội hay bất cứ nơi nào ở Việt Nam thì chúng tôi đều hoan nghênh. Chúng tôi có quan hệ ngoại giao với cả hai nước”, Phó thủ tướng nói trong cuộc phỏng vấn tại Sydney (Australia) hôm 18/3.
Ông cho biết, Việt Nam hoan nghênh mọi động thái hòa giải giữa hai nước. “Chúng ta đều muốn hòa bình và ổn định ở bán đảo Triều Tiên. Bất cứ bước nào giúp điều đó chúng tôi đều hoan nghênh. Chúng tôi hoan nghênh đối thoại trực tiếp giữa lãnh đạo của Triều Tiên và Mỹ”.`,
    statements: [
      // The lead reports her words before naming her (annotation completed when the cataphora rule proposed it).
      { quote: "Người phát ngôn Bộ Ngoại giao Việt Nam cho biết", speaker: "Lê Thị Thu Hằng" },
      { quote: "khẳng định: “Việt Nam sẵn sàng đóng góp", speaker: "Lê Thị Thu Hằng" },
      { quote: "Phạm Bình Minh cho biết", speaker: "Phạm Bình Minh" },
      { quote: "Phó thủ tướng nói trong cuộc phỏng vấn", speaker: "Phạm Bình Minh" },
      { quote: "Ông cho biết, Việt Nam hoan nghênh", speaker: "Phạm Bình Minh" },
      // The quotation after it is his too (annotation completed: it was left out at first).
      { quote: "Chúng ta đều muốn hòa bình", speaker: "Phạm Bình Minh" },
    ],
    setAside: [],
  },
  {
    id: "vi-dev-thanhtra-2018",
    url: "https://thanhtra.com.vn/tin-quoc-te-164A88425/bo-ngoai-giao-noi-ve-kha-nang-thuong-dinh-my-trieu-dien-ra-tai-viet-nam-EA51BA2F.html",
    outlet: "Thanh Tra",
    published: "2018-03-22",
    language: "vi",
    text: `Thứ năm, 22/03/2018 - 21:04
“Việt Nam sẵn sàng có đóng góp tích cực vào việc thúc đẩy đối thoại, duy trì hòa bình, an ninh, ổn định trên bán đảo Triều Tiên”, Người phát ngôn Bộ Ngoại giao Việt Nam Lê Thị Thu Hằng hôm nay cho biết.
Người phát ngôn Bộ Ngoại giao Việt Nam Lê Thị Thu Hằng
Trong cuộc họp báo thường kỳ chiều ngày 22/3 tại Hà Nội, Người phát ngôn Bộ Ngoại giao Việt Nam Lê Thị Thu Hằng đã nhận được câu hỏi của phóng viên đề nghị cho biết quan điểm của Việt Nam đối với thông tin Tổng thống Mỹ Donald Trump và nhà lãnh đạo Triều Tiên Kim Jong-un có thể gặp nhau vào tháng 5 tới, và liệu Việt Nam có sẵn sàng phối hợp với các bên liên quan để tổ chức hội nghị này hay không trong trường hợp các bên có đề nghị Việt Nam là nơi diễn ra hội nghị này.
“Việt Nam ủng hộ nỗ lực mang tính xây dựng, giải quyết mọi bất đồng thông qua đối thoại hòa bình, đóng góp tích cực vào hòa bình, an ninh và ổn định của bán đảo Triều Tiên nói riêng và thế giới nói chung”, bà Lê Thị Thu Hằng nói.
Người phát ngôn Bộ Ngoại giao nói thêm: “Việt Nam sẵn sàng có đóng góp tích cực vào việc thúc đẩy đối thoại, duy trì hòa bình, an ninh, ổn định trên bán đảo Triều Tiên”.`,
    statements: [
      { quote: "Lê Thị Thu Hằng hôm nay cho biết", speaker: "Lê Thị Thu Hằng" },
      { quote: "bà Lê Thị Thu Hằng nói", speaker: "Lê Thị Thu Hằng" },
      { quote: "Người phát ngôn Bộ Ngoại giao nói thêm", speaker: "Lê Thị Thu Hằng" },
    ],
    setAside: [],
  },
  {
    id: "vi-dev-vneconomy-2019",
    url: "http://vneconomy.vn/thuong-dinh-my-trieu-tat-ca-cac-phuong-an-an-ninh-da-hoan-thanh-20190225120933091.htm",
    outlet: "VnEconomy",
    published: "2019-02-25",
    language: "vi",
    text: `Đến thời điểm này, tất cả các phương án an ninh đã hoàn thành. Các đoàn tiền trạm an ninh hai nước đều đánh giá cao công tác an ninh và đảm bảo an toàn của Việt Nam.

Đó là khẳng định của Thứ trưởng Bộ ngoại giao Lê Hoài Trung trong buổi họp báo quốc tế diễn ra sáng 25/2 tại Hà Nội.

Theo ông Trung, được hai quốc gia đề nghị làm địa điểm cho cuộc họp lần 2, Việt Nam rất vinh dự và sẵn sàng được tổ chức sự kiện này, đảm bảo đầy đủ công tác an ninh, công tác hậu cần và các nhiệm vụ khác để cho hội nghị thành công.

Qua sự kiện này, lãnh đạo và nhân dân Việt Nam mong muốn thể hiện đường lối đối ngoại hoà bình, muốn là một thành viên tích cực có trách nhiệm trong cộng đồng quốc tế. Cũng qua hội nghị lần này, Việt Nam mong muốn được đóng góp trực tiếp vào quá trình đối thoại, giải quyết tranh chấp quốc tế bằng biện pháp hoà bình phù hợp với luật pháp quốc tế.

"Việt Nam muốn tăng cường vai trò không những của Việt Nam mà của ASEAN trong cộng đồng quốc tế hiện nay. Việt Nam cũng mong muốn giới thiệu về thành tựu đổi mới toàn diện trong nhiều thập kỷ qua, giới thiệu về đất nước con người Việt Nam, đặc biệt giới thiệu về Hà Nội - thành phố hơn 1000 năm văn hiến, thành phố vì hoà bình", Thứ trưởng Bộ Ngoại giao nói tại buổi họp báo.`,
    statements: [
      { quote: "Đó là khẳng định của Thứ trưởng", speaker: "Lê Hoài Trung" },
      { quote: "Theo ông Trung", speaker: "Lê Hoài Trung" },
      // The paragraph after "Theo ông Trung" goes on with his answer, as the country's wish.
      { quote: "lãnh đạo và nhân dân Việt Nam mong muốn", speaker: "Lê Hoài Trung" },
      { quote: "Cũng qua hội nghị lần này", speaker: "Lê Hoài Trung" },
      { quote: "Thứ trưởng Bộ Ngoại giao nói tại buổi họp báo", speaker: "Lê Hoài Trung" },
    ],
    setAside: [],
  },
  {
    id: "vi-dev-ictnews-2020",
    url: "https://ictnews.vietnamnet.vn/bao-mat/viet-nam-tham-du-truc-tuyen-hoi-nghi-bo-truong-asean-ve-an-ninh-mang-270809.html",
    outlet: "ICTnews",
    published: "2020-11",
    language: "vi",
    text: `Hội nghị Bộ trưởng ASEAN về An ninh mạng lần thứ 5 bao gồm chủ đề “Củng cố năng lực bảo vệ an ninh mạng cấp khu vực, thông qua các biện pháp bảo vệ cơ sở hạng tầng trọng yếu về mạng”.

Mới đây, Hội nghị Bộ trưởng ASEAN về An ninh mạng lần thứ 5 (AMCC-5) đã được Singapore tổ chức theo hình thức trực tuyến. Đoàn Việt Nam do Trung tướng Lương Tam Quang, Thứ trưởng Bộ Công an làm trưởng đoàn tham dự hội nghị. Diễn biến hội nghị được đăng tải trên Cổng thông tin điện tử Bộ Công an.

Ngay sau lễ khai mạc, Hội nghị đã tiến hành phiên họp hẹp AMCC với chủ đề 1: “Kế hoạch làm việc cấp khu vực về việc áp dụng các chuẩn mực”. Tại phiên họp này, các đoàn đã trao đổi thông qua các nhiệm vụ tiếp theo của Ủy ban công tác quan chức cấp cao về lộ trình thực hiện đối với các chuẩn mực ứng xử trên không gian mạng.

Phát biểu tại phiên họp với chủ đề thứ 2, Thứ trưởng Lương Tam Quang chia sẻ, Việt Nam đang triển khai “Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030”, với mục tiêu đưa Việt Nam vào nhóm 50 nước dẫn đầu về Chính phủ điện tử.`,
    statements: [{ quote: "Thứ trưởng Lương Tam Quang chia sẻ", speaker: "Lương Tam Quang" }],
    setAside: [{ quote: "các đoàn đã trao đổi", reason: "group" }],
  },
  {
    id: "vi-dev-baotthue-2020",
    url: "https://baothuathienhue.vn/the-gioi/viet-nam-tham-gia-tich-cuc-trong-hop-tac-asean-ve-dam-bao-an-ninh-mang-91882.html",
    outlet: "Báo Thừa Thiên Huế",
    published: "2020-10-08",
    language: "vi",
    text: `Việt Nam tham gia tích cực trong hợp tác ASEAN về đảm bảo an ninh mạng

Thứ Năm, 08/10/2020 10:43
Thứ trưởng Lương Tam Quang nhấn mạnh: "Là một nước thành viên ASEAN, Việt Nam cam kết tham gia tích cực và có trách nhiệm trong các cơ chế hợp tác ASEAN về đảm bảo an ninh, an toàn không gian mạng."

Trung tướng Lương Tam Quang, Thứ trưởng Bộ Công an phát biểu. (Ảnh: Doãn Tấn/TTXVN)

Chiều 7/10, Hội nghị Bộ trưởng ASEAN về an ninh mạng lần thứ 5 (AMCC-5) do Singapore chủ trì đã diễn ra theo hình thức trực tuyến.

Đoàn Việt Nam do Trung tướng Lương Tam Quang, Thứ trưởng Bộ Công an làm trưởng đoàn tham dự hội nghị.

Trong khuôn khổ hội nghị, đại diện các nước đã thảo luận về hai chủ đề quan trọng, gồm kế hoạch thực hiện các chuẩn mực ứng xử trên không gian mạng và hướng dẫn về các lĩnh vực cụ thể, trọng tâm đối với các nước thành viên ASEAN.

Khai mạc hội nghị, Bộ trưởng Truyền thông và Thông tin, kiêm Bộ trưởng phụ trách An ninh mạng Singapore S. Iswaran, chủ trì hội nghị, nhấn mạnh bất chấp những thiệt hại kinh tế đáng kể do dịch COVID-19 gây ra, khu vực Đông Nam Á vẫn duy trì vị trí ổn định để tận dụng sự phát triển của công nghệ số.`,
    statements: [{ quote: "Thứ trưởng Lương Tam Quang nhấn mạnh", speaker: "Lương Tam Quang" }],
    setAside: [
      { quote: "đại diện các nước đã thảo luận", reason: "group" },
      { quote: "Singapore S. Iswaran", reason: "foreign" },
    ],
  },
  {
    id: "vi-dev-1thegioi-2022",
    url: "https://1thegioi.vn/bo-cong-an-co-them-2-thu-truong-176982.html",
    outlet: "1Thế giới",
    published: "2022-01-17",
    language: "vi",
    text: `Ngày 17.1, Bộ Công an tổ chức lễ công bố và trao quyết định của Thủ tướng về việc bổ nhiệm nhân sự cấp cao Bộ Công an.
Tại buổi lễ, thừa ủy quyền của Thủ tướng, ông Trương Hải Long, Thứ trưởng Bộ Nội vụ và đại tướng Tô Lâm, Bộ trưởng Bộ Công an, đã công bố và trao các quyết định bổ nhiệm chức vụ Thứ trưởng Bộ Công an đối với các thiếu tướng: Lê Văn Tuyến, Phó chủ nhiệm Ủy ban Kiểm tra Đảng ủy Công an Trung ương và Nguyễn Văn Long, Cục trưởng Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (C03).
Bộ trưởng Bộ Công an Tô Lâm khẳng định đây là niềm vinh dự, tự hào của cá nhân 2 tân thứ trưởng và của toàn lực lượng công an nhân dân. Ông đề nghị trên cương vị mới, 2 tân thứ trưởng tiếp tục nêu cao tinh thần trách nhiệm, không ngừng rèn luyện bản lĩnh chính trị, tư tưởng vững vàng, nâng cao năng lực, trình độ về mọi mặt, hoàn thành xuất sắc trọng trách được giao phó.
Phát biểu tại buổi lễ, 2 tân thứ trưởng cho biết sẽ tiếp thu nghiêm túc, đầy đủ các ý kiến chỉ đạo của Bộ trưởng; không ngừng học hỏi với tinh thần trách nhiệm cao nhất, đóng góp trí tuệ, góp phần xây dựng lực lượng công an nhân dân, đáp ứng yêu cầu, nhiệm vụ bảo vệ an ninh quốc gia, đảm bảo trật tự, an toàn xã hội trong tình hình mới.`,
    statements: [
      { quote: "Tô Lâm khẳng định đây là niềm vinh dự", speaker: "Tô Lâm" },
      { quote: "Ông đề nghị trên cương vị mới", speaker: "Tô Lâm" },
    ],
    setAside: [{ quote: "2 tân thứ trưởng cho biết", reason: "group" }],
  },
  {
    id: "vi-dev-vnanet-2023",
    url: "https://vietnam.vnanet.vn/vietnamese/tin-van/hoat-dong-cua-doan-viet-nam-tai-tuan-le-an-ninh-mang-quoc-te-singapore-nam-2023-345388.html",
    outlet: "TTXVN",
    published: "2023-10",
    language: "vi",
    text: `Hội nghị Bộ trưởng ASEAN về An ninh Mạng lần thứ 8 (AMCC-8) tại Singapore. Ảnh: Tất Đạt - PV TTXVN tại Singapore

Tại AMCC-8, Thứ trưởng Lương Tam Quang đã có bài phát biểu quan trọng, đóng góp vào chủ đề “Nỗ lực khu vực trong đấu tranh với các mối đe dọa hiện hữu và đang nổi lên trong không gian mạng và kỹ thuật số” của Hội nghị cũng như chia sẻ quan điểm, nhận định về các mối đe dọa hiện tại và mới nổi đối với môi trường số và không gian mạng.

Theo Thứ trưởng Lương Tam Quang, cuộc cách mạng công nghiệp lần thứ 4 dựa trên nền tảng công nghệ số và tích hợp các công nghệ thông minh, kết hợp giữa các hệ thống ảo và thực thể, IoT và các hệ thống kết nối Internet (IoS), đã thúc đẩy mạnh mẽ kỷ nguyên kỹ thuật số, thế giới siêu kết nối, mang lại tiềm năng cho sự thay đổi mang tính chuyển đổi, song cũng đặt ra hàng loạt vấn đề an ninh đối với các quốc gia, trong đó có các nước ASEAN.

Những vấn đề này bao gồm các xu hướng gia tăng mã độc tống tiền (ransomware) và các nguy cơ từ công nghệ trí tuệ nhân tạo (AI), lừa đảo trực tuyến. Các loại tội phạm mạng đã gây thiệt hại lớn cho doanh nghiệp, Chính phủ nhiều quốc gia, khu vực, tác động tiêu cực đến an ninh mạng và an ninh, an toàn của người dân.`,
    statements: [
      { quote: "Thứ trưởng Lương Tam Quang đã có bài phát biểu", speaker: "Lương Tam Quang" },
      { quote: "Theo Thứ trưởng Lương Tam Quang", speaker: "Lương Tam Quang" },
    ],
    setAside: [],
  },
  {
    id: "vi-dev-dantri-2023",
    url: "https://dantri.com.vn/xa-hoi/thu-tuong-pham-minh-chinh-sap-du-hoi-nghi-asean-tai-indonesia-20230830215925787.htm",
    outlet: "Dân trí",
    published: "2023-08-30",
    language: "vi",
    text: `Thủ tướng Phạm Minh Chính sắp dự Hội nghị ASEAN tại Indonesia

Hoài Thu

(Dân trí) - Hội nghị cấp cao ASEAN lần thứ 43 và các Hội nghị cấp cao liên quan diễn ra tại Jakarta, Indonesia từ 4 đến 7/9. Thủ tướng Phạm Minh Chính tham dự Hội nghị theo lời mời của Tổng thống Joko Widodo.

Thủ tướng Phạm Minh Chính sẽ dẫn đầu đoàn đại biểu Việt Nam tham dự Hội nghị cấp cao ASEAN lần thứ 43 và các Hội nghị cấp cao liên quan tại Jakarta, Indonesia từ ngày 4 đến 7/9, theo thông cáo của Bộ Ngoại giao.

Hồi giữa tháng 5 vừa qua, Thủ tướng Phạm Minh Chính dẫn đầu đoàn đại biểu Việt Nam tham dự các hoạt động trong khuôn khổ Hội nghị Cấp cao ASEAN lần thứ 42, được tổ chức tại Labuan Bajo, Indonesia.

Thủ tướng Phạm Minh Chính phát biểu tại Hội nghị ASEAN lần thứ 42 (Ảnh: Đoàn Bắc).

Phát biểu tại Hội nghị khi đó, Thủ tướng Phạm Minh Chính đã nêu 3 vấn đề cốt lõi quyết định bản sắc, giá trị, sức sống và uy tín của ASEAN. Đó là: Giữ vững độc lập, tự chủ chiến lược; vươn mình bứt phá thành tâm điểm của tăng trưởng; và thích ứng ngày càng tốt hơn trước những biến động bên ngoài.

Người đứng đầu Chính phủ Việt Nam nhấn mạnh củng cố đoàn kết và thống nhất là nhiệm vụ căn cốt cho một ASEAN độc lập và tự cường.`,
    statements: [
      { quote: "Thủ tướng Phạm Minh Chính đã nêu 3 vấn đề", speaker: "Phạm Minh Chính" },
      { quote: "Người đứng đầu Chính phủ Việt Nam nhấn mạnh", speaker: "Phạm Minh Chính" },
    ],
    setAside: [],
  },
];
