/**
 * Fifth Vietnamese held-out set (issue 14, end of the fourth round): 8 real articles, excerpts and tag pages on
 * the courts, science and digital transformation, state reform and the Long Thành airport (the Quảng Ngãi court's
 * portal, the Bà Rịa - Vũng Tàu science department, Nghệ An's ICT centre, Báo Tây Ninh, Mặt trận, VietnamBiz,
 * Báo Đầu tư, Thanh Hóa 24h; 2011-2025), outlets and topics in no earlier set, collected from the search corpus's
 * stored pages after the second batch of fourth-round rules was written (vi-unseen4 was studied, so it is a dev
 * set), and annotated in full before the extractor was run on them. Annotation as in vi-unseen4.ts; a subheading
 * whose speaker the page does not name ("Bộ trưởng Bộ Nội vụ: ...") is no statement anyone can be given.
 * Measured once (16:58 UTC, 2026-12-02, commit 0306dca): recall 0.833 (10/12), explicit precision 1.0 (6/6),
 * inferred 4/4; main (dadd27b) on the same set: 0.667 (8/12) / 1.0 (4/4), inferred 4/4.
 */
import type { TestArticle } from "./types";

export const VI_UNSEEN5: TestArticle[] = [
  {
    id: "vi-u5-toaan-quangngai-truong-tan-sang",
    url: "http://quangngai.toaan.gov.vn/portal/page/portal/taquangngai",
    outlet: "Tòa án nhân dân tỉnh Quảng Ngãi",
    published: null,
    language: "vi",
    text: `Đó là kết luận của Chủ tịch nước Trương Tấn Sang, Trưởng ban Chỉ đạo cải cách tư pháp Trung ương tại buổi làm việc với Ban cán sự Đảng TANDTC sáng nay 25/8 về kiểm tra, khảo sát việc triển khai thực hiện Kết luận số 92-KL/TW của Bộ Chính trị.`,
    statements: [{ quote: "Đó là kết luận của Chủ tịch nước Trương Tấn Sang", speaker: "Trương Tấn Sang" }],
    setAside: [],
  },
  {
    id: "vi-u5-sokhcn-brvt-huynh-thanh-dat-bui-the-duy",
    url: "http://sokhcn.baria-vungtau.gov.vn/ManagementNews/DetailNew/7378?page=26",
    outlet: "Sở Khoa học và Công nghệ Bà Rịa - Vũng Tàu",
    published: null,
    language: "vi",
    text: `Nếu như tại các Đại hội Đảng trước đây, khái niệm chuyển đổi số, kinh tế số,… chưa được nhắc đến thì tại Đại hội XIII của Đảng, khái niệm này đã được nhắc đến nhiều lần trong cả mục tiêu lẫn chiến lược. Như vậy, có thể thấy, chuyển đổi số đóng vai trò quan trọng trong cuộc CMCN 4.0 và quá trình áp dụng chuyển đổi số sẽ có sự khác biệt ở từng lĩnh vực khác nhau.
Bộ trưởng Bộ KH&CN Huỳnh Thành Đạt cho biết, trong Nghị quyết Đại hội XIII của Đảng, chuyển đổi số, khoa học công nghệ và đổi mới sáng tạo (ĐMST) thực sự được coi là động lực phát triển kinh tế - xã hội. Các văn kiện lớn của Đảng, chính sách của Nhà nước, Chính phủ đều đưa ra nhiệm vụ tiếp tục đẩy mạnh phát triển kinh tế số, chính phủ số…
Bộ trưởng cho biết, Bộ KH&CN sẽ xác định được nội hàm của chuyển đổi số, quản lý nhà nước về chuyển đổi số và đưa ra các vấn đề cần giải quyết. Bộ trưởng cũng lưu ý một số đơn vị cần có hoạt động chuyển đổi sớm, triển khai mạnh mẽ hoạt động ứng dụng công nghệ thông tin… Để có kế hoạch, chiến lược triển khai hoạt động này trong thời gian tới, Bộ trưởng đã có yêu cầu cụ thể với một số đơn vị liên quan.
Cùng chia sẻ về vấn đề này, ông Bùi Thế Duy, Thứ trưởng Bộ KH&CN cho biết, chuyển đổi số thực chất là hoạt động ĐMST của một tổ chức, doanh nghiệp.`,
    statements: [
      { quote: "Huỳnh Thành Đạt cho biết, trong Nghị quyết Đại hội XIII", speaker: "Huỳnh Thành Đạt" },
      { quote: "Bộ trưởng cho biết, Bộ KH&CN sẽ xác định", speaker: "Huỳnh Thành Đạt" },
      { quote: "Bộ trưởng cũng lưu ý một số đơn vị", speaker: "Huỳnh Thành Đạt" },
      { quote: "chuyển đổi số thực chất là hoạt động ĐMST", speaker: "Bùi Thế Duy" },
    ],
    setAside: [],
  },
  {
    id: "vi-u5-naict-nghean-nguyen-manh-hung-2025",
    url: "https://naict.tttt.nghean.gov.vn/tag/c%E1%BA%ADp-nhi%E1%BB%81u-gi%E1%BA%A3i-ph%C3%A1p",
    outlet: "Trung tâm CNTT-TT Nghệ An (tag page)",
    published: "2025-02-11",
    language: "vi",
    text: `Chiều 11/2/2025, Thủ tướng Chính phủ Phạm Minh Chính chủ trì Hội nghị phát triển khoa học công nghệ, đổi mới sáng tạo và nhân lực chất lượng cao thúc đẩy tăng trưởng kinh tế. Phát biểu tại Hội nghị, Bộ trưởng Bộ TT&TT Nguyễn Mạnh Hùng đã đề cập nhiều giải pháp phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.`,
    statements: [{ quote: "Nguyễn Mạnh Hùng đã đề cập nhiều giải pháp", speaker: "Nguyễn Mạnh Hùng" }],
    setAside: [],
  },
  {
    id: "vi-u5-baotayninh-trieu-van-cuong",
    url: "https://baotayninh.vn/thoi-su-chinh-tri/trong-nuoc/?p=1&d=",
    outlet: "Báo Tây Ninh (section page)",
    published: null,
    language: "vi",
    text: `Đề xuất giảm số lượng các Bộ, cơ quan ngang bộ

Thứ trưởng Bộ Nội vụ Triệu Văn Cường nhấn mạnh, cần nghiên cứu cắt giảm số lượng các bộ, cơ quan ngang bộ xuống mức phù hợp.`,
    statements: [{ quote: "Triệu Văn Cường nhấn mạnh, cần nghiên cứu cắt giảm", speaker: "Triệu Văn Cường" }],
    setAside: [],
  },
  {
    id: "vi-u5-mattran-to-lam-sap-xep-2025",
    url: "https://m.mattran.org.vn/chuong-trinh-phoi-hop/sap-xep-to-chuc-bo-may-cua-he-thong-chinh-tri-tinh-gon-giam-tang-nac-trung-gian-gop-phan-nang-cao-hieu-luc-hieu-qua-lanh-dao-quan-ly-63289.html",
    outlet: "Mặt trận",
    published: "2025",
    language: "vi",
    text: `Sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, giảm tầng nấc trung gian, góp phần nâng cao hiệu lực, hiệu quả lãnh đạo, quản lý

(Mặt trận) - Tinh gọn tổ chức bộ máy của hệ thống chính trị là bước đi đúng đắn và cần thiết trong bối cảnh hiện nay. Việc sắp xếp tổ chức bộ máy, giảm tầng nấc trung gian và nâng cao hiệu lực, hiệu quả lãnh đạo, quản lý là nhiệm vụ quan trọng và cấp thiết, góp phần tạo ra một hệ thống quản trị linh hoạt, hiệu quả, phục vụ tốt hơn cho người dân và doanh nghiệp. Quyết tâm chính trị mạnh mẽ, sự đồng thuận của toàn dân và sự vào cuộc của cả hệ thống chính trị là điều kiện quan trọng bảo đảm sự phát triển mạnh mẽ của Việt Nam trong kỷ nguyên mới, kỷ nguyên vươn mình của dân tộc.

Bộ trưởng Bộ Nội vụ: Chính quyền cấp xã bắt đầu vận hành từ ngày 01/7 và chính quyền cấp tỉnh vận hành sau ngày 30/8

Tổng Bí thư Tô Lâm: Dự kiến sắp xếp còn 34 tỉnh, thành, khoảng 5000 đơn vị hành chính cấp xã

Đảng Cộng sản Việt Nam vận dụng phương pháp cách mạng của Chủ tịch Hồ Chí Minh trong thời kỳ đổi mới toàn diện đất nước

 Phiên khai mạc Hội nghị Ban Chấp hành Trung ương Đảng khóa XIII (23/1/2025). Ảnh: Doãn Tấn - TTXVN

Sắp xếp tổ chức bộ máy của hệ thống chính trị đóng vai trò quyết định đối với việc nâng cao hiệu quả lãnh đạo, quản lý đất nước. Một bộ máy cồng kềnh, chồng chéo chức năng không chỉ làm tăng gánh nặng ngân sách, mà còn làm trì trệ quá trình ra quyết định, kìm hãm sự phát triển kinh tế - xã hội.`,
    statements: [{ quote: "Dự kiến sắp xếp còn 34 tỉnh, thành", speaker: "Tô Lâm" }],
    setAside: [],
  },
  {
    id: "vi-u5-vietnambiz-nguyen-van-the-long-thanh",
    url: "https://vietnambiz.vn/du-an-san-bay-long-thanh/trang-4.html",
    outlet: "VietnamBiz (tag page)",
    published: null,
    language: "vi",
    text: `Tại buổi họp bàn công tác triển khai Dự án Cảng hàng không quốc tế Long Thành do Bộ trưởng Giao thông Vận tải Nguyễn Văn Thể chủ trì diễn ra ngày 30/11, tại Hà Nội, Bộ trưởng cho hay sẽ trình Chính phủ lập Ban chỉ đạo cấp Nhà nước do Phó Thủ tướng đứng đầu để đẩy nhanh dự án sân bay Long Thành. Bộ trưởng cũng chỉ đạo, cơ quan trực thuộc không được xây dựng và trình phương án chỉ định thầu tại dự án này.`,
    statements: [
      { quote: "Bộ trưởng cho hay sẽ trình Chính phủ", speaker: "Nguyễn Văn Thể" },
      { quote: "Bộ trưởng cũng chỉ đạo, cơ quan trực thuộc", speaker: "Nguyễn Văn Thể" },
    ],
    setAside: [],
  },
  {
    id: "vi-u5-baodautu-pham-minh-chinh-long-thanh",
    url: "https://amp.baodautu.vn/dau-tu-c2/",
    outlet: "Báo Đầu tư (section page)",
    published: null,
    language: "vi",
    text: `Thủ tướng Chính phủ đốc thúc tiến độ xây dựng Sân bay Long Thành
Tiến độ thực hiện dự án Sân bay Long Thành dù có chuyển biến nhưng chưa đạt tiến độ đề ra, Thủ tướng Phạm Minh Chính yêu cầu có giải pháp đột phá để thúc đẩy tiến độ Dự án.`,
    statements: [
      {
        quote: "Thủ tướng Chính phủ đốc thúc tiến độ xây dựng Sân bay Long Thành",
        speaker: "Phạm Minh Chính",
      },
      { quote: "Thủ tướng Phạm Minh Chính yêu cầu có giải pháp đột phá", speaker: "Phạm Minh Chính" },
    ],
    setAside: [],
  },
  {
    id: "vi-u5-thanhhoa24h-nguyen-xuan-phuc-long-thanh",
    url: "https://thanhhoa24h.net.vn/tag/khoi-cong-san-bay-long-thanh",
    outlet: "Thanh Hóa 24h (tag page)",
    published: null,
    language: "vi",
    // A notice that the Prime Minister spoke, with nothing of what he said: no statement.
    text: `Khởi công sân bay Long Thành Sáng 5/1, Thủ tướng Nguyễn Xuân Phúc dự và phát biểu tại lễ khởi công dự án thành phần 1 của sân bay Long Thành.`,
    statements: [],
    setAside: [],
  },
];
