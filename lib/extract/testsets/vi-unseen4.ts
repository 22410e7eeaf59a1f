/**
 * Fourth-round Vietnamese held-out set (issue 14): 9 real articles on fisheries, labour, tourism, culture and the
 * diaspora (Báo Ấp Bắc, Tek4TV, Lao Động, Đại Đoàn Kết, Văn hóa nghệ thuật, Văn hóa online, the Communist Party's
 * portal, Dân vận, Báo Dân tộc; 2015-2025), outlets and topics in no earlier set, collected from the search
 * corpus's stored pages after every rule of the fourth round was written, and annotated in full before the
 * extractor was run on them. Each text is the stored excerpt's opening up to its last whole sentence, scraping
 * faults kept (the Icelandic "Ð" for "Đ" in danvan.vn's text, menus, captions). Measured once (16:44 UTC,
 * 2026-12-02, commit c130d07): recall 0.60 (15/25), explicit precision 1.0 (10/10), inferred 5/7, one set-aside
 * passage proposed; main (dadd27b) on the same set: 0.52 (13/25) / 1.0 (8/8), inferred 5/6.
 *
 * Annotation as in vi-last.ts: every sentence with an attribution that reports what a Vietnamese official said,
 * with the speaker as the article names them; an uncued sentence only when a connective ("Từ đó", "Đặc biệt")
 * or a colon marks it as continuing the speech; a headline or subheading that attributes a statement counts.
 */
import type { TestArticle } from "./types";

export const VI_UNSEEN4: TestArticle[] = [
  {
    id: "vi-u4-baoapbac-pham-minh-chinh-iuu-2021",
    url: "https://baoapbac.vn/kinh-te/202109/quyet-tam-chong-khai-thac-hai-san-bat-hop-phap-go-the-vang-934135/index.htm",
    outlet: "Báo Ấp Bắc",
    published: "2021-09-07",
    language: "vi",
    text: `Quyết tâm chống khai thác hải sản bất hợp pháp, gỡ "Thẻ vàng"

Cập nhật: 20:08, 07/09/2021 (GMT+7)
Thủ tướng Phạm Minh Chính chủ trì cuộc họp. Ảnh: TRẦN HẢI
Thủ tướng Phạm Minh Chính chủ trì cuộc họp. Ảnh: TRẦN HẢI

Phát biểu sáng nay, Thủ tướng Phạm Minh Chính nhấn mạnh, Ban Bí thư, Chính phủ, Thủ tướng Chính phủ rất quan tâm vấn đề chống khai thác hải sản bất hợp pháp và từng bước lãnh đạo, chỉ đạo để gỡ "Thẻ vàng", tuyệt đối không để bị "Thẻ đỏ".

Sáng 7/9, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính chủ trì cuộc họp trực tuyến của Chính phủ với các địa phương ven biển trên cả nước về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU). Cùng dự có Phó Thủ tướng Lê Văn Thành, Trưởng Ban Chỉ đạo quốc gia về IUU.

Gỡ "Thẻ vàng", tuyệt đối không để bị "Thẻ đỏ"

Kiểm tra tình hình về IUU và phòng, chống dịch của thị trấn Long Hải, huyện Long Điền, tỉnh Bà Rịa - Vũng Tàu, Thủ tướng lưu ý, địa phương cần tăng cường tuyên truyền, vận động nhân dân, ngư dân chia sẻ, chấp hành nghiêm các quy định của Nhà nước. Tỉnh cũng phải làm, huyện, xã phường cũng phải làm. Xã, phường là nơi trực tiếp gần dân, cấp uỷ chính quyền phải làm. Chính quyền phải tổ chức cho nhân dân chống dịch lúc này, lúc bình thường thì phải quan tâm, chăm lo đời sống nhân dân. Phải nắm phương thức lãnh đạo của Đảng ở cơ sở.

Chính quyền phải quản lý, vận động, tuyên truyền pháp luật. Mặt trận Tổ quốc và các đoàn thể giám sát việc thực hiện, nhân dân phải là chủ thể tham gia.`,
    statements: [
      { quote: "Ban Bí thư, Chính phủ, Thủ tướng Chính phủ rất quan tâm", speaker: "Phạm Minh Chính" },
      { quote: "địa phương cần tăng cường tuyên truyền, vận động nhân dân", speaker: "Phạm Minh Chính" },
    ],
    setAside: [],
  },
  {
    id: "vi-u4-tek4tv-pham-minh-chinh-nguoi-lao-dong-2023",
    url: "https://beta-hn.tek4tv.vn/video/Dau-tu-cho-nguoi-lao-dong-la-dau-tu-cho-phat-trien-ben-vung-166217.htm",
    outlet: "Tek4TV",
    published: "2023-04-27",
    language: "vi",
    text: `Đầu tư cho người lao động là đầu tư cho phát triển bền vững

Đầu tư cho người lao động là đầu tư cho sự phát triển kinh tế-xã hội bền vững. Đó là khẳng định của Thủ tướng Chính phủ Phạm Minh Chính tại Lễ phát động Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2023 diễn ra chiều 27/4. Sự kiện do Tổng Liên đoàn Lao động Việt Nam phối hợp với Ban Chỉ đạo Tháng hành động về an toàn, vệ sinh lao động Trung ương tổ chức.

27/04/2023, 18:57`,
    statements: [
      {
        quote: "Đầu tư cho người lao động là đầu tư cho sự phát triển kinh tế-xã hội",
        speaker: "Phạm Minh Chính",
      },
      { quote: "Đó là khẳng định của Thủ tướng Chính phủ Phạm Minh Chính", speaker: "Phạm Minh Chính" },
    ],
    setAside: [],
  },
  {
    id: "vi-u4-laodong-bui-van-cuong-2019",
    url: "https://laodong.vn/cong-doan/con-ban-khoan-ve-tang-tuoi-nghi-huu-736357.ldo",
    outlet: "Lao Động",
    published: "2019-05-29",
    language: "vi",
    text: `QUỐC HỘI THẢO LUẬN DỰ THẢO BỘ LUẬT LAO ĐỘNG (SỬA ĐỔI):

Còn băn khoăn về tăng tuổi nghỉ hưu

NHÓM PHÓNG VIÊN |

Ngày 29.5, Quốc hội thảo luận ở tổ về dự án Bộ luật Lao động (sửa đổi). Một trong những điểm mới của dự luật nhận được sự quan tâm của đại biểu và dư luận là đề xuất điều chỉnh tuổi nghỉ hưu và tăng giờ làm thêm. Hiện còn rất nhiều ý kiến khác nhau về vấn đề này. Báo Lao Động ghi nhận ý kiến của các đại biểu Quốc hội xung quanh vấn đề này.

ĐBQH, Chủ tịch Tổng LĐLĐVN Bùi Văn Cường: Nếu tăng giờ làm thêm, phải tăng lương lũy tiến

Đại biểu Quốc hội - Chủ tịch Tổng LĐLĐVN Bùi Văn Cường phát biểu thảo luận tổ về dự án Bộ luật Lao động (sửa đổi) tại Quốc hội chiều 29.5. Ảnh: C.N

Phát biểu thảo luận về dự án Bộ luật Lao động (sửa đổi) chiều 29.5, Đại biểu Quốc hội Bùi Văn Cường - Chủ tịch Tổng LĐLĐVN - cho rằng, xu hướng của thế giới là giảm giờ làm, tăng dần giờ nghỉ. Thực tế doanh nghiệp có mong muốn tăng giờ làm vì đơn hàng thời vụ cần nhiều nguồn lực phải làm thêm. Theo Chủ tịch Bùi Văn Cường, một bộ phận người lao động nhất là ở quê, xã có nguyện vọng làm thêm để họ tăng thu nhập. Từ đó, chúng ta cần phải dung hòa. Về nguyên tắc là không khuyến khích vì nó sẽ phát sinh nhiều hệ lụy như tai nạn lao động, sức khỏe, gia đình...`,
    statements: [
      { quote: "Nếu tăng giờ làm thêm, phải tăng lương lũy tiến", speaker: "Bùi Văn Cường" },
      { quote: "xu hướng của thế giới là giảm giờ làm", speaker: "Bùi Văn Cường" },
      { quote: "một bộ phận người lao động nhất là ở quê", speaker: "Bùi Văn Cường" },
      { quote: "Từ đó, chúng ta cần phải dung hòa", speaker: "Bùi Văn Cường" },
    ],
    setAside: [{ quote: "Báo Lao Động ghi nhận ý kiến", reason: "group" }],
  },
  {
    id: "vi-u4-daidoanket-hoang-tuan-anh-2015",
    url: "http://daidoanket.vn/chinh-tri/chu-tich-quoc-hoi-bo-truong-cho-quoc-hoi-di-du-lich-rat-met-tintuc75674",
    outlet: "Đại Đoàn Kết",
    published: "2015-11-17",
    language: "vi",
    text: `Chủ tịch Quốc hội: ‘Bộ trưởng cho Quốc hội đi du lịch rất mệt’

H.Mai 17/11/2015 21:22

Bộ trưởng có phần trả lời “sáng khoái”nhất trong phiên chất vấn chiều 17/11 không ai khác chính là Bộ trưởng Bộ Văn hóa-Thể thao và Du lịch Hoàng Tuấn Anh.

Chủ tịch Quốc hội: ‘Bộ trưởng cho Quốc hội đi du lịch rất mệt’

Bộ trưởng Hoàng Tuấn Anh. Ảnh: Hoàng Long.

Trả lời câu hỏi của ĐBQH Phạm Thị Hải (Đồng Nai): Bao giờ, du lịch Việt Nam bằng với du lịch của Lào, Campuchia, Bộ trưởng cho biết, sẽ có một báo cáo đầy đủ gửi đến ĐB nhưng “bây giờ thực lòng chúng tôi mong muốn Campuchia và Lào phát triển du lịch mạnh hơn nữa. để chúng tôi sẽ có nhiều bài học kinh nghiệm, bởi vì mỗi quốc gia đều có cách tiếp cận du lịch và điều kiện phát triển du lịch”.

Bộ trưởng đưa ra hàng loạt thế mạnh của du lịch Việt Nam như có một hệ thống các danh lam thắng cảnh phong phú, đa dạng cả thế giới thừa nhận; có nền văn hóa thống nhất trong đa dạng; có nền văn hóa ẩm thực phong phú, dồi dào; lại có cả người dân thân thiện mến khách.

“Chủ tịch Quốc hội Nguyễn Sinh Hùng có hỏi bao giờ du lịch Việt Nam bằng Thái Lan, Malaysia, Singapore, tôi bỏ ngỏ cho nhiệm kỳ tiếp theo trả lời việc này, tôi không dám trả lời”- Bộ trưởng nói và nêu quan điểm: Du lịch góp phần quảng bá hình ảnh đất nước. Khách du lịch quốc tế đến thì người dân mình ứng xử một cách văn minh, lịch sự thì cũng khẳng định ta là người Việt Nam.`,
    statements: [
      { quote: "Bộ trưởng cho Quốc hội đi du lịch rất mệt", speaker: "Nguyễn Sinh Hùng" },
      { quote: "sẽ có một báo cáo đầy đủ gửi đến ĐB", speaker: "Hoàng Tuấn Anh" },
      { quote: "Bộ trưởng đưa ra hàng loạt thế mạnh của du lịch", speaker: "Hoàng Tuấn Anh" },
      { quote: "tôi bỏ ngỏ cho nhiệm kỳ tiếp theo trả lời việc này", speaker: "Hoàng Tuấn Anh" },
      { quote: "Khách du lịch quốc tế đến thì người dân mình ứng xử", speaker: "Hoàng Tuấn Anh" },
    ],
    setAside: [],
  },
  {
    id: "vi-u4-vanhoanghethuat-nguyen-trung-khanh-2025",
    url: "http://www.vanhoanghethuat.vn/bo-truong-nguyen-van-hung-hop-luc-chon-diem-but-toc-de-du-lich-viet-nam-tro-thanh-diem-den-hang-dau-cua-chau-a.htm",
    outlet: "Văn hóa nghệ thuật",
    published: "2025-07-09",
    language: "vi",
    text: `Chiều 9-7, tại Hà Nội, Bộ VHTTDL tổ chức Hội nghị trực tuyến triển khai nhiệm vụ trọng tâm của ngành Du lịch 6 tháng cuối năm 2025. Ủy viên BCH Trung ương Đảng, Bộ trưởng Bộ VHTTDL Nguyễn Văn Hùng chủ trì Hội nghị.
Ủy viên BCH Trung ương Đảng, Bộ trưởng Bộ VHTTDL chủ trì Hội nghị
Hội nghị được thực hiện trực tiếp tại điểm cầu trụ sở Bộ VHTTDL, kết nối tới 34 điểm cầu trên cả nước.
Hội nghị là hoạt động thiết thực chào mừng 65 năm ngày thành lập ngành Du lịch Việt Nam (9/7/1960-9/7/2025), đồng thời nhằm đánh giá những kết quả thực hiện các nhiệm vụ trọng tâm trong 6 tháng đầu năm 2025, thảo luận những tồn tại, khó khăn và đề xuất những giải pháp đẩy mạnh phát triển du lịch 6 tháng cuối năm 2025. Trên cơ sở đó, lãnh đạo Bộ VHTTDL sẽ giao nhiệm vụ cho toàn ngành, trong đó có lãnh đạo Sở Du lịch ở 34 tỉnh, thành phố thuộc Trung ương sau khi hoàn thành công tác sáp nhập từ ngày 1-7-2025.
Tăng trưởng ngoạn mục
Báo cáo tóm tắt sơ kết công tác du lịch 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025, Cục trưởng Cục Du lịch Quốc gia Việt Nam Nguyễn Trùng Khánh cho biết, với sự lãnh đạo, chỉ đạo thống nhất, xuyên suốt, quyết liệt của Chính phủ, Thủ tướng Chính phủ, sự vào cuộc kịp thời, hiệu quả của cả hệ thống chính trị, cùng với sự đoàn kết, nỗ lực phấn đấu của cộng đồng doanh nghiệp và các địa phương trên cả nước, kế thừa những kết quả đạt được năm 2024, ngành Du lịch đã tích cực, chủ động, sáng tạo triển khai các nhiệm vụ, giải pháp và đã đạt được những kết quả nổi bật.`,
    statements: [{ quote: "Nguyễn Trùng Khánh cho biết, với sự lãnh đạo", speaker: "Nguyễn Trùng Khánh" }],
    setAside: [],
  },
  {
    id: "vi-u4-vanhoaonline-nguyen-van-hung-2022",
    url: "http://vanhoaonline.com.vn/van-hoa/artmid/428/articleid/55306/niem-tin-ky-vong-ve-su-phat-trien-cua-van-hoa-du-lich",
    outlet: "Văn hóa online",
    published: "2022-08-12",
    language: "vi",
    text: `Menu
  1. Chính trị
  2. Văn hóa
  3. Nghệ thuật
  4. Giải trí
  5. Du lịch
  6. Thể thao
  7. Gia đình
  8. Kinh tế
  9. Ẩm thực
  10. Đời sống
  11. Nhịp sống số
  12. Pháp luật
  13. Thế giới

Văn hóa

19 Tháng Ba 2024

Niềm tin, kỳ vọng về sự phát triển của văn hóa, du lịch

Thứ Sáu 12/08/2022 | 10:05 GMT+7

VHO- Đánh giá cao nội dung trả lời chất vấn của Bộ trưởng Nguyễn Văn Hùng, nhiều ý kiến của các chuyên gia văn hóa và du lịch cho rằng, với tư cách, vai trò của một “tư lệnh” ngành, việc nắm sát những vấn đề thực tiễn đặt ra cùng những quyết tâm, rốt ráo, Bộ trưởng đã mang đến niềm tin và sự kỳ vọng về sự phát triển của văn hóa, du lịch Việt Nam trong thời gian tới.

Trong thời gian vừa qua, Bộ VHTTDL đã phối hợp với các Bộ, ngành trong việc xây dựng môi trường văn hoá. Trong ảnh: Bộ VHTTDL phối hợp với Tổng LĐLĐ Việt Nam, UBND tỉnh Bắc Ninh tổ chức Hội diễn Tiếng hát công nhân, người lao động năm 2022 và đã nhận được sự hưởng ứng đông đảo của các doanh nghiệp, công nhân, người lao động trong cả nước. Ảnh: Ngọc Thảo

 “Nhiều vấn đề được trả lời rất thỏa đáng”

Qua phần trả lời chất vấn, Bộ trưởng Nguyễn Văn Hùng đã thể hiện việc nắm bắt rất chắc chắn, quyết liệt với những vấn đề trọng tâm đang đặt ra trong sự phát triển của toàn ngành. Bộ trưởng khẳng định, Hội nghị Văn hóa toàn quốc năm 2021 để triển khai thực hiện các nhiệm vụ mà Nghị quyết Đại hội Đảng khóa XIII đề ra về văn hóa đã mang lại động lực mới cho toàn ngành. Hội nghị là sự kiện mang dấu ấn quan trọng.`,
    statements: [
      { quote: "Bộ trưởng khẳng định, Hội nghị Văn hóa toàn quốc năm 2021", speaker: "Nguyễn Văn Hùng" },
    ],
    setAside: [{ quote: "nhiều ý kiến của các chuyên gia văn hóa và du lịch cho rằng", reason: "group" }],
  },
  {
    id: "vi-u4-dangcongsan-luong-thanh-nghi-duong-anh-duc-2021",
    url: "https://en.dangcongsan.vn/overseas-vietnamese/17-collectives-33-individuals-honoured-for-overseas-vietnamese-affairs-572929.html",
    outlet: "Báo điện tử Đảng Cộng sản Việt Nam (VNA)",
    published: "2021",
    language: "vi",
    text: `Tại sự kiện (Ảnh: vtc.vn)

Phát biểu tại sự kiện, Phó Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài Bộ Ngoại giao, Đại sứ Lương Thanh Nghị khẳng định Đảng và Nhà nước Việt Nam đánh giá cao những đóng góp to lớn, quan trọng của các OV vào sự nghiệp xây dựng và phát triển đất nước.

Đảng và Nhà nước Việt Nam luôn coi cộng đồng người Việt Nam ở nước ngoài là một bộ phận, nguồn lực không thể tách rời của dân tộc, là cầu nối hữu nghị giữa Việt Nam và thế giới, ông nói.

Theo ông, hơn 5,3 triệu người Việt Nam đang sinh sống tại 153 quốc gia và vùng lãnh thổ trên toàn thế giới. Ngoài việc hòa nhập với các nước sở tại, họ còn là sứ giả của văn hóa để quảng bá hình ảnh Việt Nam đến bạn bè quốc tế. Trong đại dịch COVID-19, họ cũng đã hợp tác với các cơ quan chức năng nước chủ nhà và để lại ấn tượng tốt trong lòng bạn bè quốc tế.

Phó Chủ tịch Ủy ban nhân dân thành phố Dương Anh Đức khẳng định, cộng đồng người Việt Nam ở nước ngoài đã và đang có nhiều đóng góp trong việc duy trì bản sắc văn hóa và phổ biến các giá trị văn hóa dân tộc, góp phần nâng cao uy tín và tầm vóc của Việt Nam trên trường quốc tế.

Đồng chí mong muốn các đồng chí tiếp tục nêu cao tinh thần yêu nước, lòng tự hào dân tộc, chung sức cùng Đảng bộ, chính quyền và nhân dân thành phố, đóng góp tích cực hoàn thành các mục tiêu kinh tế - xã hội năm 2021, xây dựng thành phố giàu đẹp. /.


CPV (Source: VNA)`,
    statements: [
      {
        quote: "Lương Thanh Nghị khẳng định Đảng và Nhà nước Việt Nam đánh giá cao",
        speaker: "Lương Thanh Nghị",
      },
      { quote: "Đảng và Nhà nước Việt Nam luôn coi cộng đồng", speaker: "Lương Thanh Nghị" },
      { quote: "hơn 5,3 triệu người Việt Nam đang sinh sống", speaker: "Lương Thanh Nghị" },
      { quote: "Dương Anh Đức khẳng định, cộng đồng người Việt Nam", speaker: "Dương Anh Đức" },
      { quote: "Đồng chí mong muốn các đồng chí tiếp tục", speaker: "Dương Anh Đức" },
    ],
    setAside: [],
  },
  {
    id: "vi-u4-danvan-nguyen-duc-hoa-ngo-huong-nam-2019",
    url: "http://danvan.vn/Home/Nguoi-viet-o-nuoc-ngoai/9261/Cong-dong-nguoi-Viet-Nam-o-nuoc-ngoai-mung-Xuan-Ky-Hoi",
    outlet: "Dân vận",
    published: null,
    language: "vi",
    text: `Thứ Năm, 25/4/2024
Cộng đồng người Việt Nam ở nước ngoài mừng Xuân Kỷ Hợi

Ðại sứ Việt Nam tại Canada Nguyễn Đức Hòa phát biểu tại buổi gặp mặt bà con Việt kiều.
(Ảnh: Quang Thịnh/TTXVN)


Ðại sứ Việt Nam tại Canada Nguyễn Ðức Hòa cảm ơn tình cảm của bà con đối với quê hương, đánh giá cao những đóng góp to lớn của bà con đối với sự phát triển đất nước và quan hệ đối tác toàn diện Việt Nam - Canada. Tại buổi gặp mặt, nhiều kiều bào bày tỏ mong muốn đóng góp công sức, trí tuệ góp phần phát triển quê hương, đất nước. Cộng đồng khoảng 250 nghìn người Việt Nam tại Canada đang trở thành cầu nối quan trọng để thúc đẩy mối quan hệ hữu nghị, hợp tác toàn diện ngày càng tốt đẹp giữa hai quốc gia.

★ Cùng ngày, tại Canberra, Ðại sứ quán Việt Nam tại Australia đã tổ chức buổi gặp mặt bà con người Việt Nam đang sinh sống, làm việc và học tập tại Australia chào đón Xuân Kỷ Hợi 2019. Ðại sứ Việt Nam tại Australia Ngô Hướng Nam khẳng định chính sách của Nhà nước Việt Nam luôn coi cộng đồng người Việt Nam ở nước ngoài là một bộ phận không tách rời của cộng đồng các dân tộc Việt Nam.

Trên tinh thần đó, Ðại sứ quán Việt Nam tại Australia luôn coi công tác cộng đồng là một trong những ưu tiên cao nhất và nỗ lực hết mình để bảo hộ quyền lợi hợp pháp của bà con Việt kiều.`,
    statements: [
      { quote: "cảm ơn tình cảm của bà con đối với quê hương", speaker: "Nguyễn Ðức Hòa" },
      { quote: "Ngô Hướng Nam khẳng định chính sách của Nhà nước", speaker: "Ngô Hướng Nam" },
    ],
    setAside: [{ quote: "nhiều kiều bào bày tỏ mong muốn đóng góp", reason: "group" }],
  },
  {
    id: "vi-u4-baodantoc-pham-minh-chinh-hoa-ky-2022",
    url: "https://chuongtrinhmtqg.baodantoc.vn/thu-tuong-pham-minh-chinh-gap-mat-cong-dong-nguoi-viet-nam-o-bo-dong-hoa-ky-1652575372305.htm",
    outlet: "Báo Dân tộc và Phát triển",
    published: "2022-05",
    language: "vi",
    text: `Nói chuyện với cán bộ, nhân viên Đại sứ quán Việt Nam tại Hoa Kỳ và các cơ quan đại diện trực thuộc Đại sứ quán, Thủ tướng Phạm Minh Chính biểu dương cán bộ, nhân viên Đại sứ quán đã có nhiều nỗ lực, thực hiện tốt đường lối đối ngoại của Đảng, Nhà nước; xây dựng, quảng bá hình ảnh đất nước, con người Việt Nam trên đất nước Hoa Kỳ; đóng góp cho quan hệ Việt Nam - Hoa Kỳ ngày càng đi vào thực chất và hiệu quả; gần đây nhất là chuẩn bị tốt cho chuyến công tác của Đoàn đại biểu Việt Nam tham dự Hội nghị cấp cao đặc biệt ASEAN - Hoa Kỳ, thăm và làm việc tại Hoa Kỳ và Liên Hợp Quốc.
Thủ tướng đề nghị, Đại sứ quán với vai trò đại diện cho đất nước tại Hoa Kỳ và các cơ quan đại diện, theo chức năng, nhiệm vụ tiếp tục thực hiện tốt đường lối đối ngoại theo tinh thần Nghị quyết Đại hội XIII của Đảng là độc lập, tự chủ, hoà bình, hợp tác và phát triển; Việt Nam là bạn, đối tác trách nhiệm, tin cậy trong cộng đồng quốc tế. Chung tay vun đắp tình hữu nghị Việt Nam – Hoa Kỳ ngày càng đơm hoa, kết trái; có lợi cho nhân dân hai nước và cho hòa bình, hợp tác, phát triển trên thế giới. Trước mắt, cần triển khai thực hiện tốt các thỏa thuận giữa hai nước sau chuyến công tác này.
Đặc biệt, thực hiện tốt công tác về người Việt Nam ở nước ngoài tại Hoa Kỳ theo Kết luận số 12-KL/TW ngày 12/8/2021 của Bộ Chính trị và các chỉ đạo của Chính phủ, Thủ tướng Chính phủ về công tác người Việt Nam ở nước ngoài trong tình hình mới.`,
    statements: [
      { quote: "Thủ tướng Phạm Minh Chính biểu dương cán bộ", speaker: "Phạm Minh Chính" },
      { quote: "Thủ tướng đề nghị, Đại sứ quán với vai trò", speaker: "Phạm Minh Chính" },
      { quote: "Đặc biệt, thực hiện tốt công tác về người Việt Nam", speaker: "Phạm Minh Chính" },
    ],
    setAside: [],
  },
];
