#!/usr/bin/env python3
"""Writes the training half of the written e-mails (src/test/resources/written/train/).

Realistic mail bodies and short documents for the types the real corpus lacks, composed from
phrase banks with a fixed seed, so the output is the same on every run:

    python3 classifier/scripts/make-written-train.py

Never reads written/heldout/ (those texts are for evaluation only). The output is committed.
"""
import os
import random
import unicodedata

SEED = 20251205
PER_KIND = 30
OUT = os.path.join(os.path.dirname(__file__), "..", "src", "test", "resources", "written", "train")

AGENCIES = [
    ("UBND TỈNH QUẢNG NINH", "SỞ NỘI VỤ", "SNV", "Quảng Ninh"),
    ("UBND TỈNH NGHỆ AN", "SỞ TÀI CHÍNH", "STC", "Nghệ An"),
    ("BỘ Y TẾ", "CỤC QUẢN LÝ DƯỢC", "QLD", "Hà Nội"),
    ("UBND HUYỆN GIA LÂM", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "PGDĐT", "Gia Lâm"),
    ("", "ỦY BAN NHÂN DÂN XÃ PHÚ THỊNH", "UBND", "Phú Thịnh"),
    ("TỔNG CỤC THUẾ", "CỤC THUẾ TỈNH BÌNH DƯƠNG", "CTBDU", "Bình Dương"),
    ("UBND THÀNH PHỐ ĐÀ NẴNG", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "STTTT", "Đà Nẵng"),
    ("BỘ TƯ PHÁP", "VỤ PHÁP LUẬT HÌNH SỰ - HÀNH CHÍNH", "PLHSHC", "Hà Nội"),
    ("UBND TỈNH CẦN THƠ", "BỆNH VIỆN ĐA KHOA TỈNH", "BVĐK", "Cần Thơ"),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG THPT NGUYỄN TRÃI", "THPTNT", "Hải Dương"),
    ("", "ỦY BAN NHÂN DÂN QUẬN HẢI CHÂU", "UBND", "Hải Châu"),
    ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CỤC THỦY LỢI", "TL", "Hà Nội"),
]
ORGS = ["Sở Nội vụ", "Phòng Tài chính - Kế hoạch", "Văn phòng Sở", "UBND xã", "Ban Quản lý dự án",
        "Trung tâm Phục vụ hành chính công", "Phòng Tổ chức - Hành chính", "Chi cục Kiểm lâm",
        "Trường Mầm non Sao Mai", "Trung tâm Y tế thị xã", "Phòng Văn hóa - Thông tin",
        "Cục Hải quan tỉnh", "Thanh tra huyện", "Văn phòng HĐND và UBND", "Sở Công Thương",
        "Đài Phát thanh - Truyền hình", "Phòng Kinh tế", "Ban Dân tộc", "Công an phường",
        "Hội Liên hiệp Phụ nữ huyện"]
BOSSES = ["Giám đốc Sở", "Chủ tịch UBND huyện", "Ban Giám đốc", "lãnh đạo Cục", "Thủ trưởng cơ quan",
          "Hiệu trưởng", "đồng chí Phó Chủ tịch UBND tỉnh", "Ban Thường vụ", "lãnh đạo Văn phòng",
          "Tổng cục trưởng"]
ADDRESSEES = ["Ủy ban nhân dân tỉnh", "Sở Kế hoạch và Đầu tư", "các phòng chuyên môn", "các đơn vị trực thuộc",
              "UBND các xã, thị trấn", "Văn phòng Bộ", "các trường học trên địa bàn", "anh Tuấn", "chị Ngọc",
              "Ban Giám hiệu", "các khoa, phòng", "Thường trực HĐND huyện", "anh chị trong phòng"]
TOPICS = ["công tác thi đua, khen thưởng", "bảo đảm trật tự an toàn giao thông", "quản lý đất đai",
          "chuyển đổi số", "phòng cháy, chữa cháy", "xây dựng nông thôn mới", "cải cách thủ tục hành chính",
          "bảo hiểm y tế học sinh", "phòng, chống sốt xuất huyết", "thu ngân sách nhà nước",
          "bảo vệ môi trường làng nghề", "quản lý thị trường", "công tác dân vận", "chỉnh lý tài liệu lưu trữ",
          "an toàn thông tin mạng", "giảm nghèo bền vững", "quản lý tài sản công", "phòng, chống thiên tai",
          "đào tạo, bồi dưỡng cán bộ", "kiểm soát hoạt động khoáng sản"]
NAMES = ["Nguyễn Văn Hải", "Trần Thị Bích", "Lê Quốc Toàn", "Phạm Ngọc Ánh", "Hoàng Minh Khôi", "Đặng Thu Hiền",
         "Bùi Đức Long", "Võ Thị Kim Oanh", "Đỗ Hữu Nghĩa", "Ngô Phương Thảo", "Dương Văn Lợi", "Mai Thị Hoa"]
ROOMS = ["phòng họp tầng 2", "Hội trường lớn của cơ quan", "phòng họp trực tuyến của UBND tỉnh",
         "phòng 402 nhà A", "Trung tâm Hội nghị tỉnh", "hội trường UBND xã", "phòng họp Ban Giám đốc"]
WEEKDAYS = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "sáng thứ Bảy"]
LEGAL = ["Nghị định số 30/2020/NĐ-CP", "Luật Ngân sách nhà nước", "Thông tư số 01/2023/TT-VPCP",
         "Quyết định số 1291/QĐ-UBND của UBND tỉnh", "Nghị định số 138/2024/NĐ-CP", "Luật Đất đai năm 2024"]
CLOSINGS = ["Trân trọng.", "Trân trọng cảm ơn!", "Trân trọng./.", "Cảm ơn anh chị.", "Thanks,", "Rất mong nhận được sự phối hợp.", ""]


def pick(rng, xs):
    return rng.choice(xs)


def date(rng, year=2025):
    return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year}"


def time_of_day(rng):
    return pick(rng, ["7 giờ 30", "8h00", "8 giờ 30 phút", "9h", "13h30", "14 giờ 00", "15h00", "16 giờ"])


def money(rng):
    return pick(rng, [f"{rng.randint(20, 950)} triệu đồng", f"{rng.randint(1, 40)},{rng.randint(1, 9)} tỷ đồng"])


def fill(rng, s):
    return s.format(
        org=pick(rng, ORGS), boss=pick(rng, BOSSES), who=pick(rng, ADDRESSEES), topic=pick(rng, TOPICS),
        room=pick(rng, ROOMS), weekday=pick(rng, WEEKDAYS), date=date(rng), date2=date(rng), time=time_of_day(rng),
        legal=pick(rng, LEGAL), money=money(rng), n=rng.randint(2, 400), pct=rng.randint(40, 99),
        name=pick(rng, NAMES), num=rng.randint(12, 3999), month=rng.randint(1, 12), phone=f"09{rng.randint(10000000, 99999999)}",
        year=pick(rng, ["2025", "2026"]))


# kind -> (type name, subject templates, opening sentences, body sentences)
KINDS = {
    "giay-moi": ("Giấy mời", [
        "Giấy mời họp về {topic}", "Mời họp", "Kính mời dự hội nghị", "Moi hop {weekday}", "Mời dự tập huấn {topic}",
        "Giấy mời làm việc", "Lịch họp {weekday} tuần sau", "GM hội nghị sơ kết"], [
        "{org} trân trọng kính mời {who} tới dự hội nghị triển khai nhiệm vụ về {topic}.",
        "Kính mời {who} tham dự cuộc họp do {boss} chủ trì.",
        "Em gửi giấy mời họp, anh chị xem lịch và sắp xếp đi dự giúp em.",
        "{org} tổ chức buổi tọa đàm về {topic}, trân trọng kính mời {who} đến dự.",
        "Thừa lệnh {boss}, Văn phòng kính mời {who} dự phiên họp thường kỳ tháng.",
        "Kính mời đại diện lãnh đạo {org} dự lễ khai giảng lớp bồi dưỡng nghiệp vụ.",
        "Mời anh chị dự buổi làm việc với đoàn kiểm tra của tỉnh về {topic}.",
    ], [
        "Thời gian: {time}, {weekday} ngày {date}.", "Thời gian: {time} ngày {date}.",
        "Địa điểm: {room}.", "Địa điểm tổ chức: {room}.", "Chủ trì: {boss}.",
        "Thành phần: lãnh đạo và chuyên viên phụ trách {topic}.", "Nội dung: đánh giá kết quả và bàn giải pháp về {topic}.",
        "Đề nghị các đồng chí bố trí thời gian tham dự đúng giờ.", "Rất mong các đồng chí sắp xếp thời gian đến dự.",
        "Đề nghị xác nhận danh sách tham dự trước ngày {date2} qua số điện thoại {phone}.",
        "Tài liệu phục vụ cuộc họp gửi kèm thư này, đề nghị nghiên cứu trước khi dự họp.",
        "Hội nghị tổ chức trực tiếp kết hợp trực tuyến đến điểm cầu các xã.",
        "Giấy mời này thay cho giấy mời đã gửi ngày {date2} do thay đổi thời gian.",
        "Đại biểu mặc trang phục lịch sự, có mặt trước 15 phút.",
    ]),
    "bao-cao": ("Báo cáo", [
        "Báo cáo kết quả kiểm tra {topic}", "Bao cao nhanh", "Báo cáo kết quả rà soát", "Gửi báo cáo",
        "Báo cáo tình hình {topic}", "BC kết quả khảo sát", "Báo cáo đột xuất", "Báo cáo giải trình"], [
        "{org} báo cáo kết quả kiểm tra về {topic} như sau:",
        "Em gửi {who} báo cáo kết quả rà soát về {topic}.",
        "{org} báo cáo nhanh tình hình {topic} tính đến ngày {date}:",
        "Thực hiện yêu cầu của {boss}, {org} báo cáo kết quả khảo sát về {topic}.",
        "{org} xin báo cáo giải trình một số nội dung về {topic} như sau:",
        "Em tổng hợp xong báo cáo kết quả giám sát {topic}, gửi {who} xem giúp em.",
        "{org} báo cáo đột xuất sự việc liên quan đến {topic} xảy ra ngày {date}.",
    ], [
        "- Kết quả đạt được: hoàn thành {pct}% chỉ tiêu đề ra.", "- Tồn tại, hạn chế: một số đơn vị triển khai còn chậm.",
        "- Nguyên nhân: thiếu nhân lực và kinh phí.", "- Đề xuất, kiến nghị: bổ sung kinh phí {money}.",
        "Số liệu tính đến ngày {date}.", "Báo cáo chi tiết và biểu số liệu gửi kèm theo.",
        "Kính báo cáo {boss} xem xét, chỉ đạo.", "Trân trọng báo cáo.",
        "Đã kiểm tra {n} cơ sở, phát hiện {num} trường hợp vi phạm.",
        "Tổng số thiệt hại ước tính {money}.", "Đơn vị sẽ tiếp tục theo dõi và báo cáo bổ sung.",
        "Qua kiểm tra cho thấy các đơn vị cơ bản thực hiện đúng quy định.",
    ]),
    "bao-cao-dinh-ky": ("Báo cáo", [
        "Báo cáo tháng {month}", "Bao cao quy", "Báo cáo định kỳ quý III", "Báo cáo 6 tháng đầu năm",
        "Nộp báo cáo tuần", "Báo cáo năm 2025", "BC thang 11", "Báo cáo 9 tháng"], [
        "{org} gửi báo cáo tháng 11/2025 về {topic}.",
        "Thực hiện chế độ báo cáo định kỳ, {org} báo cáo quý III năm 2025 như sau:",
        "Em nộp báo cáo tuần của đơn vị về {topic} ạ.",
        "{org} gửi báo cáo 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm về {topic}.",
        "Gửi {who} báo cáo định kỳ hằng tháng về {topic}, kỳ báo cáo tháng 10.",
        "{org} báo cáo kết quả 9 tháng năm 2025 về {topic}.",
        "Kính gửi {who}, đơn vị gửi báo cáo năm 2025 về {topic} theo đề cương hướng dẫn.",
    ], [
        "Trong kỳ báo cáo, đơn vị tiếp nhận {n} hồ sơ, giải quyết đúng hạn {pct}%.",
        "Lũy kế từ đầu năm đạt {pct}% kế hoạch năm.", "Số liệu kỳ báo cáo từ ngày {date} đến ngày {date2}.",
        "Biểu mẫu số liệu theo mẫu số 0{month} gửi kèm.", "Nhiệm vụ trọng tâm kỳ tới: tiếp tục triển khai {topic}.",
        "So với cùng kỳ năm trước tăng {pct}%.", "Em xin lỗi vì nộp báo cáo muộn.",
        "Báo cáo đã được lãnh đạo đơn vị ký số.", "Đề nghị tổng hợp vào báo cáo chung của cơ quan.",
        "Phương hướng nhiệm vụ quý tới: hoàn thành các chỉ tiêu còn lại.",
    ]),
    "to-trinh": ("Tờ trình", [
        "Tờ trình xin phê duyệt", "Trình ký tờ trình", "TTr đề nghị phê duyệt dự toán", "to trinh",
        "Trình phê duyệt kế hoạch mua sắm", "Tờ trình đề nghị bổ nhiệm lại", "Trình duyệt phương án"], [
        "{org} kính trình {boss} xem xét, phê duyệt dự toán kinh phí tổ chức lớp bồi dưỡng.",
        "Em trình {boss} tờ trình về kế hoạch mua sắm tài sản năm 2026, anh chị duyệt giúp em.",
        "Căn cứ {legal}, {org} kính trình {boss} phê duyệt phương án sửa chữa trụ sở làm việc.",
        "{org} trình {boss} xem xét chủ trương đầu tư dự án cải tạo hạ tầng về {topic}.",
        "Kính trình {boss} danh sách đề nghị nâng lương trước thời hạn năm 2025.",
        "{org} kính trình {boss} việc bổ nhiệm lại viên chức quản lý.",
        "{org} trình {boss} phê duyệt quyết toán dự án hoàn thành và thanh lý tài sản công.",
    ], [
        "Sự cần thiết: đáp ứng yêu cầu nhiệm vụ về {topic}.", "Tổng kinh phí đề nghị: {money}.",
        "Nguồn kinh phí: ngân sách nhà nước năm 2026.", "Hồ sơ trình kèm theo gồm dự thảo quyết định và báo cáo thẩm định.",
        "Kính trình {boss} xem xét, quyết định.", "Kính trình {boss} xem xét, phê duyệt.",
        "Kính mong lãnh đạo xem xét, đồng ý.", "Ý kiến của phòng chuyên môn đã được tiếp thu đầy đủ.",
        "Thời gian thực hiện dự kiến từ tháng {month} năm 2026.",
    ]),
    "du-thao": ("Công văn", [
        "Xin ý kiến dự thảo", "Góp ý dự thảo Quy chế", "Lay y kien du thao", "Đề nghị góp ý dự thảo Kế hoạch",
        "Lấy ý kiến dự thảo Thông tư", "Tham gia ý kiến dự thảo Nghị quyết", "gop y du thao"], [
        "{org} gửi dự thảo Quy chế làm việc để {who} nghiên cứu, góp ý.",
        "Đề nghị {who} tham gia ý kiến vào dự thảo Kế hoạch cải cách hành chính năm 2026.",
        "Mọi người góp ý trực tiếp vào file dự thảo quy định quản lý tài sản công giúp em nhé.",
        "{org} đang xây dựng dự thảo Thông tư quy định chế độ báo cáo thống kê, đề nghị {who} cho ý kiến.",
        "Xin ý kiến các thành viên về dự thảo Nghị quyết quy định mức thu học phí.",
        "{org} được giao chủ trì soạn thảo Đề án về {topic}; xin gửi dự thảo để {who} góp ý.",
        "Em gửi dự thảo Nghị định sửa đổi quy định xử phạt vi phạm hành chính để các anh chị đóng góp.",
    ], [
        "Ý kiến góp ý gửi về {org} trước ngày {date}.",
        "Quá thời hạn trên, nếu không nhận được ý kiến thì coi như thống nhất với dự thảo.",
        "Dự thảo được đăng tại mục lấy ý kiến trên Cổng thông tin điện tử, không gửi bản giấy.",
        "Phiếu lấy ý kiến gửi kèm theo.", "Đề nghị góp ý bằng văn bản hoặc qua thư điện tử.",
        "Đầu mối liên hệ: chuyên viên {name}, điện thoại {phone}.", "Hạn góp ý: hết {weekday} tuần này.",
        "Các góp ý đề nghị ghi rõ điều, khoản cần sửa đổi.",
    ]),
    "tra-loi": ("Công văn", [
        "Trả lời Công văn số {num}", "Phúc đáp văn bản", "Re: Hỏi về {topic}", "tra loi kien nghi",
        "Trả lời đơn của công dân", "Phuc dap cong van {num}", "Trả lời kiến nghị cử tri"], [
        "Trả lời Công văn số {num}/UBND ngày {date} về {topic}, {org} có ý kiến như sau:",
        "Phúc đáp Văn bản số {num}/STC-QLG của Sở Tài chính, {org} trả lời như sau:",
        "{org} nhận được đơn của ông {name} đề nghị giải quyết vướng mắc về {topic}.",
        "Về câu hỏi của anh chị liên quan đến {topic}, bên em xin trả lời như sau:",
        "{org} trả lời kiến nghị của cử tri gửi tới kỳ họp HĐND về {topic}.",
        "Trả lời thư hỏi ngày {date} của đơn vị về {topic}:",
    ], [
        "Theo quy định tại {legal}, nội dung này thuộc thẩm quyền của UBND cấp huyện.",
        "Về nội dung này, đề nghị đơn vị thực hiện theo hướng dẫn đã ban hành.",
        "{org} trả lời để ông được biết.", "{org} trả lời để đơn vị biết và thực hiện.",
        "Đề nghị liên hệ {org} để được hướng dẫn cụ thể.", "Hồ sơ của đơn vị đủ điều kiện giải quyết.",
        "Kiến nghị này đã được tiếp thu và bố trí kinh phí năm 2026.",
        "Trường hợp còn vướng mắc, đề nghị phản ánh về {org} để xem xét.",
    ]),
    "thong-bao": ("Thông báo", [
        "Thông báo lịch nghỉ lễ", "Thong bao", "TB kết luận cuộc họp", "Thông báo thay đổi giờ làm việc",
        "Thông báo tuyển dụng", "Thông báo kết quả lựa chọn nhà thầu", "Thông báo lịch trực Tết"], [
        "{org} thông báo lịch nghỉ lễ Quốc khánh 2/9 đến toàn thể cán bộ, công chức.",
        "Thông báo tới toàn thể cán bộ, viên chức: cơ quan thay đổi giờ làm việc mùa đông từ ngày 15/10.",
        "{org} thông báo danh sách thí sinh đủ điều kiện dự thi vòng 2.",
        "Thông báo kết luận của {boss} tại cuộc họp về {topic}.",
        "{org} thông báo tạm dừng tiếp nhận hồ sơ trực tuyến để chuyển đổi hệ thống.",
        "{org} thông báo tổ chức khám sức khỏe định kỳ năm 2025 cho người lao động.",
        "{org} thông báo thay đổi số điện thoại đường dây nóng.",
    ], [
        "Đề nghị các phòng, đơn vị nghiêm túc thực hiện.", "{org} thông báo để các đơn vị biết, thực hiện.",
        "Trân trọng thông báo.", "Lịch trực cụ thể gửi kèm theo.",
        "Thời gian áp dụng từ ngày {date}.", "Mọi thắc mắc xin liên hệ {name}, số điện thoại {phone}.",
        "Đề nghị niêm yết công khai tại trụ sở.", "Các nội dung khác giữ nguyên như thông báo trước.",
    ]),
    "cong-van": ("Công văn", [
        "Đề nghị rà soát số liệu", "V/v cung cấp thông tin", "De nghi phoi hop", "Hướng dẫn thực hiện",
        "Đôn đốc thực hiện", "Đề nghị cử cán bộ", "V/v triển khai {topic}"], [
        "Đề nghị {who} rà soát, cung cấp số liệu về {topic} gửi về {org} trước ngày {date}.",
        "{org} đề nghị {who} phối hợp triển khai các nội dung về {topic}.",
        "Để kịp thời tổng hợp, {org} đôn đốc các đơn vị chưa gửi số liệu về {topic}.",
        "{org} hướng dẫn thực hiện một số nội dung về {topic} như sau:",
        "Đề nghị {who} cử 01 cán bộ tham gia tổ công tác liên ngành về {topic}.",
        "Thực hiện chỉ đạo của {boss}, {org} đề nghị {who} khẩn trương triển khai công tác {topic}.",
    ], [
        "Thông tin gửi về địa chỉ thư điện tử của {org}.", "Đề nghị các đơn vị quan tâm, phối hợp thực hiện.",
        "Biểu mẫu gửi kèm theo.", "Căn cứ {legal}.", "Trong quá trình thực hiện nếu có vướng mắc, đề nghị phản ánh kịp thời.",
        "Danh sách cán bộ gửi về trước ngày {date2}.", "Đây là nhiệm vụ trọng tâm, đề nghị thực hiện đúng thời hạn.",
    ]),
    "khac": ("", [
        "Ăn trưa", "hop lop", "Re: ảnh", "Hỏi đường", "Cà phê", "Mượn sạc", "quen the", "Đồ thất lạc"], [
        "Trưa nay phòng mình gọi cơm văn phòng nhé, ai ăn thì báo em trước 10h.",
        "Anh ơi máy chiếu phòng họp nhỏ không lên hình, anh xem giúp em với.",
        "Chị cho em mượn sạc laptop một lúc nhé.",
        "Ai để quên ô màu xanh ở sảnh thì xuống lễ tân nhận nhé.",
        "Cuối tuần này lớp cũ của mình họp lớp ở Hồ Tây, cậu đi được không?",
        "Em gửi anh mấy tấm ảnh chụp hôm đi dã ngoại.",
        "Chiều nay mưa to, mọi người đi đường cẩn thận nhé.",
        "Mã wifi mới của tầng 4 dán ở cửa phòng hành chính.",
    ], [
        "Cảm ơn anh nhiều!", "Hihi, hẹn gặp lại.", "Có gì nhắn em qua điện thoại nhé.", "Ok em.",
        "Em gửi tạm mấy tấm, còn lại tối em gửi nốt.", "Nhớ mang theo áo mưa.",
    ]),
}
TITLES = {"giay-moi": ("GIẤY MỜI", "GM"), "bao-cao": ("BÁO CÁO", "BC"), "bao-cao-dinh-ky": ("BÁO CÁO", "BC"),
          "to-trinh": ("TỜ TRÌNH", "TTr"), "thong-bao": ("THÔNG BÁO", "TB")}
QUOTES = ["Vào {weekday}, {date} lúc 09:12, {name} đã viết:", "-----Original Message-----\nFrom: {name}\nSent: {date}",
          "On {date}, {name} wrote:", "---------- Forwarded message ---------\nTừ: {org}\nNgày: {date}"]


def strip_marks(text):
    nfd = unicodedata.normalize("NFD", text)
    out = "".join(c for c in nfd if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", out.replace("đ", "d").replace("Đ", "D"))


def header(rng, kind, subject_line):
    parent, body, short, place = pick(rng, AGENCIES)
    lines = ([parent] if parent else []) + [body, "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                           "Độc lập - Tự do - Hạnh phúc", "---------------"]
    n = rng.randint(3, 480)
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    when = f"{place}, ngày {d:02d} tháng {m:02d} năm 2025"
    if kind in TITLES:
        title, abbr = TITLES[kind]
        lines += [f"Số: {n:02d}/{abbr}-{short}", when, title, subject_line[:1].upper() + subject_line[1:]]
    else:
        lines += [f"Số: {n:02d}/{short}-VP", f"V/v {subject_line}", when, "Kính gửi: " + pick(rng, ADDRESSEES) + "."]
    return lines


def one(rng, kind):
    name, subjects, openings, sentences = KINDS[kind]
    subject = fill(rng, pick(rng, subjects))
    lines = []
    doc = kind not in ("khac",) and rng.random() < 0.25
    if doc:
        lines += header(rng, kind, fill(rng, pick(rng, ["về {topic}", "về công tác {topic} năm 2025", "{topic}"])))
    elif kind != "khac" and rng.random() < 0.7:
        lines.append(pick(rng, ["Kính gửi ", "Kính gửi: ", "Gửi ", "Chào "]) + pick(rng, ADDRESSEES) + ",")
    lines.append(fill(rng, pick(rng, openings)))
    for s in rng.sample(sentences, k=min(len(sentences), rng.randint(1, 4))):
        lines.append(fill(rng, s))
    closing = pick(rng, CLOSINGS)
    if closing and kind != "khac":
        lines.append(closing)
    lines.append(pick(rng, NAMES) if not doc else pick(rng, ["GIÁM ĐỐC", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "TL. BỘ TRƯỞNG"])
                 + ("\n" + pick(rng, NAMES) if doc else ""))
    if not doc and rng.random() < 0.2:
        subject = pick(rng, ["Re: ", "RE: ", "Fwd: ", "TL: "]) + subject
        lines += ["", fill(rng, pick(rng, QUOTES))]
        lines += ["> " + fill(rng, pick(rng, ["Anh chị kiểm tra giúp em nội dung này.", "Đề nghị phản hồi sớm.",
                                              "Em gửi lại thư trước để tiện theo dõi.", "Nhờ chị xem giúp."]))]
    text = "\n".join(lines) + "\n"
    if not doc and rng.random() < 0.3:
        text, subject = strip_marks(text), strip_marks(subject)
    if rng.random() < 0.15:
        subject = ""
    return name, subject, text


def main():
    rng = random.Random(SEED)
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for kind in KINDS:
        for i in range(1, PER_KIND + 1):
            name, subject, text = one(rng, kind)
            f = f"{kind}-{i:02d}.txt"
            with open(os.path.join(OUT, f), "w", encoding="utf-8") as out:
                out.write(text)
            rows.append("\t".join([f, name, "", kind, subject.replace("\t", " ")]))
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8") as out:
        out.write("# file\ttypeName (empty = no document type)\tnumber/symbol\tkind\tmail subject"
                  " (classifier/scripts/make-written-train.py, seed %d)\n" % SEED)
        out.write("\n".join(rows) + "\n")
    print(len(rows), "texts in", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
