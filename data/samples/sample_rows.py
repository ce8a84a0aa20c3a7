# -*- coding: utf-8 -*-
"""Hand-written sample rows for data/samples/feedback_export.{csv,xlsx}.

Every text below was written by hand, one by one, for this sample. It is
fictional: people, phone numbers, CCCD numbers, dossier codes and addresses
are invented. Nothing here is copied from data/corpus/.

Row format: (office_key, channel_key, kind, window, text[, flags])
  office_key  key into OFFICES (gives `Cơ quan` and `Quận/Huyện`)
  channel_key key into CHANNELS (gives `Kênh`)
  kind        what the writer meant the row to be about (b=bureaucracy,
              h=harassment, d=delay, a=attitude, n=negligence, p=praise,
              o=other, e=empty). Used only to plan the time trends and to
              describe the mix; it is NOT exported and is not a reviewed
              gold label.
  window      when the row may be received: "" = whole range 10/2024-11/2025,
              "YYYY-MM", "YYYY-MM:YYYY-MM" or "YYYY-MM-DD:YYYY-MM-DD".
              build_samples.py draws the date inside the window (seeded).
  flags       optional dict; {"key": "R1"} names a row that a citizen
              re-submits later (see REPEATS).
"""

OFFICES = {
    # big offices (20-30 rows)
    "cg_dk": ("Chi nhánh VPĐKĐĐ quận Cầu Giấy", "Cầu Giấy"),
    "dd_mc": ("Bộ phận một cửa quận Đống Đa", "Đống Đa"),
    "langha": ("UBND phường Láng Hạ", "Đống Đa"),
    "dinhcong": ("UBND phường Định Công", "Hoàng Mai"),
    "hd_dk": ("Chi nhánh VPĐKĐĐ quận Hà Đông", "Hà Đông"),
    "ca_maidich": ("Công an phường Mai Dịch", "Cầu Giấy"),
    # medium
    "lb_bhxh": ("BHXH quận Long Biên", "Long Biên"),
    "bv_dd": ("Bệnh viện đa khoa Đống Đa", "Đống Đa"),
    "hm_thue": ("Chi cục Thuế quận Hoàng Mai", "Hoàng Mai"),
    "maidich": ("UBND phường Mai Dịch", "Cầu Giấy"),
    "kimchung": ("UBND xã Kim Chung", "Đông Anh"),
    "khuongtrung": ("UBND phường Khương Trung", "Thanh Xuân"),
    "da_mc": ("Bộ phận một cửa huyện Đông Anh", "Đông Anh"),
    "ca_yenhoa": ("Công an phường Yên Hòa", "Cầu Giấy"),
    "hm_mc": ("Bộ phận một cửa quận Hoàng Mai", "Hoàng Mai"),
    "mydinh1": ("UBND phường Mỹ Đình 1", "Nam Từ Liêm"),
    # small
    "conhue2": ("UBND phường Cổ Nhuế 2", "Bắc Từ Liêm"),
    "bachdang": ("UBND phường Bạch Đằng", "Hai Bà Trưng"),
    "hangbac": ("UBND phường Hàng Bạc", "Hoàn Kiếm"),
    "phucxa": ("UBND phường Phúc Xá", "Ba Đình"),
    "cg_thue": ("Chi cục Thuế quận Cầu Giấy", "Cầu Giấy"),
    "bode": ("UBND phường Bồ Đề", "Long Biên"),
    "bv_hd": ("Bệnh viện đa khoa Hà Đông", "Hà Đông"),
    "nhattan": ("UBND phường Nhật Tân", "Tây Hồ"),
    "vanquan": ("UBND phường Văn Quán", "Hà Đông"),
    "ntl_mc": ("Bộ phận một cửa quận Nam Từ Liêm", "Nam Từ Liêm"),
    "tx_bhxh": ("BHXH quận Thanh Xuân", "Thanh Xuân"),
    "ttsocson": ("UBND thị trấn Sóc Sơn", "Sóc Sơn"),
    "th_kimlien": ("Trường Tiểu học Kim Liên", "Đống Đa"),
    "ca_khuongmai": ("Công an phường Khương Mai", "Thanh Xuân"),
    "battrang": ("UBND xã Bát Tràng", "Gia Lâm"),
    "txtrung": ("UBND phường Thanh Xuân Trung", "Thanh Xuân"),
    "thcs_yenhoa": ("Trường THCS Yên Hòa", "Cầu Giấy"),
    "tathanhoai": ("UBND xã Tả Thanh Oai", "Thanh Trì"),
    "ttyt_lb": ("Trung tâm Y tế quận Long Biên", "Long Biên"),
    "tanlinh": ("UBND xã Tản Lĩnh", "Ba Vì"),
    "thuyxuantien": ("UBND xã Thủy Xuân Tiên", "Chương Mỹ"),
    "tayho_tnmt": ("Phòng Tài nguyên và Môi trường quận Tây Hồ", "Tây Hồ"),
    # a few rows only
    "hoangliet": ("UBND phường Hoàng Liệt", "Hoàng Mai"),
    "uyno": ("UBND xã Uy Nỗ", "Đông Anh"),
    "gl_thue": ("Chi cục Thuế huyện Gia Lâm", "Gia Lâm"),
    "bv_bhxh": ("BHXH huyện Ba Vì", "Ba Vì"),
    "th_mc": ("Bộ phận một cửa quận Tây Hồ", "Tây Hồ"),
    "ca_phulo": ("Công an xã Phù Lỗ", "Sóc Sơn"),
}

CHANNELS = {
    "app": "Ứng dụng iHanoi",
    "1022": "Đường dây nóng 1022",
    "dvc": "Cổng dịch vụ công",
    "thu": "Thư/đơn",
}

ROWS = []

# ---- batch 01 ----
ROWS += [
("cg_dk", "thu", "d", "2025-06", """Kính gửi: Chi nhánh Văn phòng đăng ký đất đai quận Cầu Giấy.
Tôi là Trần Thị Hồng Nhung, trú tại số 14 ngõ 92 Trần Quý Kiên, phường Dịch Vọng. Ngày 12/3/2025 tôi nộp hồ sơ đăng ký biến động (tặng cho quyền sử dụng đất từ bố mẹ), phiếu hẹn trả kết quả ngày 10/4/2025. Đến nay đã quá hạn gần hai tháng, tôi lên hỏi ba lần đều được trả lời “đang chờ ký”. Đề nghị Chi nhánh kiểm tra và trả kết quả cho gia đình tôi.
Trân trọng cảm ơn."""),
("dinhcong", "app", "h", "2024-10:2025-03", "Cán bộ địa chính phường Định Công nói muốn xác nhận nguồn gốc đất nhanh thì “gửi em ít bồi dưỡng anh em làm ngoài giờ”, không thì cứ chờ. Xin hỏi như vậy có đúng quy định không? 😡"),
("langha", "1022", "o", "", "Người dân gọi ĐDN 1022 phản ánh: rác thải tập kết tại đầu ngõ 17 Láng Hạ không được thu gom từ tối hôm qua, bốc mùi, tràn ra lòng đường. Đề nghị UBND phường chỉ đạo đơn vị vệ sinh môi trường xử lý."),
("dd_mc", "app", "p", "2025-06:2025-11", "Hôm nay đi làm chứng thực ở một cửa quận Đống Đa, lấy số tự động, chờ chưa đến 10 phút. Bạn cán bộ ở quầy số 3 hướng dẫn rất kỹ, còn chỉ cho cách nộp online lần sau. Rất hài lòng"),
("ca_maidich", "dvc", "o", "2024-10:2025-01", "Tiêu đề: Hỏi về cấp căn cước cho trẻ dưới 6 tuổi<br>Nội dung: Con tôi 4 tuổi, xin hỏi có bắt buộc phải đưa cháu đến Công an phường Mai Dịch để thu nhận sinh trắc học không hay có thể đăng ký qua VNeID?&nbsp;Xin cảm ơn."),
("hm_thue", "app", "o", "2025-02:2025-04", "cho hoi quyet toan thue TNCN nam 2024 neu co 2 noi thu nhap thi tu quyet toan tren etax hay phai len chi cuc thue hoang mai nop giay a. han cuoi la ngay nao"),
("lb_bhxh", "1022", "d", "", "Bà Nguyễn Thị Lụa (SĐT 0983 412 576) phản ánh: nộp hồ sơ điều chỉnh năm sinh trên sổ BHXH tại BHXH quận Long Biên, phiếu hẹn 10 ngày làm việc nhưng đã hơn một tháng chưa có kết quả, gọi số bàn tiếp nhận không ai nghe máy. Đề nghị kiểm tra, trả lời bà."),
("bv_dd", "app", "a", "", "Khoa khám bệnh BV Đống Đa, chị điều dưỡng ở phòng lấy máu quát bố tôi (78 tuổi) chỉ vì ông nghe không rõ lúc gọi tên. “Ông điếc à, gọi mấy lần rồi”. Người già ốm đau đi viện đã khổ, mong bệnh viện nhắc nhở."),
("kimchung", "app", "o", "", "Đường từ KCN Thăng Long về xóm trọ thôn Bầu tối om, đèn đường hỏng cả tuần nay, công nhân tan ca về khuya rất nguy hiểm. Mong xã cho sửa sớm ạ."),
("mydinh1", "app", "o", "", "mn cho e hỏi đăng ký tạm trú cho ng thuê trọ ở mỹ đình 1 thì chủ nhà làm hay ng thuê tự làm dc ạ, làm trên vneid có cần lên phường ko ạ"),
("hd_dk", "dvc", "d", "2025-07:2025-11", "<p>Kính gửi Chi nhánh VPĐKĐĐ quận Hà Đông,</p><p>Hồ sơ cấp GCN lần đầu của gia đình tôi tại phường Kiến Hưng, mã hồ sơ 000.00.28.H26-250514-0087, hẹn trả 14/6/2025. Đến nay vẫn ở trạng thái &quot;đang xử lý&quot;, không có thông báo bổ sung hay lý do chậm.</p><p>Đề nghị quý cơ quan trả lời.</p>"),
("dinhcong", "thu", "p", "2025-05:2025-11", "Kính gửi UBND phường Định Công. Gia đình tôi xin cảm ơn chị cán bộ tư pháp đã giúp làm thủ tục đăng ký khai tử cho bố tôi ngay trong buổi sáng, lại hướng dẫn luôn thủ tục khai nhận thừa kế. Từ khi phường thay người ở bộ phận địa chính và sắp xếp lại một cửa, người dân đi làm giấy tờ thấy nhẹ nhõm hơn hẳn. Trân trọng."),
("khuongtrung", "1022", "o", "", "Công dân phản ánh quán karaoke trên phố Khương Trung hát đến 1-2 giờ sáng, gây ồn ảnh hưởng các hộ xung quanh, đã nhắc nhiều lần không được. Đề nghị phường kiểm tra giấy phép và xử lý."),
("langha", "app", "n", "", "8h15 sáng thứ 3 ra UBND phường Láng Hạ làm chứng thực, quầy tư pháp không có ai, hỏi bảo vệ thì bảo “chị ấy đi họp”. Ngồi chờ đến 9h30 vẫn không thấy, cũng không có thông báo gì. Nghỉ làm nửa buổi mất toi."),
("ca_yenhoa", "app", "a", "", "can bo truc ban cong an phuong yen hoa noi chuyen rat coc, toi hoi thu tuc khai bao tam tru cho nguoi nuoc ngoai thi bao 'tu len mang ma doc, hoi lam gi'. Dan hoi thi phai tra loi chu"),
("cg_dk", "app", "b", "", "Lần thứ 4 bị trả hồ sơ sang tên sổ đỏ ở VPĐK Cầu Giấy, mỗi lần chỉ ghi thêm 1 lỗi mới. Sao không ghi 1 lần hết cho dân sửa? Mỗi lần đi lại mất nửa ngày 😤"),
("hangbac", "app", "o", "", "Phố Mã Mây buổi tối hàng quán bày bàn ghế tràn hết vỉa hè, khách du lịch phải đi dưới lòng đường, xe máy luồn lách rất nguy hiểm. Đề nghị phường Hàng Bạc ra quân lập lại trật tự."),
("tathanhoai", "1022", "o", "2025-10-01:2025-10-03", "Người dân thôn Tả Thanh Oai phản ánh: mưa lớn từ đêm 30/9 khiến đường vào thôn ngập sâu khoảng 50cm, nhiều hộ nước tràn vào nhà. Đề nghị xã bố trí bơm tiêu úng và hỗ trợ di chuyển người già, trẻ nhỏ."),
("dd_mc", "app", "a", "2024-10:2025-04", "Cán bộ quầy đăng ký kinh doanh một cửa quận Đống Đa nói chuyện kiểu ban ơn, hỏi lại 1 câu là cáu “đã nói rồi còn hỏi”. Không biết thì mới phải hỏi chứ ạ??"),
("phucxa", "app", "o", "", "Vay tiền nhanh không cần thế chấp, giải ngân trong 30 phút, lãi suất thấp nhất thị trường. Liên hệ Zalo 0936 118 249 gặp Mr Tuấn."),
("cg_thue", "dvc", "b", "", "Tôi đã nộp tờ khai lệ phí trước bạ điện tử qua Cổng dịch vụ công&nbsp;nhưng Chi cục Thuế quận Cầu Giấy vẫn yêu cầu mang bản giấy hợp đồng mua bán có công chứng đến nộp trực tiếp và photo thêm CCCD của cả hai vợ chồng. Đã cho nộp online thì bắt nộp giấy lại để làm gì?<br>"),
("bode", "app", "o", "", "Hố ga trước số nhà 27 phố Bồ Đề bị mất nắp từ tuần trước, chỉ có cành cây cắm vào làm dấu. Tối qua 1 bạn đi xe máy sụp bánh ngã. Đề nghị xử lý gấp trước khi có tai nạn nặng hơn."),
("ttsocson", "thu", "h", "", """Kính gửi: Chủ tịch UBND thị trấn Sóc Sơn.
Tôi là Lê Văn Quý, trú tại tổ dân phố số 3, thị trấn Sóc Sơn. Khi tôi xin xác nhận đơn đề nghị sửa chữa, cải tạo nhà ở, anh cán bộ địa chính nói phải “có chút lễ” thì mới ký sớm, nếu không thì sẽ xuống kiểm tra hiện trạng “khi nào có thời gian”. Đã ba tuần đơn của tôi vẫn nằm đó.
Tôi đề nghị lãnh đạo thị trấn làm rõ việc này. Tôi xin chịu trách nhiệm về nội dung phản ánh."""),
("bv_hd", "app", "p", "", "Cảm ơn các bác sĩ khoa Nhi bệnh viện Hà Đông đã chăm sóc bé nhà em suốt 5 ngày viêm phổi. Đặc biệt chị điều dưỡng trực đêm rất nhẹ nhàng với các bé"),
("maidich", "1022", "o", "", "Công dân phản ánh xe tải chở vật liệu xây dựng đi qua phố Trần Bình ban đêm làm rơi vãi đất cát, sáng ra bụi mù mịt. Đề nghị phường Mai Dịch phối hợp kiểm tra, xử lý."),
("da_mc", "app", "d", "", "nộp hs đăng ký hộ kinh doanh ở một cửa huyện đông anh hẹn 3 ngày mà h là ngày thứ 9 r vẫn chưa có, gọi thì bảo chờ lãnh đạo ký 🙄 làm ăn kiểu j vậy"),
("hm_mc", "dvc", "b", "", "Hồ sơ xin cấp giấy phép xây dựng nhà ở riêng lẻ tại phường Thịnh Liệt bị Bộ phận một cửa quận Hoàng Mai trả lại lần 2, yêu cầu bổ sung &quot;văn bản xác nhận không tranh chấp của các hộ liền kề&quot;. Xin hỏi yêu cầu này căn cứ vào văn bản nào? Lần 1 yêu cầu bổ sung bản vẽ, chúng tôi đã làm đầy đủ."),
("lb_bhxh", "app", "p", "", "Mình lên BHXH Long Biên làm cấp lại sổ, chị cán bộ xử lý nhanh gọn, còn nhắc mình cài VssID để tra cứu quá trình đóng. Cảm ơn chị nhiều 🙏"),
("ca_maidich", "app", "d", "2024-10:2025-01", "lm căn cước ở CA phường Mai Dịch từ 20/8, hẹn 7 ngày mà h gần 2 tháng chưa có thẻ, lên hỏi thì bảo “chưa về, cứ chờ”. ko có cc thì ko làm dc thủ tục ngân hàng"),
("nhattan", "app", "o", "", "Đoạn đường đê Âu Cơ qua phường Nhật Tân có mấy ổ gà to, trời mưa đọng nước không nhìn thấy, sáng nay thấy 2 người ngã xe. Mong được vá sớm."),
("conhue2", "thu", "n", "", """Kính gửi UBND phường Cổ Nhuế 2.
Từ tháng trước, một hộ gia đình trong ngõ 234 đường Cổ Nhuế tự ý xây thêm tầng 5 không có giấy phép, lấn sang cả phần ngõ đi chung. Chúng tôi đã gửi đơn hai lần, cán bộ phường xuống chụp ảnh rồi về, công trình vẫn thi công ngày đêm. Đề nghị phường làm đúng trách nhiệm, lập biên bản, đình chỉ thi công.
Đại diện các hộ dân ngõ 234."""),
("khuongtrung", "app", "p", "", "cam on chi can bo tu phap phuong Khuong Trung da ho tro chung thuc giup toi ngay ca khi da gan het gio lam viec, rat tan tinh chu dao"),
("dinhcong", "1022", "h", "2024-10:2025-03", "Ông Phạm Văn Toàn (SĐT 0915 207 634) phản ánh: có người tự giới thiệu quen cán bộ phường Định Công, nhận làm hồ sơ xác nhận tình trạng nhà đất trọn gói 15 triệu, nói “không qua anh thì phường không ký”. Ông đã nộp trực tiếp 3 lần đều bị trả. Đề nghị làm rõ quan hệ giữa người này và cán bộ phường."),
("th_kimlien", "app", "h", "2024-10:2024-11", "Đầu năm học trường Tiểu học Kim Liên thu quỹ “tự nguyện” nhưng cô chủ nhiệm nhắn riêng từng phụ huynh chưa đóng 😑 lại thêm khoản “xã hội hóa” mua điều hòa 500k/hs. Mong phòng GD kiểm tra."),
("ca_khuongmai", "1022", "a", "", "Bà Đỗ Thị Hạnh, trú tại tổ 12 phường Khương Mai, phản ánh: khi đến Công an phường làm thủ tục xác nhận cư trú, cán bộ trực ban to tiếng, nói bà “già rồi lẩm cẩm”, không hướng dẫn mà đuổi về. Bà rất bức xúc, đề nghị xem lại thái độ cán bộ."),
("hoangliet", "app", "o", "", "Thang máy tòa HH4C Linh Đàm hỏng liên tục, ban quản lý tòa nhà không sửa, người già phải leo bộ. Đề nghị phường Hoàng Liệt can thiệp với ban quản lý."),
("hd_dk", "app", "b", "", "VPĐK Hà Đông bắt nộp bản sao sổ hộ khẩu giấy trong khi sổ hộ khẩu đã hết giá trị từ 2023 rồi, dân đưa VNeID mức 2 cũng không chịu. Quá vô lý."),
("battrang", "app", "o", "", "Làng gốm Bát Tràng cuối tuần ô tô khách đỗ tràn 2 bên đường vào chợ gốm, tắc cả tiếng đồng hồ. Xã nên bố trí bãi đỗ và người phân luồng."),
("cg_dk", "1022", "d", "2025-05:2025-10", "Ông Vũ Đức Minh phản ánh: hồ sơ đính chính GCN (sai tên đệm) nộp tại Chi nhánh VPĐKĐĐ Cầu Giấy từ 02/4/2025, đã 3 lần bị hẹn lại, lần gần nhất được trả lời “chờ sau khi ổn định tổ chức”. Đề nghị trả kết quả đúng hạn."),
("dd_mc", "dvc", "o", "", "Cho tôi hỏi thủ tục cấp bản sao trích lục khai sinh cho người sinh năm 1968 tại Đống Đa nhưng sổ gốc bị mất thì làm ở đâu?&nbsp;<br>Xin cảm ơn."),
]

# ---- batch 02 ----
ROWS += [
("dinhcong", "app", "h", "2024-10:2025-03", "mk xin xác nhận tạm trú cho con đi học mà chị cb phường Định Công cứ bảo thiếu cái này cái kia, xong nhắn zalo riêng “em gửi chị 500 chị làm luôn cho”. ko gửi thì hum sau lại thiếu tiếp. mệt wa"),
("ca_maidich", "app", "p", "", "Tối qua 9h mới đến kịp Công an phường Mai Dịch trình báo mất ví, anh trực ban tiếp nhận nhanh, hướng dẫn làm đơn, sáng nay đã gọi báo tìm được giấy tờ. Cảm ơn các anh rất nhiều ❤️"),
("hm_thue", "thu", "b", "2025-02:2025-05", """Kính gửi: Chi cục Thuế quận Hoàng Mai.
Tôi là Nguyễn Hữu Thắng, mã số thuế cá nhân 8043917725, làm nghề tự do. Tôi đã ba lần đến bộ phận một cửa của Chi cục để nộp hồ sơ quyết toán thuế TNCN năm 2024 nhưng lần nào cũng bị yêu cầu bổ sung thêm một loại giấy: lần đầu là chứng từ khấu trừ bản gốc, lần hai là xác nhận của công ty đã giải thể (không thể xin được), lần ba là bản sao sao kê ngân hàng có đóng dấu. Tôi đề nghị Chi cục hướng dẫn đầy đủ một lần bằng văn bản để người dân không phải đi lại nhiều lần.
Trân trọng."""),
("langha", "dvc", "o", "", "Đề nghị UBND phường Láng Hạ bố trí thêm thùng rác công cộng dọc phố Thái Thịnh, hiện nay người đi bộ không có chỗ bỏ rác nên vứt thẳng xuống gốc cây.<br><br>"),
("kimchung", "1022", "n", "", "Công dân phản ánh: đã báo UBND xã Kim Chung từ 2 tuần trước về việc một xưởng tái chế nhựa trong thôn Hậu Dưỡng đốt rác thải ban đêm, khói đen, mùi khét, nhưng xã chưa xuống kiểm tra. Đề nghị xã xử lý dứt điểm."),
("hd_dk", "app", "d", "2025-06:2025-11", "Hồ sơ sang tên của bố mẹ mình ở VPĐK Hà Đông quá hẹn 47 ngày rồi. Gọi hotline thì tít tít, lên tận nơi thì bảo hệ thống mới đang chuyển đổi, chưa tra được. Dân thì cần tiền bán nhà chữa bệnh, không đợi được mãi", {"key": "R4"}),
("cg_dk", "app", "o", "", "cho em hỏi làm sổ đỏ lần đầu cho đất ông bà để lại mà ông bà mất rồi ko có di chúc thì cần những giấy tờ gì ạ, nhà em ở Nghĩa Đô"),
("da_mc", "thu", "p", "2025-03:2025-11", "Kính gửi lãnh đạo UBND huyện Đông Anh. Tôi xin được biểu dương bộ phận một cửa huyện, đặc biệt là đồng chí cán bộ tiếp nhận hồ sơ đất đai, đã hướng dẫn gia đình tôi tận tình, hồ sơ được trả trước hẹn 2 ngày. Mong huyện nhân rộng tinh thần phục vụ này."),
("bv_dd", "1022", "n", "", "Bà Lê Thị Thoa phản ánh: đưa mẹ vào khoa Cấp cứu BV đa khoa Đống Đa lúc 23h, chờ hơn 40 phút không thấy bác sĩ trực, hỏi điều dưỡng thì nói bác sĩ “đang nghỉ”. Đề nghị bệnh viện kiểm tra việc trực đêm."),
("ca_yenhoa", "app", "o", "", "Có ai biết đăng ký xe máy chính chủ ở Công an phường Yên Hòa có cần hẹn trước ko, hay đến là làm luôn ạ"),
("nhattan", "1022", "o", "2025-01-10:2025-02-05", "Người dân phản ánh khu vực bãi sông Hồng thuộc phường Nhật Tân có nhiều hộ tự ý dựng lán bán đào Tết lấn chiếm lòng đường Âu Cơ, gây ùn tắc giờ cao điểm. Đề nghị phường tổ chức phân luồng."),
("bachdang", "app", "h", "", "cán bộ phường Bạch Đằng xuống kiểm tra quán ăn nhà mình, ko lập biên bản j mà bảo “tháng nào cũng phải có chút cho anh em”. Ai cũng làm ăn lương thiện, đóng thuế đầy đủ, sao cứ phải thế 😔"),
("mydinh1", "dvc", "b", "", "<p>Tôi làm thủ tục đăng ký kết hôn tại UBND phường Mỹ Đình 1. Cán bộ yêu cầu tôi xin giấy xác nhận tình trạng hôn nhân ở nơi thường trú cũ (Nam Định) dù tôi đã sinh sống và đăng ký thường trú tại Mỹ Đình 1 từ năm 2019, thông tin cư trú đã có trên cơ sở dữ liệu quốc gia. Như vậy có đúng không?</p>"),
("dd_mc", "app", "d", "2024-10:2025-04", "9h sáng bốc số 87, quầy đang gọi số 31. Hai tiếng sau mới đến 52. Bộ phận một cửa quận Đống Đa mở 6 quầy mà chỉ có 2 người ngồi"),
("ttyt_lb", "app", "o", "", "Cho em hỏi tiêm vắc xin sởi cho bé 9 tháng ở Trung tâm Y tế quận Long Biên có cần đặt lịch trước không ạ? Và có mất phí không ạ?"),
("langha", "thu", "b", "", """Kính gửi: UBND phường Láng Hạ.
Tôi là Hoàng Minh Đức, thường trú tại số 6 ngõ 121 Thái Thịnh. Ngày 15 tôi đến làm thủ tục đăng ký khai sinh cho con, cán bộ yêu cầu nộp bản sao giấy đăng ký kết hôn có chứng thực, trong khi tôi đã mang bản chính để đối chiếu. Tôi phải ra ngoài chứng thực rồi quay lại xếp hàng từ đầu. Đề nghị phường hướng dẫn cán bộ thực hiện đúng quy định, tránh phiền hà cho dân."""),
("cg_dk", "dvc", "d", "2025-05:2025-10", "Hồ sơ đăng ký biến động mã 000.00.14.H26-250408-0132 quá hạn 34 ngày. Tra cứu trên cổng thì vẫn &quot;Đang giải quyết&quot;. Tôi đề nghị Chi nhánh VPĐKĐĐ Cầu Giấy có văn bản xin lỗi và hẹn lại ngày cụ thể theo quy định.&nbsp;"),
("tanlinh", "app", "o", "", "Đường lên thôn trên xã Tản Lĩnh sạt lở sau mưa, một nửa mặt đường bị cuốn mất, xe khách du lịch vẫn cố đi qua. Đề nghị xã cắm biển cảnh báo."),
("hangbac", "1022", "o", "", "Công dân phản ánh tình trạng taxi và xe điện chở khách du lịch dừng đỗ sai quy định ở đầu phố Hàng Bạc, chèo kéo khách. Đề nghị lực lượng chức năng phường Hàng Bạc kiểm tra."),
("hm_mc", "app", "a", "", "Lên một cửa quận Hoàng Mai hỏi về giấy phép xây dựng, ông cán bộ ngồi bấm điện thoại không ngẩng lên, hỏi 3 lần mới nói 1 câu “đọc trên mạng ấy”. Thái độ kiểu gì vậy?"),
("vanquan", "app", "o", "2025-07:2025-09", "Ho dieu hoa Van Quan nuoc xanh re, ca chet noi tung dam, mui hoi thoi nong nac ca khu. Mong phuong lien he cong ty thoat nuoc xu ly som"),
("dinhcong", "app", "o", "2025-04:2025-11", "Phường Định Công cho hỏi lịch cắt điện khu Định Công Thượng tuần này là do điện lực hay do phường thi công vậy ạ? Nhà có người già cần thở máy."),
("phucxa", "1022", "o", "", "Người dân bãi giữa phường Phúc Xá phản ánh: đường ngõ ven đê không có đèn chiếu sáng, tối rất tối, có đối tượng nghiện tụ tập. Đề nghị phường và công an phường tăng cường tuần tra, lắp đèn."),
("lb_bhxh", "dvc", "o", "2025-06:2025-09", "Cho tôi hỏi: tôi nghỉ việc từ tháng 3/2025, đóng BHXH được 6 năm, nếu đến sau ngày 01/7/2025 mới nộp hồ sơ hưởng BHXH một lần thì có bị áp dụng luật mới không?<br>Tôi cư trú tại Long Biên, nộp ở BHXH quận Long Biên được không?"),
("cg_thue", "app", "p", "", "Gọi lên Chi cục thuế Cầu Giấy hỏi về hoàn thuế TNCN, chị cán bộ nghe máy rất nhẹ nhàng, hướng dẫn từng bước trên app eTax, 1 tuần đã nhận được tiền hoàn. Khen 👏"),
("conhue2", "app", "o", "", "Chợ cóc trước cổng trường tiểu học trên đường Cổ Nhuế sáng nào cũng họp tràn ra đường, phụ huynh đưa con đi học phải dừng giữa đường rất nguy hiểm."),
("bode", "1022", "a", "", "Ông Trịnh Văn Hải phản ánh: khi đến UBND phường Bồ Đề nộp đơn kiến nghị về việc hàng xóm lấn ngõ, cán bộ tiếp dân nói “việc hàng xóm thì tự đi mà giải quyết, phường không rảnh”, rồi trả lại đơn. Đề nghị phường tiếp nhận, xem xét đơn theo đúng quy định."),
("bv_hd", "app", "a", "", "BV Hà Đông khoa Sản. Lúc vợ mình chuyển dạ đau quá kêu lên thì bị chị hộ sinh mắng “đẻ thì phải đau, kêu gì mà kêu”. Biết là các chị vất vả nhưng nói thế thì không ổn."),
("khuongtrung", "dvc", "d", "", "Tôi gửi đơn kiến nghị về việc nhà bên cạnh xây dựng làm nứt tường nhà tôi đến UBND phường Khương Trung từ ngày 03 tháng trước, có giấy biên nhận.&nbsp; Đến nay đã hơn 30 ngày chưa nhận được bất kỳ phản hồi nào, cũng chưa thấy ai xuống kiểm tra hiện trạng.<br/>"),
("ca_maidich", "1022", "b", "2024-10:2025-02", "Công dân phản ánh: làm thủ tục đăng ký thường trú cho con tại Công an phường Mai Dịch, đã nộp trên cổng dịch vụ công nhưng cán bộ vẫn yêu cầu lên trực tiếp nộp bản giấy giấy khai sinh và giấy xác nhận chỗ ở hợp pháp có xác nhận của tổ dân phố. Đề nghị làm rõ căn cứ."),
("ntl_mc", "app", "o", "", "Bộ phận một cửa quận Nam Từ Liêm cho hỏi có làm thủ tục vào thứ 7 không ạ? Em đi làm cả tuần ko xin nghỉ được"),
("tx_bhxh", "app", "n", "", "Sáng nay 7h50 đến BHXH Thanh Xuân, 8h30 mới thấy cán bộ lục tục vào, lại còn ngồi ăn sáng tại bàn tiếp nhận, dân đứng chờ bên ngoài. Giờ hành chính là 8h mà."),
("dd_mc", "app", "p", "2025-07:2025-11", "Mấy năm trước đi một cửa quận Đống Đa là sợ, giờ khác hẳn: có ghế chờ, có máy lấy số, cán bộ trẻ nhiệt tình. Làm trích lục hộ tịch 15 phút là xong. Cảm ơn quận"),
("thuyxuantien", "1022", "o", "", "Người dân xã Thủy Xuân Tiên phản ánh: xe tải chở đất từ mỏ đất trên đồi chạy liên tục qua đường liên thôn, làm hỏng đường, bụi bẩn. Đề nghị xã kiểm tra giấy phép khai thác và tải trọng xe."),
("maidich", "app", "b", "", "Xin giấy xác nhận để làm hồ sơ vay vốn mà UBND phường Mai Dịch bảo phải có xác nhận của tổ trưởng dân phố trước, tổ trưởng lại bảo phải có giấy phường trước. Đá qua đá lại 3 lần chẳng ai làm."),
("hd_dk", "app", "h", "", "Ngoài cổng VPĐK Hà Đông lúc nào cũng có mấy ông cò mời “làm nhanh sổ, có người trong”, giá 20-30 triệu. Nộp theo đường chính thì chậm, đi cò thì nhanh, nói không có người trong ai tin?"),
("txtrung", "app", "o", "", "Vỉa hè đường Nguyễn Tuân đoạn gần Vũ Trọng Phụng bị bong gạch hết, lồi lõm, trời mưa đi rất trơn. Phường Thanh Xuân Trung kiểm tra giúp ạ."),
("th_mc", "dvc", "o", "", "Đề nghị Bộ phận một cửa quận Tây Hồ công khai số điện thoại tiếp nhận phản ánh của từng lĩnh vực trên cổng thông tin, hiện nay gọi số chung thường xuyên không có người nghe.&nbsp;"),
("ca_khuongmai", "app", "p", "", "Cảm ơn cán bộ Công an phường Khương Mai đã đến tận nhà làm căn cước cho ông em nằm liệt giường. Các anh chị làm rất nhanh và nhẹ nhàng với người già ❤️"),
]

# ---- batch 03 ----
ROWS += [
("dinhcong", "thu", "h", "2024-12-02:2024-12-20", """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

ĐƠN PHẢN ÁNH, KIẾN NGHỊ

Kính gửi: - Chủ tịch UBND quận Hoàng Mai
- Chủ tịch UBND phường Định Công

Tôi tên là Nguyễn Thị Mai Anh, sinh năm 1971, CCCD số 001171008642, thường trú tại số 18 ngõ 41 phố Định Công Hạ, phường Định Công, quận Hoàng Mai, điện thoại 0904 618 253.

Tôi làm đơn này để phản ánh với lãnh đạo quận và phường về việc gia đình tôi bị gây khó khăn, nhũng nhiễu trong quá trình đề nghị UBND phường Định Công xác nhận nguồn gốc, thời điểm sử dụng đất để làm thủ tục cấp Giấy chứng nhận quyền sử dụng đất lần đầu. Sự việc cụ thể như sau:

Thửa đất gia đình tôi đang ở có diện tích khoảng 62m2, do bố mẹ chồng tôi là ông Lê Văn Thịnh (đã mất năm 2009) và bà Phạm Thị Liên (đã mất năm 2015) sử dụng ổn định từ trước năm 1980, có tên trong sổ mục kê năm 1994 và nộp thuế nhà đất đầy đủ hằng năm. Sau khi bố mẹ mất, các anh chị em trong gia đình đã lập văn bản thỏa thuận để vợ chồng tôi đứng tên. Không có ai tranh chấp.

Ngày 05/6/2024, tôi nộp hồ sơ tại bộ phận một cửa phường, có phiếu tiếp nhận. Ngày 20/6/2024, cán bộ địa chính phường là anh T. gọi tôi lên, nói hồ sơ thiếu biên lai thuế nhà đất các năm 1995 đến 1999. Tôi đã về lục tìm và nộp bổ sung được bản photo của 3 năm, các năm còn lại đã thất lạc. Anh T. nói không có đủ thì “khó”, nhưng “cũng có cách”, và bảo tôi tối hôm đó ra quán nước đầu ngõ 282 Kim Giang để “nói chuyện cho tiện”. Tôi không đi.

Ngày 15/7/2024, tôi lên hỏi thì anh T. nói hồ sơ phải chờ xác minh với tổ dân phố và các hộ liền kề. Tôi đã tự đi xin đủ chữ ký xác nhận của tổ trưởng và bốn hộ giáp ranh, nộp lại ngày 22/7/2024. Đến tháng 8, anh T. lại yêu cầu bổ sung bản đồ đo đạc do đơn vị có chức năng lập, tôi thuê đo hết 4 triệu đồng và nộp ngày 19/8/2024.

Ngày 10/9/2024, có một người đàn ông tên là H., tự giới thiệu là “người nhà” của cán bộ phường, đến tận nhà tôi, nói rằng hồ sơ của tôi “vướng nhiều”, nếu muốn xong trước Tết thì phải chi 40 triệu đồng “để anh em bên phường và bên quận làm”, trả trước một nửa. Người này còn nói rõ là hồ sơ của nhà số 22 cùng ngõ “cũng qua anh nên mới xong nhanh”. Tôi từ chối vì gia đình không có tiền và cũng không muốn làm sai.

Từ sau lần đó, mỗi lần tôi lên phường hỏi, anh T. đều trả lời là “đang chờ”, “lãnh đạo chưa ký”, hoặc không có mặt tại phòng làm việc. Ngày 28/10/2024, tôi gặp được anh T., anh nói thẳng với tôi: “Chị cứ đi đường chính thì cứ chờ, phường nhiều việc lắm, không ai ưu tiên cho chị đâu”. Con trai tôi có đi cùng và đã ghi âm lại đoạn nói chuyện này, tôi sẵn sàng cung cấp cho cơ quan có thẩm quyền.

Đến nay đã gần sáu tháng kể từ ngày nộp hồ sơ, quá xa thời hạn theo quy định, gia đình tôi vẫn chưa nhận được văn bản xác nhận của phường, cũng không nhận được bất kỳ văn bản nào nêu lý do chậm hay yêu cầu bổ sung. Trong khi đó, tôi được biết một số hộ trong khu vực nộp hồ sơ sau gia đình tôi nhưng đã được xác nhận.

Gia đình tôi là hộ lao động bình thường, chồng tôi bị tai biến nằm một chỗ hai năm nay, tôi phải vừa chăm chồng vừa đi bán hàng. Mỗi lần lên phường là tôi mất một buổi bán hàng. Tôi rất mong có sổ đỏ để yên tâm, và để có thể thế chấp vay vốn chữa bệnh cho chồng.

Vì vậy, tôi kính đề nghị:
1. Lãnh đạo UBND phường Định Công kiểm tra lại quá trình giải quyết hồ sơ của gia đình tôi, trả lời bằng văn bản về những giấy tờ còn thiếu (nếu có) theo đúng quy định, một lần duy nhất.
2. Làm rõ việc cán bộ địa chính phường có liên quan đến người tên H. đến nhà tôi đòi tiền hay không; nếu có sai phạm thì xử lý nghiêm theo quy định.
3. Chỉ đạo giải quyết hồ sơ của gia đình tôi trong thời hạn luật định.

Tôi xin cam đoan những nội dung trên là đúng sự thật và chịu trách nhiệm trước pháp luật về nội dung đơn. Kèm theo đơn là bản photo phiếu tiếp nhận hồ sơ, các giấy tờ đã nộp bổ sung và USB ghi âm.

Tôi xin chân thành cảm ơn!

Hà Nội, ngày 02 tháng 12 năm 2024
Người làm đơn
Nguyễn Thị Mai Anh"""),
("langha", "app", "o", "", "Cây xà cừ trước số 45 Huỳnh Thúc Kháng nghiêng hẳn ra đường, rễ bật lên vỉa hè, mùa mưa bão sắp tới rất sợ đổ. Mong phường Láng Hạ báo công ty cây xanh cắt tỉa ạ"),
("cg_dk", "app", "d", "2025-06:2025-10", "Chi nhánh VPĐKĐĐ Cầu Giấy hẹn trả sổ 3 lần rồi, lần nào đến cũng bảo chưa có chữ ký. Từ tháng 4 đến giờ là tháng thứ 4. Ai chịu trách nhiệm đây?"),
("ca_yenhoa", "1022", "n", "", "Công dân phản ánh: khi làm thủ tục đăng ký xe tại Công an phường Yên Hòa, cán bộ ghi sai số khung trên giấy chứng nhận đăng ký xe, phải quay lại đổi mất thêm 1 tuần. Đề nghị cán bộ cẩn thận hơn."),
("da_mc", "app", "o", "", "e muốn hỏi làm giấy phép kinh doanh quán cafe nhỏ ở Đông Anh thì cần giấy tờ j, có phải lên huyện ko hay làm ở xã cũng dc ạ"),
("khuongtrung", "app", "o", "2025-07:2025-09", "Mưa to 1 tiếng mà ngõ 79 Khương Trung ngập đến đầu gối 🌧️🌧️ năm nào cũng vậy, cống thoát nước bé tí. Phường có kế hoạch cải tạo không ạ?"),
("hm_thue", "1022", "a", "2025-03:2025-05", "Ông Đặng Quốc Bảo phản ánh: gọi đến số điện thoại hỗ trợ của Chi cục Thuế quận Hoàng Mai hỏi về quyết toán thuế, cán bộ trả lời cộc lốc “lên mạng mà xem” rồi dập máy. Gọi lại thì không ai nghe. Đề nghị chấn chỉnh."),
("bv_dd", "app", "p", "", "Bố mình mổ sỏi thận ở BV Đống Đa, bác sĩ khoa Ngoại giải thích rất kỹ, chăm sóc tốt, không có chuyện phong bì như người ta hay đồn. Cảm ơn các bác sĩ nhiều."),
("mydinh1", "1022", "o", "", "Người dân phản ánh: khu vực trước sân vận động Mỹ Đình tối cuối tuần có nhiều nhóm thanh niên đua xe, nẹt pô gây mất an ninh trật tự. Đề nghị phường Mỹ Đình 1 phối hợp công an xử lý."),
("kimchung", "app", "b", "", "Xin xác nhận để con đi học trường công nhân mà xã Kim Chung bắt về quê xin giấy, trong khi mình đã tạm trú ở đây 5 năm. Thật vô lý 😩"),
("dd_mc", "thu", "b", "2024-10:2025-04", """Kính gửi: Bộ phận tiếp nhận và trả kết quả quận Đống Đa.
Tôi là Vương Thị Thanh Hà. Ngày 22/11 tôi nộp hồ sơ đăng ký hộ kinh doanh, bị trả lại vì “mẫu đơn không đúng”, dù tôi tải mẫu trên chính cổng thông tin của quận. Lần thứ hai bị trả vì thiếu hợp đồng thuê nhà có công chứng, trong khi quy định chỉ yêu cầu bản sao hợp đồng. Đề nghị quận hướng dẫn rõ ràng, thống nhất."""),
("hangbac", "app", "n", "", "cột điện ở Tạ Hiện dây điện chằng chịt rơi xuống thấp ngang đầu người, gọi phường hôm trước rồi nhưng ko ai xuống xem"),
("bode", "app", "o", "", "Đề nghị phường Bồ Đề cho lắp gương cầu lồi ở ngã ba ngõ 100 Bồ Đề, khúc cua khuất, tuần nào cũng có va chạm."),
("vanquan", "1022", "a", "", "Bà Chu Thị Ngọc phản ánh: đến UBND phường Văn Quán hỏi thủ tục xin trợ cấp người cao tuổi cho mẹ, cán bộ Lao động - Thương binh xã hội nói “bà về nhà đợi, hỏi nhiều làm gì”, không hướng dẫn gì. Đề nghị phường nhắc nhở."),
("ca_maidich", "app", "o", "2024-10:2025-01", "VNeID mức 2 của mình bị lỗi không đăng nhập được, có cần mang CCCD lên Công an phường Mai Dịch để kích hoạt lại không mọi người?"),
("dinhcong", "app", "h", "2024-10:2025-03", "Hỏi phường định công: xây lại nhà cấp 4 trên đất của mình mà cán bộ xuống bảo “không phép”, rồi gợi ý “thôi em tự lo để anh không lập biên bản”. Nhà bên cạnh xây 5 tầng thì không ai nói gì. Thế là sao? 🤔"),
("hd_dk", "1022", "d", "2025-06:2025-11", "Ông Lưu Văn Sơn (trú phường Dương Nội) phản ánh: nộp hồ sơ tách thửa tại Chi nhánh VPĐKĐĐ Hà Đông từ tháng 5, quá hạn hơn 2 tháng, cán bộ trả lời “đang chuyển đổi dữ liệu sau sắp xếp”, không hẹn ngày. Đề nghị trả lời cụ thể."),
("th_kimlien", "app", "p", "", "Cô Hạnh lớp 2 trường tiểu học Kim Liên ơi, cảm ơn cô đã kèm con em đọc chậm suốt học kỳ này, giờ bạn ấy thích đọc sách lắm"),
("bachdang", "1022", "o", "2025-07:2025-09", "Người dân phản ánh: đường Bạch Đằng đoạn gần bến Chương Dương ngập sau mưa lớn, nước thoát chậm, xe chết máy hàng loạt. Đề nghị các đơn vị thoát nước khẩn trương xử lý."),
("ttsocson", "app", "o", "", "Xe rác ở thị trấn Sóc Sơn mấy hôm không đến, rác ở điểm tập kết gần chợ bốc mùi kinh khủng, ruồi nhặng bay vào cả quán ăn."),
("cg_dk", "thu", "b", "2024-10:2025-04", """Kính gửi Chi nhánh Văn phòng đăng ký đất đai quận Cầu Giấy.
Tôi đề nghị Chi nhánh xem lại việc yêu cầu gia đình tôi nộp bản sao “sổ hộ khẩu có chứng thực” khi làm thủ tục thừa kế, trong khi thông tin cư trú của cả gia đình đã có trên Cơ sở dữ liệu quốc gia về dân cư. Cán bộ tiếp nhận còn yêu cầu thêm giấy xác nhận của UBND phường Quan Hoa về việc “không có người thừa kế khác” — loại giấy mà phường nói không có mẫu và không cấp.
Gia đình tôi không biết phải đi đâu để xin giấy này."""),
("lb_bhxh", "app", "a", "", "bhxh long bien cán bộ quầy số 2 quá hách dịch, đưa hồ sơ thì ném lại ra ngoài bảo “làm lại đi”, ko nói thiếu gì. mình đã xin số ĐT 1022 để phản ánh"),
("thcs_yenhoa", "app", "o", "2025-05:2025-07", "Cho em hỏi tuyển sinh lớp 6 trường THCS Yên Hòa năm nay theo tuyến cư trú hay xét học bạ ạ, nhà em ở Trung Kính thì có đúng tuyến không ạ?"),
("nhattan", "app", "o", "", "Có ai biết phường Nhật Tân có lớp học bơi miễn phí hè cho trẻ em không ạ, năm ngoái nghe nói có ở nhà văn hóa."),
]

# ---- batch 04 ----
ROWS += [
("tayho_tnmt", "thu", "n", "", """Kính gửi: Phòng Tài nguyên và Môi trường quận Tây Hồ.
Chúng tôi là các hộ dân ven hồ Tây khu vực phường Nhật Tân. Từ đầu năm đến nay, chúng tôi đã ba lần gửi đơn phản ánh việc một nhà hàng đổ thẳng nước thải ra hồ qua đường ống ngầm, có ảnh và video kèm theo. Phòng đã tiếp nhận nhưng không kiểm tra, không trả lời. Đề nghị Phòng thực hiện đúng trách nhiệm quản lý nhà nước về môi trường."""),
("uyno", "app", "o", "", "Đường làng thôn Uy Nỗ đang đào lên làm cống 2 tháng nay rồi mà chưa hoàn trả mặt đường, bụi và lầy lội, học sinh đi học khổ quá."),
("ntl_mc", "dvc", "d", "", "Hồ sơ cấp giấy phép xây dựng nộp tại Bộ phận một cửa quận Nam Từ Liêm ngày 06/01, theo quy định 15 ngày, đến nay đã hơn 45 ngày chưa có kết quả.&nbsp;Tra cứu trực tuyến báo &quot;chuyển phòng chuyên môn&quot; từ lâu. Đề nghị quận kiểm tra.<br>"),
("ca_maidich", "app", "a", "2024-10:2025-02", "Công an phường Mai Dịch buổi tối làm căn cước đông, có chị cán bộ cứ quát dân “đứng xếp hàng vào, nói mãi không nghe à”, quát cả ông cụ chống gậy. Dân đến làm thủ tục chứ có phải phạm nhân đâu."),
("gl_thue", "1022", "h", "", "Công dân phản ánh: khi đến Chi cục Thuế huyện Gia Lâm nộp hồ sơ khai thuế chuyển nhượng đất, được một người đứng ngoài cửa gợi ý “đóng thêm 3 triệu thì có thông báo thuế trong ngày”, người này ra vào phòng làm việc của cán bộ như người nhà. Đề nghị kiểm tra."),
("hm_mc", "app", "o", "", "Hoàng Mai cho em hỏi xin cấp lại giấy phép xây dựng bị mất thì nộp ở một cửa quận hay ở phường ạ"),
("dd_mc", "app", "p", "2025-05:2025-11", "Khen chị Thu ở quầy hộ tịch một cửa quận Đống Đa, mình làm cải chính hộ tịch phức tạp mà chị kiên nhẫn giải thích từng giấy, còn gọi điện báo khi có kết quả. Cán bộ như thế dân rất quý 🙏"),
("langha", "app", "n", "", "Trong ngõ 82 Thái Thịnh nhà số 6 chiếm luôn nửa ngõ để làm xưởng mộc, cưa đục cả ngày, phản ánh phường Láng Hạ 3 lần từ tháng 8, cán bộ xuống nhắc xong đâu lại vào đấy, chẳng thấy xử phạt gì."),
("tanlinh", "1022", "o", "", "Người dân xã Tản Lĩnh hỏi: thủ tục đăng ký kinh doanh homestay quy mô hộ gia đình gồm những giấy tờ gì, có phải xin giấy chứng nhận đủ điều kiện phòng cháy không. Đề nghị xã hướng dẫn."),
("hd_dk", "app", "d", "2025-07:2025-11", "chờ cấp đổi sổ đỏ ở HĐ 4 tháng r, quá hẹn 3 lần 😡😡 cb bảo cả quận đang tồn mấy nghìn hs, chờ đi. Vậy dân bít bh mới có??"),
("kimchung", "app", "o", "", "ai bít phòng trọ khu Kim Chung có dc đky tạm trú online ko, chủ trọ nhà mk ko chịu cho mượn sổ đỏ"),
("cg_thue", "app", "o", "2025-06:2025-08", "Nhà em bán tạp hóa ở Cầu Giấy, doanh thu khoảng 1,2 tỷ/năm thì từ 1/6 có bắt buộc dùng hóa đơn điện tử máy tính tiền không ạ? Chi phí lắp đặt ai chịu?"),
("tx_bhxh", "1022", "d", "", "Bà Hà Thị Xuân (SĐT 0976 530 184) phản ánh: nộp hồ sơ hưởng chế độ tử tuất cho chồng tại BHXH quận Thanh Xuân từ 2 tháng trước, hẹn 12 ngày nhưng vẫn chưa nhận được tiền mai táng phí, mỗi lần hỏi đều bảo chờ thẩm định."),
("bachdang", "app", "o", "", "Chó thả rông ở bãi đất ven sông phường Bạch Đằng, sáng sớm đi tập thể dục bị chó đuổi cắn, nhiều nhà không rọ mõm. Đề nghị phường kiểm tra."),
("dinhcong", "app", "n", "2024-10:2025-03", "2 chieu liền ra phuong lay giay xac nhan deu gap phong dia chinh khoa cua, dan tren bang tin ghi 'tiep dan chieu thu 3, thu 5'. Ca buoi khong ai"),
("mydinh1", "app", "p", "", "Cảm ơn chú tổ trưởng và cán bộ phường Mỹ Đình 1 đã hỗ trợ gia đình cháu làm thủ tục mai táng cho ông nhanh chóng, chu đáo."),
("thuyxuantien", "app", "h", "", "Ở xã mình muốn xin xác nhận đơn chuyển mục đích đất vườn thì cán bộ địa chính bảo “lo 5 củ là có”, không thì để đấy. Dân quê chân chất biết kêu ai"),
("ca_phulo", "1022", "o", "", "Công dân phản ánh tình trạng tụ tập đánh bạc tại khu lán trại công trình ven Quốc lộ 3 thuộc xã Phù Lỗ, thường xuyên vào buổi tối. Đề nghị Công an xã kiểm tra."),
("maidich", "app", "o", "", "đề nghị phường mai dịch cho cắt tỉa cây ở ngõ 165 Trần Bình, cành khô rơi xuống suýt trúng người"),
("bv_dd", "1022", "h", "", "Ông Nông Văn Khải phản ánh: mẹ ông nằm điều trị tại BV đa khoa Đống Đa, một nhân viên gợi ý người nhà “gửi ít quà cho các cô khoa” thì mẹ ông sẽ được chuyển lên phòng dịch vụ trống. Đề nghị bệnh viện làm rõ."),
("khuongtrung", "1022", "n", "", "Người dân phản ánh: đã báo cáo UBND phường Khương Trung nhiều lần về việc quán nhậu lấn chiếm vỉa hè ở phố Khương Trung, cán bộ trật tự đô thị đi qua hằng ngày nhưng làm ngơ, không xử lý."),
("battrang", "1022", "p", "", "Ông Nguyễn Văn Hưng (thôn Giang Cao) gọi điện cảm ơn UBND xã Bát Tràng đã khẩn trương cho xe đến hút nước ngập sau trận mưa lớn, trong đêm đã thoát được nước."),
("cg_dk", "app", "a", "", "Chị cán bộ ở quầy tiếp nhận VPĐK Cầu Giấy nói với mẹ em “bà không biết chữ thì bảo con đi làm”, mẹ em 65 tuổi, về nhà khóc. Xin hãy tôn trọng người già 😢"),
("hangbac", "dvc", "o", "", "Tôi muốn hỏi về thủ tục xin cấp phép sửa chữa mặt tiền nhà phố cổ trên phố Hàng Bạc, nhà thuộc danh mục bảo tồn. Hồ sơ nộp tại phường hay quận?&nbsp;Thời gian bao lâu?"),
("vanquan", "app", "p", "", "Phường Văn Quán xử lý rất nhanh vụ hố ga bị sụt ở KĐT Văn Quán, sáng báo qua app chiều đã có rào chắn, hôm sau sửa xong."),
("ca_yenhoa", "app", "p", "", "Anh cán bộ cảnh sát khu vực phường Yên Hòa đến tận nhà hướng dẫn ông bà mình tích hợp thẻ BHYT vào VNeID, rất nhiệt tình và lễ phép."),
("phucxa", "app", "o", "2025-09:2025-10", "Nước sông Hồng lên cao, mấy hộ ở bãi giữa Phúc Xá có cần di dời không ạ? Phường có thông báo gì chưa"),
("da_mc", "1022", "b", "", "Công dân phản ánh: làm thủ tục cấp đổi GCN tại một cửa huyện Đông Anh bị yêu cầu trích đo lại thửa đất do đơn vị được huyện chỉ định, trong khi bản đo của đơn vị đo đạc có giấy phép khác vẫn hợp lệ. Đề nghị làm rõ quy định."),
("lb_bhxh", "app", "o", "", "Cho mình hỏi thẻ BHYT học sinh bị mất thì làm lại ở trường hay BHXH quận Long Biên? Có mất phí không"),
("hoangliet", "1022", "o", "", "Cư dân KĐT Linh Đàm phản ánh: khu vực ven hồ Linh Đàm có nhiều người câu cá và vứt rác bừa bãi, đề nghị phường Hoàng Liệt lắp biển cấm và bố trí thùng rác."),
("txtrung", "app", "b", "", "UBND phường Thanh Xuân Trung bắt tôi nộp đơn xin xác nhận bằng tay, không cho nộp trên cổng dịch vụ công, nói “phường không dùng cái đó”. Thế thì dịch vụ công trực tuyến để làm gì?"),
("hd_dk", "dvc", "o", "", "Xin hỏi: đất của tôi tại phường Phú Lãm có diện tích 38m2, có được cấp giấy chứng nhận không khi diện tích tối thiểu tách thửa của Hà Nội là 30m2? Nộp hồ sơ ở đâu?"),
("th_kimlien", "1022", "n", "", "Phụ huynh phản ánh: giờ tan học trường Tiểu học Kim Liên, một số học sinh lớp 1 được trả cho người lạ đến đón mà giáo viên không kiểm tra. Đề nghị nhà trường chấn chỉnh quy trình đón trả học sinh."),
("bv_hd", "1022", "n", "", "Người nhà bệnh nhân phản ánh: bệnh viện Hà Đông trả nhầm kết quả xét nghiệm của người khác cho bố ông, suýt bị kê đơn sai thuốc. Đề nghị bệnh viện kiểm tra quy trình."),
("conhue2", "app", "h", "", "Sửa nhà trong ngõ ở Cổ Nhuế 2, chưa kịp đổ vật liệu thì có 2 người xưng là đội trật tự phường đến nói “nộp phí vỉa hè 2 triệu” không có biên lai. Hỏi tên thì không nói. Có loại phí này không ạ?"),
("ttyt_lb", "app", "p", "", "Đưa con đi tiêm ở TTYT Long Biên, các chị rất nhẹ nhàng, tư vấn kỹ phản ứng sau tiêm, có cả khu vui chơi cho trẻ chờ. Rất thích 😊"),
("bode", "app", "d", "", "Đơn đề nghị giải quyết tranh chấp lối đi của nhà mình gửi UBND phường Bồ Đề từ tháng 7 đến giờ chưa ai mời hòa giải, hỏi thì cán bộ bảo chờ lịch."),
("tathanhoai", "app", "o", "", "Bãi rác tự phát bên đường Phan Trọng Tuệ đoạn qua Tả Thanh Oai ngày càng to, đốt rác khói mù mịt. Đề nghị xã xử lý."),
("ntl_mc", "app", "p", "2025-06:2025-11", "Một cửa Nam Từ Liêm giờ làm nhanh thật, đăng ký hộ kinh doanh 2 ngày là xong, có tin nhắn báo kết quả."),
]

# ---- batch 05 ----
ROWS += [
("cg_dk", "app", "d", "2025-07:2025-10", "vpdk cau giay lam an kieu gi vay, ho so cap doi so do nop tu thang 3 hen thang 4, gio la thang 8 roi van chua co. goi dien thi khong ai nghe, len thi bao cho", {"key": "R1"}),
("cg_dk", "1022", "d", "2025-07:2025-10", "Bà Tạ Thị Hoa (SĐT 0868 250 917, trú phường Yên Hòa) phản ánh: hồ sơ xóa thế chấp nộp tại Chi nhánh VPĐKĐĐ Cầu Giấy ngày 17/6, theo quy định trả trong 3 ngày làm việc nhưng đến nay đã hơn 1 tháng. Ngân hàng đã tất toán, bà cần sổ để làm thủ tục bán nhà. Đề nghị giải quyết."),
("dd_mc", "app", "p", "2025-08:2025-11", "Lần đầu đi làm giấy tờ mà về thấy vui 😄 một cửa quận Đống Đa có bạn tình nguyện viên hướng dẫn điền tờ khai, cán bộ trả kết quả sớm hơn hẹn 1 ngày."),
("ca_maidich", "1022", "h", "2024-10:2024-12", "Công dân phản ánh: tại Công an phường Mai Dịch có người ngoài nhận “làm căn cước gấp trong 3 ngày” với giá 1,5 triệu đồng, nói có quen cán bộ bên trong. Người dân nghi ngờ có sự móc nối, đề nghị kiểm tra."),
("maidich", "app", "a", "", "Bác bảo vệ ở UBND phường Mai Dịch quát người dân dựng xe, “ai cho dựng ở đây, đi ra ngoài”, trong khi sân trống trơn. Dân đến làm việc chứ có đến xin xỏ gì đâu."),
("lb_bhxh", "app", "d", "", "Nop ho so rut BHXH 1 lan tai BHXH Long Bien, hen 20 ngay, nay da qua 10 ngay van chua co tien, goi len thi bao he thong loi. Nguoi that nghiep dang can tien lam"),
("hm_thue", "app", "b", "2025-02:2025-05", "chi cục thuế hoàng mai bắt mình mang giấy tờ bản gốc lên đối chiếu mới xử lý hồ sơ hoàn thuế, trong khi hướng dẫn là nộp online qua etax là được 😒 mất 1 buổi làm"),
("hm_thue", "dvc", "o", "2025-06:2025-09", "Kính gửi Chi cục Thuế quận Hoàng Mai,<br>Hộ kinh doanh của tôi nộp thuế khoán, doanh thu dưới 1 tỷ. Từ 01/6/2025 có phải chuyển sang dùng hóa đơn điện tử khởi tạo từ máy tính tiền không, nếu có thì đăng ký thế nào?<br>Trân trọng."),
("bv_dd", "app", "n", "", "Phòng khám BHYT bv Đống Đa 7h30 mới có 1 bàn làm việc, 3 bàn còn lại 8h15 bác sĩ mới đến. Người bệnh ngồi chờ chật kín hành lang."),
("da_mc", "app", "h", "", "lm sổ đỏ ở Đông Anh mà cb một cửa gợi ý thẳng “chỗ anh có người bên đo đạc, 10 triệu bao trọn, ko thì hs cứ thế mà nằm”. mk có ghi âm đây"),
("khuongtrung", "app", "b", "", "Lam thu tuc nhan nuoi con nuoi tai phuong Khuong Trung bi yeu cau bo sung 4 lan, moi lan 1 giay khac nhau, co lan con doi giay kham suc khoe cua ca ong ba noi. Mong phuong huong dan mot lan cho du."),
("kimchung", "1022", "o", "", "Công nhân thuê trọ tại xã Kim Chung phản ánh: chủ nhà trọ thu tiền điện 4.000 đồng/số, cao hơn giá quy định, nếu không đồng ý thì đuổi đi. Đề nghị xã kiểm tra."),
("ca_yenhoa", "dvc", "b", "", "Tôi đăng ký thường trú cho vợ tại địa chỉ nhà riêng thuộc phường Yên Hòa qua cổng dịch vụ công, hồ sơ bị Công an phường từ chối với lý do &quot;cần lên trực tiếp để xác minh&quot;.&nbsp;Tôi đã lên 2 lần, lần nào cũng được hẹn lại do cán bộ phụ trách đi vắng."),
("hm_mc", "1022", "d", "", "Ông Hồ Sỹ Lâm phản ánh: hồ sơ chuyển mục đích sử dụng đất nộp tại Bộ phận một cửa quận Hoàng Mai từ tháng 9 năm ngoái, đến nay gần 8 tháng chưa có kết quả, không có thông báo bổ sung. Đề nghị quận kiểm tra."),
("mydinh1", "app", "n", "", "Gửi đơn phản ánh quán nướng lấn vỉa hè Nguyễn Cơ Thạch qua app 3 lần, lần nào cũng báo “đã xử lý xong” mà quán vẫn bày ra tới 12h đêm. Phường Mỹ Đình 1 xử lý trên giấy à?"),
("langha", "app", "p", "2025-03:2025-11", "Khen UBND phường Láng Hạ: làm chứng thực bản sao giờ chỉ mất 5 phút, có chỗ ngồi, có quạt mát, cán bộ tươi cười. Thay đổi nhiều so với năm ngoái."),
("langha", "1022", "o", "2025-07:2025-09", "Người dân phản ánh: ngã tư Láng Hạ - Thái Hà ngập sâu sau cơn mưa chiều, nhiều xe máy chết máy, nước tràn vào các cửa hàng. Đề nghị công ty thoát nước bố trí ứng trực."),
("hd_dk", "app", "b", "", "Làm thủ tục thừa kế ở VPĐK Hà Đông, cán bộ bắt 5 anh chị em đều phải có mặt ký trước mặt cán bộ, trong khi văn bản thỏa thuận đã công chứng rồi. 2 người ở nước ngoài thì làm thế nào?"),
("ca_khuongmai", "app", "o", "", "Cong an phuong Khuong Mai cho hoi cap lai can cuoc bi mat thi co the lam o noi tam tru khong hay phai ve noi thuong tru a"),
("bachdang", "thu", "b", "", """Kính gửi UBND phường Bạch Đằng.
Tôi là Phùng Văn Khanh, CCCD 001062004715, trú tại ngõ 12 Lương Yên. Tôi xin xác nhận đơn đề nghị cấp giấy xác nhận thông tin cư trú phục vụ thủ tục thừa kế, phường yêu cầu tôi sang Công an phường, Công an phường lại yêu cầu tôi về UBND phường. Tôi đã đi lại 4 lần trong 2 tuần mà chưa ai nhận hồ sơ. Kính đề nghị lãnh đạo phường chỉ đạo."""),
("nhattan", "app", "p", "2025-01:2025-02", "Cảm ơn phường Nhật Tân đã tổ chức điểm trông giữ xe Tết ở vườn đào rất ngăn nắp, giá đúng niêm yết, đi chơi thoải mái 🌸"),
("tx_bhxh", "app", "o", "2025-06:2025-09", "Mọi người cho hỏi từ 1/7/2025 người lao động tự do đóng BHXH tự nguyện có được hỗ trợ thêm không, đăng ký ở BHXH Thanh Xuân hay ở phường ạ"),
("cg_thue", "1022", "a", "", "Công dân phản ánh: tại bộ phận một cửa Chi cục Thuế quận Cầu Giấy, cán bộ tiếp nhận to tiếng với người dân khi được hỏi vì sao phải bổ sung giấy tờ, nói “không biết thì thuê dịch vụ mà làm”. Đề nghị chấn chỉnh."),
("th_kimlien", "dvc", "o", "2025-06:2025-08", "Xin hỏi: con tôi sinh năm 2019, hộ khẩu tại phường Kim Liên nhưng đang tạm trú ở Thanh Xuân, tuyển sinh lớp 1 năm học 2025-2026 thì có được vào Trường Tiểu học Kim Liên theo tuyến không?<br><br>"),
("tanlinh", "app", "p", "", "Đi du lịch Ba Vì bị hỏng xe giữa đường ở xã Tản Lĩnh, được anh công an xã giúp gọi cứu hộ và cho ngồi chờ ở trụ sở. Cảm ơn anh ạ"),
("battrang", "app", "o", "", "Lò nung gốm cạnh nhà thải khói đen cả ngày, phơi quần áo không được, trẻ con ho suốt. Xã Bát Tràng có quy định nào về lò nung trong khu dân cư không?"),
("dinhcong", "app", "o", "2025-04:2025-11", "Đường Định Công Thượng đoạn gần cầu Định Công có xe tải đỗ cả ngày chiếm 1 làn, tắc giờ tan tầm. Đề nghị phường xử lý."),
("dinhcong", "app", "p", "2025-05:2025-11", "Chú cán bộ địa chính mới ở phường Định Công làm việc rõ ràng lắm, hồ sơ thiếu gì ghi ra giấy 1 lần, hẹn đâu trả đấy. Trước kia đi 5-6 lần chưa xong."),
("ttsocson", "1022", "d", "", "Ông Ngô Văn Phúc phản ánh: đơn đề nghị giải quyết tranh chấp đất đai với hộ liền kề gửi UBND thị trấn Sóc Sơn từ 4 tháng trước, đến nay chưa được tổ chức hòa giải, không có văn bản trả lời."),
("bv_hd", "app", "h", "", "Khám ở BV Hà Đông, bác sĩ nói muốn mổ sớm thì “gia đình tự lo với khoa”, không thì xếp lịch 3 tuần nữa. Người nhà hiểu ý nhưng không biết bao nhiêu cho đủ 😔"),
("phucxa", "1022", "a", "", "Bà Dương Thị Lan phản ánh: đến UBND phường Phúc Xá xin xác nhận hoàn cảnh khó khăn cho cháu đi học, cán bộ nói “ai chẳng khó khăn, về đi”, không nhận đơn. Đề nghị phường kiểm tra."),
("vanquan", "app", "o", "", "Phường Văn Quán ơi cho em hỏi đăng ký khai sinh cho con có làm được trên VNeID luôn không hay phải lên phường ạ. Cảm ơn"),
("gl_thue", "app", "o", "2025-06:2025-08", "ho kinh doanh o Gia Lam cho hoi thu tuc dang ky hoa don dien tu may tinh tien o dau, chi cuc thue co ho tro mien phi phan mem khong"),
("txtrung", "1022", "o", "", "Người dân phản ánh tình trạng xe ôm công nghệ tụ tập, đỗ dàn hàng ngang trước cổng trường đại học trên đường Nguyễn Trãi đoạn qua phường Thanh Xuân Trung, gây cản trở giao thông."),
("ntl_mc", "thu", "b", "", """Kính gửi: Bộ phận Một cửa UBND quận Nam Từ Liêm.
Công ty chúng tôi nộp hồ sơ đề nghị cấp giấy phép xây dựng cho công trình nhà xưởng. Bộ phận một cửa tiếp nhận rồi chuyển sang phòng Quản lý đô thị, phòng lại trả về yêu cầu bổ sung ý kiến của phòng Tài nguyên Môi trường, phòng TNMT trả lời đây không thuộc thẩm quyền. Đề nghị quận chỉ rõ đầu mối xử lý.
Trân trọng."""),
("ca_maidich", "app", "p", "2024-10:2025-01", "Tối thứ 7 Công an phường Mai Dịch vẫn làm căn cước, nhận cả người ngoài phường. Các anh chị làm xuyên trưa, nhìn mà thương"),
("cg_dk", "dvc", "p", "2024-10:2025-04", "Tôi xin gửi lời cảm ơn đến Chi nhánh VPĐKĐĐ quận Cầu Giấy, hồ sơ đăng ký thế chấp của tôi được giải quyết trong ngày.&nbsp;Cán bộ chuyên nghiệp."),
("uyno", "app", "n", "", "Buổi chiều ra UBND xã Uy Nỗ làm giấy tờ, cán bộ tư pháp ngồi chơi bài trên điện thoại, bảo dân “đợi tí”, đợi 40 phút 😠"),
]

# ---- batch 06 ----
ROWS += [
("cg_dk", "app", "d", "2025-06:2025-10", "so do nha minh nop cap doi tu thang 5, hen 30 ngay. gio qua han 2 thang, len vpdk cau giay hoi thi bao 'dang chuyen du lieu sang he thong moi'. dan biet lam sao?"),
("cg_dk", "app", "d", "2025-07:2025-10", "vpđk cầu giấy hẹn lần 3 r 🙃 hs thế chấp vay ngân hàng mà chậm thế này ngân hàng hủy khoản vay luôn, ai đền cho mình đây"),
("dd_mc", "app", "b", "2024-10:2025-04", "mot cua quan dong da bat photo cong chung CCCD du da dua CCCD goc de doi chieu. Ra ngoai photo cong chung xong quay vao lai boc so moi, mat ca buoi sang"),
("dd_mc", "1022", "d", "2024-10:2025-03", "Ông Bùi Thế Hùng phản ánh: hồ sơ cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm cho quán ăn nộp tại Bộ phận một cửa quận Đống Đa quá hạn 20 ngày, hỏi thì được trả lời “phòng Kinh tế chưa đi thẩm định”. Đề nghị quận đôn đốc."),
("dinhcong", "app", "h", "2024-11:2025-03", "hs xin giay phep sua nha o phuong dinh cong, cb bao 'em de anh noi voi ben tren, cuoi tuan em qua nha anh choi' 😶 ai hieu thi hieu"),
("dinhcong", "1022", "o", "2025-04:2025-11", "Người dân phản ánh: điểm tập kết rác tại ngõ 8 Định Công Hạ không có mái che, trời mưa nước rỉ rác chảy tràn ra đường. Đề nghị phường di dời hoặc cải tạo."),
("langha", "app", "o", "", "tối nào cũng có nhóm thanh niên tụ tập uống bia, hát loa kẹo kéo ở vườn hoa đầu ngõ 4 Láng Hạ đến 11-12h đêm, phường xuống nhắc giúp với"),
("langha", "dvc", "b", "", "Tôi đề nghị UBND phường Láng Hạ giải thích vì sao khi chứng thực chữ ký trên giấy ủy quyền, cán bộ yêu cầu người được ủy quyền cũng phải có mặt. Theo tôi biết quy định không yêu cầu như vậy.<br>&nbsp;"),
("hd_dk", "1022", "d", "2025-06:2025-11", "Bà Lâm Thị Bích phản ánh: hồ sơ đăng ký thừa kế tại Chi nhánh VPĐKĐĐ Hà Đông nộp ngày 02/6, hẹn 22/6, đến nay đã quá hẹn hơn 1 tháng. Mỗi lần gọi điện đều không ai nghe, lên trực tiếp thì cán bộ trả lời “chờ thêm”."),
("hd_dk", "app", "a", "", "cán bộ VPĐK Hà Đông nói chuyện với dân kiểu “bác không hiểu thì thôi đừng hỏi”, cả quầy cười 🤨"),
("ca_maidich", "app", "b", "2024-11:2025-03", "đky tạm trú trên vneid 2 lần bị ca phường mai dịch từ chối vì “ảnh hợp đồng thuê nhà mờ”, lần 3 lại bảo thiếu xác nhận chủ nhà, chủ nhà kí sẵn trong hđ r mà"),
("ca_maidich", "1022", "n", "", "Công dân phản ánh: nộp hồ sơ cấp lại căn cước tại Công an phường Mai Dịch, sau 3 tuần lên lấy thì được báo hồ sơ bị thất lạc, phải làm lại từ đầu. Đề nghị kiểm tra trách nhiệm."),
("lb_bhxh", "app", "d", "", "bhxh long biên ơi hs chốt sổ của mk cty nộp từ t2, h t5 r vẫn chưa có sổ 😭 cần để hưởng tc thất nghiệp mà"),
("lb_bhxh", "1022", "o", "", "Bà Kiều Thị Yến hỏi: mẹ bà 82 tuổi, không có lương hưu, muốn làm thẻ BHYT miễn phí cho người cao tuổi thì nộp hồ sơ ở UBND phường hay BHXH quận Long Biên."),
("hm_thue", "app", "d", "2025-03:2025-06", "Hồ sơ hoàn thuế TNCN nộp trên etax từ 15/3, chi cục thuế Hoàng Mai hẹn 6 ngày, giờ 2 tháng chưa thấy tiền, trạng thái vẫn “đang xử lý” 😤"),
("hm_thue", "1022", "h", "2025-01:2025-05", "Ông Cao Minh Tuấn (chủ hộ kinh doanh phố Tân Mai) phản ánh: cán bộ thuế phụ trách địa bàn đến cửa hàng gợi ý nếu “hỗ trợ anh em” thì mức thuế khoán năm nay sẽ giữ nguyên, không thì sẽ điều chỉnh tăng. Đề nghị Chi cục Thuế quận Hoàng Mai làm rõ."),
("bv_dd", "app", "o", "", "Cho em hỏi BV Đống Đa có khám ngoài giờ buổi tối không ạ, khám có dùng BHYT được không"),
("bv_dd", "app", "a", "", "bv dong da khoa noi bac si kham cho me minh chua den 2 phut, hoi them ve thuoc thi gat 'ra ngoai hoi duoc si'. Minh biet benh vien dong nhung toi thieu phai giai thich cho benh nhan chu", {"key": "R3"}),
("maidich", "app", "o", "2025-07:2025-09", "Phố Doãn Kế Thiện ngập sau mưa, nước ngập đến yên xe 🌊 phường Mai Dịch có thể báo công ty thoát nước nạo vét cống không"),
("maidich", "1022", "n", "", "Người dân phản ánh: UBND phường Mai Dịch cấp giấy xác nhận ghi sai năm sinh của công dân, khi đề nghị sửa lại thì cán bộ yêu cầu nộp đơn mới và chờ 3 ngày. Đề nghị phường tự kiểm tra, đính chính ngay."),
("da_mc", "app", "d", "", "Bo phan mot cua huyen Dong Anh hen tra giay phep xay dung ngay 10 roi lui sang 20, gio sang thang sau van chua co. Nha minh thue tho roi, tho ngoi cho an luong"),
("khuongtrung", "app", "o", "", "cho em hỏi phường khương trung có chỗ nào nhận rác thải cồng kềnh (tủ, đệm cũ) ko ạ, để ngoài đường thì sợ bị phạt"),
("kimchung", "app", "h", "", "Làm giấy xác nhận tạm trú ở xã Kim Chung để con đi học mà cán bộ bảo công nhân thuê trọ thì “phải đóng phí an ninh 200k” mới xác nhận, không có biên lai"),
("ca_yenhoa", "app", "d", "", "Đăng ký xe ô tô ở CA phường Yên Hòa hẹn 2 ngày có biển, giờ 2 tuần vẫn chưa có đăng ký gốc, bảo chờ phôi. Xe mua về để trong nhà không đi được"),
("hm_mc", "app", "p", "", "Cảm ơn anh cán bộ một cửa quận Hoàng Mai đã hướng dẫn nhà em làm thủ tục hỗ trợ hộ kinh doanh bị ảnh hưởng do bão, rất tận tâm ạ."),
("mydinh1", "app", "b", "", "xin xac nhan dan su o phuong my dinh 1 de lam ho so vay von, can bo doi phai co giay cua to dan pho truoc, to truong di vang 2 tuan. Ho so vay cua toi bi lo han"),
("hangbac", "app", "o", "", "Phố đi bộ cuối tuần, loa của các nhóm biểu diễn đường phố ở Đinh Liệt to quá, nhà dân sống ở đây không ngủ được đến tận nửa đêm."),
("cg_thue", "app", "d", "2025-02:2025-05", "Chi cục thuế Cầu Giấy giải quyết hồ sơ miễn thuế TNCN chuyển nhượng căn nhà duy nhất mất 1 tháng rưỡi, trong khi quy định 5 ngày. Người mua huỷ cọc vì chờ lâu."),
("bode", "app", "p", "", "phường Bồ Đề xử lý nhanh vụ cây đổ chắn ngõ sau bão, các anh dân quân cưa dọn đến 10h đêm. Cảm ơn các anh 🙏🙏"),
("bv_hd", "1022", "o", "", "Người dân hỏi: khám bệnh tại Bệnh viện đa khoa Hà Đông có đặt lịch qua tổng đài được không, số tổng đài đặt lịch là số nào."),
("bachdang", "app", "o", "", "Dan xay dung cong trinh o ngo Luong Yen dung xe tron be tong chan ngo tu 5h sang, dan khong ra vao duoc. Phuong Bach Dang co cap phep cho ho chan ngo khong?"),
("ntl_mc", "app", "n", "", "Một cửa quận Nam Từ Liêm 2h chiều vẫn đóng cửa, trên bảng ghi làm việc từ 13h30. Gọi số bàn không ai nghe. Dân đứng ngoài nắng."),
("conhue2", "1022", "o", "", "Người dân phản ánh: tuyến đường Cổ Nhuế đoạn qua chợ Cổ Nhuế thường xuyên ùn tắc do hàng rong, xe đẩy bày bán dưới lòng đường. Đề nghị phường Cổ Nhuế 2 lập lại trật tự."),
("ca_khuongmai", "app", "n", "", "Tối qua báo công an phường Khương Mai có đánh nhau ở quán bia đầu ngõ, gọi 3 cuộc không ai nghe máy, 40 phút sau mới có người đến thì đã tan hết."),
("tx_bhxh", "app", "a", "", "Quầy tiếp nhận BHXH Thanh Xuân, hỏi về thẻ BHYT của con thì chị cán bộ trả lời không ngẩng mặt lên, nói “ra kia đọc thông báo”, hỏi lại thì gắt. Mong được đối xử lịch sự."),
("thcs_yenhoa", "app", "h", "2024-10:2024-11", "Họp phụ huynh đầu năm ở THCS Yên Hòa, cô chủ nhiệm thu quỹ lớp 1,5 triệu/hs và nói khéo “các lớp khác đều tặng cô giáo quà 20/11 chung, lớp mình cũng nên thế”. Phụ huynh khó xử"),
("thcs_yenhoa", "1022", "o", "2025-05:2025-07", "Phụ huynh hỏi: thời gian nộp hồ sơ tuyển sinh lớp 6 năm học 2025-2026 tại trường THCS Yên Hòa, có nộp trực tuyến được không."),
("tayho_tnmt", "app", "o", "", "Hỏi phòng TNMT Tây Hồ: nhà mình muốn làm hồ sơ cấp sổ lần đầu đất thổ cư ở Nhật Tân thì có phải qua phòng không hay nộp ở văn phòng đăng ký đất đai?"),
("bv_bhxh", "1022", "d", "", "Bà Đinh Thị Thơm (xã Thụy An, Ba Vì) phản ánh: hồ sơ hưởng lương hưu của bà nộp tại BHXH huyện Ba Vì từ 3 tháng trước, đến nay chưa nhận được quyết định, mỗi lần lên huyện đi xe ôm hết 200 nghìn."),
]

# ---- batch 07 ----
ROWS += [
("cg_dk", "thu", "d", "2025-08-04:2025-08-22", """Kính gửi:
- Giám đốc Văn phòng Đăng ký đất đai Hà Nội;
- Giám đốc Chi nhánh Văn phòng Đăng ký đất đai quận Cầu Giấy.

Tôi tên là Đoàn Văn Thạch, sinh năm 1958, cán bộ hưu trí, CCCD số 001058003917, hiện cư trú tại số 7 ngách 35/12 phố Nguyễn Khang, phường Yên Hòa, quận Cầu Giấy. Số điện thoại liên hệ: 0913 502 481.

Tôi xin trình bày sự việc như sau:

Ngày 24 tháng 02 năm 2025, tôi nộp hồ sơ đăng ký biến động đất đai (nhận chuyển nhượng một phần thửa đất số 112, tờ bản đồ số 9, phường Yên Hòa) tại bộ phận tiếp nhận của Chi nhánh Văn phòng Đăng ký đất đai quận Cầu Giấy. Hồ sơ đầy đủ theo hướng dẫn, được cán bộ kiểm tra và nhận, có phiếu tiếp nhận và hẹn trả kết quả ghi ngày 21 tháng 3 năm 2025.

Ngày 21/3/2025, tôi đến nhận kết quả thì được thông báo hồ sơ “đang trình ký”, hẹn lại ngày 04/4/2025. Ngày 04/4/2025, tôi đến thì cán bộ trả kết quả nói hồ sơ phải chuyển sang cơ quan thuế để xác định nghĩa vụ tài chính lại vì “sai sót trong phiếu chuyển”, hẹn ngày 25/4/2025. Tôi xin nhấn mạnh là sai sót này không phải do gia đình tôi, và tôi không nhận được văn bản nào giải thích.

Ngày 25/4/2025, tôi nhận được thông báo nộp thuế và đã nộp ngay trong ngày 28/4/2025, có chứng từ nộp tiền vào ngân sách. Cán bộ hẹn 10 ngày làm việc sau khi có chứng từ sẽ trả Giấy chứng nhận.

Từ tháng 5 đến nay, tôi đã đến Chi nhánh tổng cộng bảy lần (các ngày 15/5, 29/5, 12/6, 26/6, 10/7, 17/7 và 31/7/2025), gọi điện thoại hơn hai mươi cuộc vào số của bộ phận trả kết quả nhưng phần lớn không có người nghe máy. Mỗi lần đến, tôi nhận được một câu trả lời khác nhau: khi thì “chờ lãnh đạo ký”, khi thì “phôi giấy chứng nhận chưa về”, khi thì “đang chuyển đổi hệ thống dữ liệu sau sắp xếp bộ máy, chưa tra cứu được hồ sơ”. Lần gần đây nhất, ngày 31/7/2025, một cán bộ nói với tôi rằng hồ sơ của tôi “chưa thấy trên hệ thống mới”, và đề nghị tôi “về chờ, có gì sẽ gọi”.

Tôi hiểu rằng trong năm 2025 có việc sắp xếp lại tổ chức bộ máy và chuyển đổi hệ thống, cán bộ phải làm việc rất vất vả. Tuy nhiên, hồ sơ của tôi nộp từ tháng 2, trước khi có sắp xếp, và đã quá hạn hơn bốn tháng. Việc không có bất kỳ văn bản xin lỗi hay văn bản hẹn lại nào là không đúng với quy định về tiếp nhận, giải quyết thủ tục hành chính. Tôi lo lắng nhất là hồ sơ gốc của tôi, trong đó có bản chính hợp đồng chuyển nhượng đã công chứng và Giấy chứng nhận cũ, có thể đã bị thất lạc trong quá trình chuyển giao.

Tôi năm nay 67 tuổi, sức khỏe yếu, việc đi lại nhiều lần rất vất vả. Gia đình tôi cần Giấy chứng nhận để làm thủ tục tặng cho con trai và để con tôi có thể vay vốn ngân hàng xây nhà. Khoản vay đã được ngân hàng phê duyệt từ tháng 5, nhưng vì không có Giấy chứng nhận nên ngân hàng đã thông báo sẽ hủy phê duyệt nếu đến hết tháng 8 không bổ sung được, gây thiệt hại không nhỏ cho gia đình tôi.

Vì những lý do trên, tôi kính đề nghị:
1. Chi nhánh kiểm tra ngay tình trạng hồ sơ của tôi, xác nhận hồ sơ gốc còn hay đã thất lạc, và thông báo cho tôi bằng văn bản.
2. Chi nhánh có văn bản xin lỗi và hẹn ngày trả kết quả cụ thể theo đúng quy định đối với hồ sơ quá hạn.
3. Trả Giấy chứng nhận cho gia đình tôi trong thời gian sớm nhất.
4. Văn phòng Đăng ký đất đai Hà Nội xem xét trách nhiệm của các cá nhân liên quan đến việc giải quyết chậm trễ hồ sơ này, đồng thời có giải pháp chung cho tình trạng hồ sơ tồn đọng kéo dài mà nhiều người dân trong khu vực cũng đang gặp phải.

Kèm theo đơn này, tôi gửi bản photo phiếu tiếp nhận hồ sơ, các phiếu hẹn lại, chứng từ nộp thuế và thông báo của ngân hàng.

Tôi xin chân thành cảm ơn và mong nhận được phản hồi sớm.

Hà Nội, ngày 04 tháng 8 năm 2025
Người làm đơn
Đoàn Văn Thạch"""),
("cg_dk", "app", "d", "2025-08:2025-10", "Nhà mình cũng y hệt mấy người trên nhóm cư dân: nộp hồ sơ ở VPĐK Cầu Giấy từ tháng 4, giờ tháng 9, quá hạn cả trăm ngày. Sao không thông báo công khai danh sách hồ sơ tồn cho dân biết đường mà chờ?"),
("cg_dk", "1022", "d", "2025-09:2025-11", "Ông Mạc Văn Lợi (trú phường Quan Hoa) phản ánh: đến Chi nhánh VPĐKĐĐ Cầu Giấy nhận kết quả cấp đổi GCN đúng ngày hẹn thì được báo “chưa có”, hẹn tiếp sang tháng sau. Đây là lần hẹn thứ 5. Đề nghị cơ quan có văn bản trả lời lý do."),
("dd_mc", "app", "p", "2025-06:2025-11", "Đi làm thủ tục ở một cửa quận Đống Đa, quên bản sao giấy khai sinh, chị cán bộ cho in luôn từ dữ liệu, không phải chạy về nhà. Rất tiện và nhanh, cảm ơn chị 💐"),
("dd_mc", "dvc", "o", "", "Xin hỏi thời gian làm việc của Bộ phận một cửa quận Đống Đa vào dịp nghỉ lễ 30/4 - 1/5.&nbsp;Có trực tiếp nhận hồ sơ không?"),
("dinhcong", "app", "b", "", "Phường Định Công yêu cầu nộp bản sao giấy chứng tử của bố có chứng thực trong vòng 6 tháng mới nhận hồ sơ thừa kế. Bản sao cũ hơn 6 tháng thì không được là quy định ở đâu ạ?"),
("dinhcong", "app", "h", "2024-10:2025-02", "Làm hồ sơ nhận tiền hỗ trợ người có công mà cán bộ LĐTBXH phường Định Công bảo “có tiền thì nhớ chia cho anh em ít”. Ông mình 85 tuổi là thương binh mà họ cũng nói được câu đấy", {"key": "R2"}),
("langha", "app", "n", "", "Bên UBND phường Láng Hạ cấp giấy xác nhận ghi sai số CCCD của mình 2 số, mình phải quay lại xin cấp lại. Cán bộ không xin lỗi câu nào, còn bảo mình “sao không kiểm tra trước khi cầm về”"),
("langha", "1022", "o", "", "Công dân phản ánh: một số cửa hàng trên phố Láng Hạ để biển quảng cáo, xe máy của khách chiếm toàn bộ vỉa hè, người đi bộ phải đi xuống lòng đường."),
("hd_dk", "app", "d", "2025-07:2025-11", "ho so sang ten o VPDK Ha Dong nop thang 6, den thang 10 van 'dang xu ly'. goi 5 lan chua ai nghe may 😩 nguoi mua doi huy coc"),
("hd_dk", "app", "p", "2024-10:2025-04", "Cảm ơn chị cán bộ bàn số 4 VPĐK Hà Đông, hồ sơ thế chấp của mình thiếu 1 chữ ký, chị chủ động gọi điện báo chứ không trả hồ sơ về. Rất tâm lý ạ."),
("ca_maidich", "app", "o", "", "Cho e hỏi đổi giấy phép lái xe có làm ở công an phường Mai Dịch được không hay phải lên Sở ạ"),
("ca_maidich", "app", "p", "2025-02:2025-11", "Chị cán bộ ở Công an phường Mai Dịch làm thủ tục khai báo tạm vắng cho mình rất nhanh, gọn, còn nhắc cập nhật địa chỉ mới trên VNeID. 👍"),
("lb_bhxh", "app", "o", "2025-06:2025-09", "Luat BHXH moi tu 1/7/2025 co cho rut 1 lan nua khong moi nguoi? Toi dong duoc 8 nam, o Long Bien"),
("lb_bhxh", "thu", "b", "", """Kính gửi: BHXH quận Long Biên.
Tôi là Mai Văn Tuấn, mã số BHXH 0108725364. Khi làm thủ tục gộp sổ BHXH (có 2 sổ do làm ở 2 công ty), cán bộ yêu cầu tôi về công ty cũ xin xác nhận quá trình đóng, trong khi công ty này đã giải thể từ năm 2020. Tôi đã nộp quyết định giải thể nhưng vẫn bị trả hồ sơ 2 lần. Kính mong quý cơ quan hướng dẫn cụ thể."""),
("hm_thue", "app", "p", "2025-04:2025-08", "Đến Chi cục Thuế Hoàng Mai nhờ hỗ trợ quyết toán, bạn cán bộ trẻ ngồi làm cùng mình trên máy tính luôn, 20 phút xong. Hoàn thuế về sau 7 ngày. Cảm ơn!"),
("bv_dd", "1022", "o", "", "Người dân phản ánh: khu vực gửi xe của BV đa khoa Đống Đa thu phí gửi xe máy 10.000 đồng/lượt, không có vé, cao hơn quy định. Đề nghị kiểm tra đơn vị trông giữ xe."),
("bv_dd", "app", "p", "", "Cám ơn ekip mổ khoa Ngoại tổng hợp BV Đống Đa đã mổ cấp cứu ruột thừa cho con em lúc 2h sáng. Cháu đã khoẻ và ra viện rồi ạ."),
("maidich", "dvc", "o", "", "Đề nghị UBND phường Mai Dịch xem xét lắp đặt thêm đèn chiếu sáng tại ngõ 2 Hồ Tùng Mậu, khu vực này buổi tối thường xảy ra trộm cắp xe máy.&nbsp;<br>Trân trọng cảm ơn."),
("da_mc", "app", "p", "2025-04:2025-11", "một cửa huyện đông anh giờ có cả tin nhắn zalo báo tiến độ hồ sơ, làm đăng ký hộ kinh doanh đúng 3 ngày có giấy. Khen"),
("khuongtrung", "thu", "n", "2025-01:2025-06", """Kính gửi: Chủ tịch UBND phường Khương Trung.
Ngày 12/12/2024 gia đình tôi làm đơn đề nghị phường xác nhận hiện trạng nhà ở để làm hồ sơ bồi thường do công trình bên cạnh thi công gây lún nứt. Cán bộ địa chính nhận đơn nhưng đến nay không xuống hiện trường, hồ sơ chúng tôi gửi kèm cũng bị làm thất lạc, phải nộp lại bản mới. Đề nghị Chủ tịch phường chỉ đạo giải quyết."""),
("kimchung", "1022", "d", "", "Anh Đoàn Văn Tú (công nhân KCN Thăng Long) phản ánh: nộp hồ sơ đăng ký khai sinh cho con tại UBND xã Kim Chung, hẹn 3 ngày nhưng 2 tuần vẫn chưa có, cán bộ nói “chờ xác minh nơi cư trú của mẹ cháu”."),
("ca_yenhoa", "app", "o", "", "Nhà mình ở Vũ Phạm Hàm, có người lạ đến gõ cửa từng nhà tự xưng “nhân viên điện lực” đòi vào kiểm tra đồng hồ. Công an phường Yên Hòa cảnh báo giúp để bà con cảnh giác với ạ."),
("hm_mc", "dvc", "b", "", "Một cửa quận Hoàng Mai yêu cầu tôi bổ sung hợp đồng thuê nhà có công chứng khi đăng ký hộ kinh doanh, trong khi theo quy định chỉ cần bản sao hợp đồng thuê. Tôi đã đi lại 3 lần.<br>"),
("mydinh1", "1022", "h", "", "Ông Kim Văn Quang phản ánh: khi xin giấy phép tạm sử dụng vỉa hè để tập kết vật liệu sửa nhà ở đường Lê Đức Thọ, cán bộ phường Mỹ Đình 1 nói miệng mức “phí” 5 triệu đồng, không có biên lai, không có văn bản. Đề nghị làm rõ."),
("phucxa", "app", "p", "", "Cảm ơn phường Phúc Xá đã tổ chức tiêm chủng tại nhà văn hóa, bà con bãi giữa không phải đi xa. Cán bộ y tế phường rất nhiệt tình 🙏"),
("cg_thue", "app", "h", "", "Đi nộp hồ sơ ở CCT Cầu Giấy, bên ngoài có ông chào mời “làm thông báo thuế nhanh, 2 triệu, không phải xếp hàng”. Đứng trong sảnh chi cục mà chèo kéo công khai như thế, cán bộ có biết không?"),
("bode", "app", "o", "", "Chợ Bồ Đề tan chợ rác vứt bừa bãi, đến 9h tối vẫn chưa được thu gom, chuột chạy khắp nơi"),
("bv_hd", "app", "p", "", "Cảm ơn bác sĩ khoa Tim mạch BV đa khoa Hà Đông đã theo dõi sát sao bố mình sau đặt stent. Giải thích rất dễ hiểu cho người nhà."),
("bachdang", "app", "n", "", "Phuong Bach Dang cho hoi ve viec ho so xin tro cap nguoi khuyet tat cua em minh nop tu thang 3 da bi lam mat, gio cb bao nop lai tu dau. Ai chiu trach nhiem?"),
("vanquan", "1022", "n", "", "Người dân phản ánh: đã nhiều lần báo với UBND phường Văn Quán về việc một cơ sở sửa chữa ô tô trong khu dân cư phun sơn gây mùi độc hại, nhưng phường không kiểm tra, cơ sở vẫn hoạt động bình thường."),
("ntl_mc", "app", "p", "2025-06:2025-11", "Bộ phận một cửa Nam Từ Liêm có ghế chờ, có nước uống, cán bộ hướng dẫn nhanh. Đăng ký kết hôn có yếu tố nước ngoài của mình xong trước hẹn."),
("ttsocson", "app", "o", "", "Núi Đôi cuối tuần người đi leo núi để rác khắp nơi, chai nhựa, túi ni lông 😞 mong thị trấn Sóc Sơn bố trí thùng rác và biển nhắc nhở."),
("conhue2", "app", "p", "", "Cảm ơn phường Cổ Nhuế 2 xử lý dứt điểm bãi rác tự phát cuối ngõ 118, giờ đã có cây xanh và ghế đá. Người dân rất vui ạ."),
("ca_khuongmai", "1022", "p", "", "Bà Lục Thị Huyền gọi điện cảm ơn Công an phường Khương Mai đã nhanh chóng tìm lại chiếc xe máy bị mất trộm của gia đình trong vòng 2 ngày."),
("tx_bhxh", "dvc", "b", "", "Tôi đề nghị BHXH quận Thanh Xuân giải thích vì sao khi đề nghị cấp lại thẻ BHYT do thay đổi thông tin, tôi bị yêu cầu nộp bản sao giấy khai sinh có chứng thực, trong khi thông tin đã đồng bộ với căn cước.&nbsp;"),
("tathanhoai", "app", "o", "2025-07:2025-10", "Mưa to 2 hôm, cánh đồng ven sông Nhuệ xã Tả Thanh Oai ngập hết lúa sắp gặt 😭 xã có hỗ trợ gì cho bà con không ạ"),
("thuyxuantien", "app", "o", "", "Xã Thủy Xuân Tiên có kế hoạch làm lại đường liên thôn không ạ, đường toàn ổ voi, mùa mưa lội bì bõm."),
]

# ---- batch 08 ----
ROWS += [
("dd_mc", "app", "a", "2024-10:2025-03", "Chị cán bộ quầy hộ tịch một cửa Đống Đa vừa nói chuyện điện thoại riêng vừa ném giấy tờ ra cho dân, mình hỏi nhẹ 1 câu thì bị mắng “không thấy chị đang bận à”. 😡"),
("dd_mc", "app", "p", "2025-05:2025-11", "Cam on bo phan mot cua quan Dong Da, lam trich luc ket hon nhanh, can bo vui ve. Rat hai long"),
("dd_mc", "1022", "p", "2025-06:2025-11", "Ông Từ Văn Quyết gọi đến cảm ơn Bộ phận một cửa quận Đống Đa đã hỗ trợ mẹ ông (88 tuổi, đi xe lăn) làm thủ tục ưu tiên, cán bộ ra tận cửa tiếp nhận hồ sơ."),
("dd_mc", "app", "b", "2024-11:2025-04", "một cửa đống đa: xin bản sao trích lục khai tử mà bắt mình về phường nơi mất xin xác nhận trước. Phường lại bảo quận cấp được luôn. Chạy qua chạy lại 3 buổi"),
("langha", "app", "h", "2024-10:2025-06", "Sửa nhà ở Láng Hạ, vừa dựng giàn giáo đã có 2 anh trật tự phường đến “nhắc”, xong gợi ý “em cứ làm, tối anh qua uống nước”. Mình hiểu nhưng không làm, hôm sau bị lập biên bản đình chỉ vì “che chắn chưa đúng”."),
("langha", "app", "o", "", "Phuong Lang Ha cho hoi lich tiem vac xin phong dai cho cho meo nam nay to chuc o dau a"),
("langha", "dvc", "p", "", "Tôi gửi lời cảm ơn đến cán bộ Văn hóa - Xã hội UBND phường Láng Hạ đã hướng dẫn gia đình tôi làm hồ sơ trợ cấp cho người khuyết tật rất tận tình, hồ sơ được duyệt đúng hẹn.<br><br>Trân trọng."),
("dinhcong", "1022", "h", "2024-12:2025-03", "Bà Vi Thị Nga phản ánh: khi nộp hồ sơ xin cấp giấy phép sửa chữa nhà tại UBND phường Định Công, một cán bộ gợi ý bà “chuẩn bị phong bì” để hồ sơ được ký trong tuần. Bà không đồng ý và hồ sơ đến nay vẫn chưa được xử lý sau 1 tháng."),
("dinhcong", "app", "o", "", "phuong dinh cong oi, ngo 250 Dinh Cong co nguoi ban hang rong bat loa quang cao tu 6h sang, ngay nao cung the. Mong phuong nhac nho"),
("dinhcong", "dvc", "p", "2025-06:2025-11", "Tôi xin cảm ơn UBND phường Định Công đã giải quyết hồ sơ xác nhận nguồn gốc đất của gia đình tôi trong 10 ngày, đúng hẹn, không phát sinh chi phí nào ngoài lệ phí quy định.&nbsp;Cán bộ địa chính làm việc công khai, minh bạch."),
("hd_dk", "1022", "d", "2025-08:2025-11", "Ông Quan Văn Phát phản ánh: hồ sơ cấp GCN lần đầu tại phường Yên Nghĩa nộp qua Chi nhánh VPĐKĐĐ Hà Đông từ tháng 3, đã 3 lần quá hẹn. Cán bộ thừa nhận có hơn 1.000 hồ sơ tồn sau sáp nhập nhưng không đưa ra thời hạn giải quyết."),
("hd_dk", "app", "o", "", "Cho mình hỏi tra cứu tình trạng hồ sơ đất đai ở VPĐK Hà Đông bằng mã hồ sơ ở trang nào ạ? Mình có phiếu hẹn nhưng không biết tra ở đâu"),
("ca_maidich", "app", "d", "2024-11:2025-02", "Đợi căn cước cho con 3 tháng rồi 🙄 ca mai dịch bảo Bộ Công an chưa in xong. Hẹn 7 ngày thành 90 ngày"),
("ca_maidich", "1022", "a", "", "Ông Sầm Văn Đạt phản ánh: khi đến Công an phường Mai Dịch trình báo việc bị lừa đảo qua mạng, cán bộ trực ban cười và nói “ai bảo tham, giờ mất rồi thì chịu”, chỉ cho ghi đơn rồi về. Đề nghị chấn chỉnh thái độ tiếp dân."),
("lb_bhxh", "app", "a", "", "bhxh long biên quầy 4 chị cb bảo “không biết thì về hỏi con cháu, đừng bắt chị giải thích mãi”, bố mk 70 tuổi hỏi về lương hưu chứ có j đâu 😞"),
("lb_bhxh", "1022", "d", "", "Bà Ngọ Thị Hằng phản ánh: hồ sơ hưởng trợ cấp thai sản (lao động nữ đã nghỉ việc) nộp tại BHXH quận Long Biên từ 2 tháng trước, đến nay chưa được chi trả, cán bộ nói “đang chờ đối chiếu dữ liệu”."),
("hm_thue", "app", "o", "2025-01:2025-04", "Cty cũ của mình giải thể rồi thì mình tự quyết toán thuế với CCT Hoàng Mai được không mn, có cần chứng từ khấu trừ không?"),
("hm_thue", "thu", "a", "2025-03:2025-06", """Kính gửi Chi cục Thuế quận Hoàng Mai.
Ngày 18/3 tôi đến bộ phận một cửa để hỏi về nghĩa vụ thuế khi cho thuê nhà. Cán bộ tiếp nhận trả lời với thái độ thiếu tôn trọng, nói “cho thuê nhà mà không biết phải đóng thuế à, trốn thuế bao năm rồi”, trước mặt nhiều người. Tôi chỉ đến để hỏi và chủ động kê khai. Đề nghị lãnh đạo Chi cục xem xét."""),
("bv_dd", "app", "n", "", "BV Đống Đa cho kết quả xét nghiệm máu của bố mình sai tên, ghi tên người khác. Nếu mình không để ý thì bác sĩ đọc kết quả sai rồi. Làm ăn quá ẩu"),
("bv_dd", "app", "o", "", "Nhà thuốc trong khuôn viên BV Đống Đa bán thuốc đắt hơn bên ngoài gần gấp đôi, lại không xuất hoá đơn. Có ai quản lý không ạ?"),
("maidich", "app", "o", "", "Phường Mai Dịch có tổ chức lớp dạy kỹ năng số cho người cao tuổi không ạ? Ông bà em muốn học dùng VNeID"),
("maidich", "app", "d", "", "Đơn đề nghị giải quyết việc hàng xóm lấn chiếm lối đi chung ở ngõ 2 Hồ Tùng Mậu gửi UBND phường Mai Dịch từ tháng 3, đến tháng 6 chưa có buổi hòa giải nào, cũng không trả lời."),
("da_mc", "1022", "a", "", "Bà Hoàng Thị Mơ (xã Vân Nội) phản ánh: khi bà nộp hồ sơ tại Bộ phận một cửa huyện Đông Anh, cán bộ nói “bà điền sai hết rồi, về học lại chữ đi”. Bà rất bức xúc vì bị xúc phạm trước đông người."),
("khuongtrung", "app", "p", "", "Cảm ơn phường Khương Trung xử lý quán karaoke ồn ào ở phố Khương Trung rất nhanh, từ hôm có đoàn kiểm tra đến giờ cả khu được ngủ yên"),
("kimchung", "app", "o", "", "Xa Kim Chung co ho tro nha o xa hoi cho cong nhan KCN Thang Long khong a, thu tuc dang ky the nao"),
("ca_yenhoa", "1022", "o", "", "Người dân phản ánh: khu vực ngõ 97 Trung Kính có nhóm đối tượng thường xuyên tụ tập sử dụng bóng cười vào ban đêm. Đề nghị Công an phường Yên Hòa kiểm tra."),
("hm_mc", "app", "d", "", "nộp hs xin gpxd ở 1 cửa Hoàng Mai 2 tháng r chưa có, hẹn 15 ngày, hỏi thì bảo đang chờ phòng QLĐT thẩm định. thợ đứng chờ mk trả lương ko 😩"),
("mydinh1", "app", "o", "", "Cột đèn trước số 15 phố Đình Thôn bị nghiêng do xe tải đâm, dây điện lủng lẳng. Phường Mỹ Đình 1 báo bên chiếu sáng xử lý gấp ạ."),
("hangbac", "1022", "p", "", "Du khách ông Kevin Nguyễn (Việt kiều) gọi đến cảm ơn cán bộ UBND phường Hàng Bạc đã hỗ trợ ông tìm lại hộ chiếu bị rơi tại khu phố cổ và liên hệ trả lại nhanh chóng."),
("cg_thue", "dvc", "o", "", "Xin hỏi Chi cục Thuế quận Cầu Giấy: tôi cho thuê căn hộ, thu nhập 150 triệu/năm, có phải kê khai và nộp thuế không?<br>Nếu có thì kê khai theo năm hay theo từng lần?"),
("bv_hd", "app", "a", "", "Khoa cấp cứu BV Hà Đông, bảo vệ chặn cửa quát người nhà bệnh nhân như quát trẻ con, nói “vào đây làm gì, đứng ra ngoài”. Mẹ mình đang cấp cứu mà không được hỏi tình hình"),
("bachdang", "1022", "o", "", "Người dân phản ánh: khu vực bãi giữa sông Hồng thuộc phường Bạch Đằng có hiện tượng khai thác cát trái phép vào ban đêm, ảnh hưởng bờ đê. Đề nghị chính quyền kiểm tra."),
("ntl_mc", "1022", "o", "", "Công dân hỏi: thủ tục đăng ký kinh doanh hộ cá thể ở quận Nam Từ Liêm có nộp qua Cổng dịch vụ công được không, bao lâu có kết quả."),
("conhue2", "app", "a", "", "Lên phường Cổ Nhuế 2 xin xác nhận, chú cán bộ bảo “giờ nghỉ trưa rồi còn đến, không biết đọc giờ à”. Lúc đó là 11h10, lịch ghi làm việc đến 11h30."),
("tx_bhxh", "app", "p", "", "BHXH quận Thanh Xuân giải quyết chế độ ốm đau cho mình nhanh lắm, có cả tin nhắn báo khi tiền về tài khoản. Cảm ơn cơ quan."),
("thcs_yenhoa", "app", "p", "", "Con em học THCS Yên Hòa, cô Vân dạy Toán năm nay kèm miễn phí các bạn yếu sau giờ học. Cô rất tận tâm, cả lớp tiến bộ nhiều ❤️"),
("tayho_tnmt", "1022", "n", "", "Người dân phản ánh: việc san lấp trái phép khu đất ven hồ Tây thuộc phường Nhật Tân đã được báo với Phòng TNMT quận Tây Hồ từ tháng trước, nhưng chưa có đoàn kiểm tra, xe tải vẫn đổ đất ban đêm."),
("ttyt_lb", "1022", "n", "", "Bà Nghiêm Thị Hoa phản ánh: đưa cháu đi tiêm chủng tại Trung tâm Y tế quận Long Biên theo lịch hẹn nhưng phòng tiêm đóng cửa, không có thông báo, nhân viên bảo vệ không biết lý do."),
]

# ---- batch 09 ----
ROWS += [
("langha", "thu", "n", "2025-03-03:2025-03-21", """Kính gửi: Chủ tịch UBND quận Đống Đa
Đồng kính gửi: Chủ tịch UBND phường Láng Hạ

Chúng tôi gồm 11 hộ gia đình đang sinh sống tại ngách 23 ngõ 121 phố Thái Thịnh, phường Láng Hạ, quận Đống Đa (danh sách và chữ ký kèm theo). Đại diện liên hệ: ông Khúc Văn Bình, CCCD 001059011284, điện thoại 0912 774 305.

Chúng tôi làm đơn này để phản ánh việc UBND phường Láng Hạ không thực hiện trách nhiệm quản lý trật tự xây dựng đối với công trình xây dựng tại số nhà 9 ngách 23, dù chúng tôi đã phản ánh nhiều lần trong suốt bốn tháng qua.

Cụ thể như sau:

Từ cuối tháng 10 năm 2024, chủ nhà số 9 ngách 23 phá dỡ nhà cũ hai tầng và xây dựng nhà mới. Theo thông tin chúng tôi tìm hiểu, công trình được cấp phép xây dựng 5 tầng, tuy nhiên đến nay công trình đã lên 7 tầng và một tum, phần ban công tầng 2 trở lên đua ra ngõ khoảng 1,2 mét, trong khi ngách 23 chỉ rộng chưa đến 3 mét. Công trình không có lưới che chắn đầy đủ, vật liệu rơi vãi thường xuyên xuống ngõ, đã có hai lần gạch rơi trúng mái tôn nhà số 7 và suýt trúng một cháu nhỏ đang đi học về.

Ngày 14/11/2024, chúng tôi gửi đơn lần thứ nhất đến UBND phường Láng Hạ, có giấy biên nhận. Ngày 20/11/2024, một cán bộ phường xuống chụp ảnh, nói sẽ báo cáo lãnh đạo. Sau đó không có văn bản trả lời.

Ngày 09/12/2024, chúng tôi tiếp tục phản ánh qua ứng dụng iHanoi kèm ảnh chụp. Ứng dụng báo phản ánh đã được “xử lý xong” ngày 23/12/2024 với nội dung “phường đã kiểm tra, nhắc nhở chủ đầu tư”. Tuy nhiên, trên thực tế công trình vẫn tiếp tục xây thêm tầng 6 ngay trong tuần đó.

Ngày 06/01/2025, đại diện các hộ dân đến gặp trực tiếp tại trụ sở UBND phường. Cán bộ phụ trách trật tự xây dựng không có mặt, cán bộ tiếp dân nói “sẽ chuyển lại”. Chúng tôi gọi điện vào số đường dây nóng của phường ghi trên bảng tin nhiều lần nhưng không có người nghe máy vào giờ hành chính.

Ngày 10/02/2025, sau Tết, công trình tiếp tục thi công tầng 7 và tum. Thợ làm việc cả buổi tối, có hôm đến 22 giờ, trộn bê tông ngay trong ngõ, gây tiếng ồn và bụi. Chúng tôi lại gọi cho cán bộ phường thì được trả lời “phường đã lập biên bản rồi, còn xử lý thế nào là việc của quận”. Chúng tôi đề nghị được xem biên bản thì cán bộ từ chối.

Chúng tôi không phản đối việc người dân xây nhà để ở. Nhưng chúng tôi không hiểu vì sao một công trình sai phép rõ ràng, nằm cách trụ sở phường chưa đến một cây số, được người dân phản ánh liên tục bằng đơn, bằng ứng dụng, bằng điện thoại, mà vẫn có thể xây vượt hai tầng trong bốn tháng. Nếu phường đã lập biên bản đình chỉ thì tại sao công trình vẫn thi công hằng ngày? Nếu chưa lập biên bản thì tại sao ứng dụng lại báo “đã xử lý xong”?

Ngoài ra, việc thi công đã làm nứt tường nhà số 7 và số 11, làm lún nền nhà số 8 đối diện. Các hộ này đã đề nghị chủ công trình và phường tổ chức xác định hiện trạng để bồi thường nhưng chưa được phường tổ chức.

Chúng tôi kính đề nghị:
1. UBND quận Đống Đa chỉ đạo kiểm tra toàn bộ việc xây dựng công trình tại số 9 ngách 23 ngõ 121 Thái Thịnh, xử lý các phần xây dựng sai phép theo quy định.
2. Làm rõ trách nhiệm của cán bộ, lãnh đạo UBND phường Láng Hạ trong việc để công trình vi phạm kéo dài, và việc báo cáo “đã xử lý xong” trên ứng dụng iHanoi không đúng thực tế.
3. Chỉ đạo UBND phường tổ chức xác định hiện trạng các nhà bị ảnh hưởng và giải quyết bồi thường theo quy định.
4. Trả lời bằng văn bản cho đại diện các hộ dân.

Chúng tôi xin cam đoan nội dung trên là đúng sự thật. Kèm theo đơn là ảnh chụp công trình theo từng thời điểm, ảnh chụp màn hình phản ánh trên iHanoi và bản sao giấy biên nhận đơn.

Trân trọng cảm ơn!

Hà Nội, ngày 03 tháng 3 năm 2025
Đại diện các hộ dân ký tên"""),
("cg_dk", "app", "d", "2025-05:2025-09", "ai nộp hs ở VPĐK Cầu Giấy từ t3-t4 mà h vẫn chưa có kq thì cmt nhé, mk tổng hợp gửi đơn tập thể 😤 hẹn lần hẹn lữa mãi r"),
("cg_dk", "1022", "d", "2025-08:2025-11", "Bà Thái Thị Kim Oanh phản ánh: hồ sơ cấp đổi GCN do mẹ bà (82 tuổi) đứng tên nộp tại Chi nhánh VPĐKĐĐ Cầu Giấy từ tháng 4/2025 đến nay chưa có kết quả. Cán bộ cho biết hồ sơ đang “chờ chuyển sang đơn vị mới”. Mẹ bà đang bệnh nặng, gia đình mong được giải quyết sớm."),
("cg_dk", "app", "b", "", "hs chuyen nhuong tai vpdk cau giay bi tra ve vi 'ban ve so do thua dat khong dung mau', nhung chinh cb o day lan truoc bao mau nay la dung. moi nguoi 1 kieu"),
("cg_dk", "app", "h", "", "Có cò đứng trước cửa VPĐK Cầu Giấy chào “hồ sơ nào cũng làm được, 2 tuần có sổ”, trong khi dân nộp đường chính thì chờ nửa năm. Nếu không có người trong thì làm sao cò hứa được?"),
("dd_mc", "app", "p", "2025-07:2025-11", "Vừa nhận được cuộc gọi từ một cửa quận Đống Đa hỏi mức độ hài lòng sau khi làm thủ tục. Hài lòng lắm ạ, 10 điểm"),
("dd_mc", "dvc", "p", "2025-05:2025-11", "Tôi nộp hồ sơ đăng ký hộ kinh doanh trực tuyến, được Bộ phận một cửa quận Đống Đa gọi điện hướng dẫn sửa một lỗi nhỏ thay vì trả hồ sơ. Kết quả có sau 2 ngày.&nbsp;Xin cảm ơn."),
("dd_mc", "app", "d", "2024-10:2025-02", "mot cua dong da hen tra giay chung nhan ATTP 15 ngay, nay ngay thu 40, goi dien 10 cuoc ko ai nghe. Quan an cua minh ko mo ban duoc"),
("dinhcong", "app", "h", "2024-10:2025-01", "thủ tục cấp giấy phép sửa nhà phường định công, cb nói thẳng “2 triệu anh lo cho, ko thì 2 tháng” 🙄 ai có kinh nghiệm ko ạ"),
("dinhcong", "app", "p", "2025-06:2025-11", "Phường Định Công giờ làm việc khác hẳn hồi đầu năm, có bảng công khai thủ tục, hẹn ngày rõ ràng, không ai gợi ý gì. Mong giữ được như vậy 👏"),
("dinhcong", "1022", "o", "2025-07:2025-10", "Người dân phản ánh: mưa lớn khiến ngõ 80 Định Công Thượng ngập sâu, nước chảy ngược từ cống vào nhà. Đề nghị phường liên hệ đơn vị thoát nước kiểm tra trạm bơm."),
("hd_dk", "app", "d", "2025-08:2025-11", "ho so tach thua o Ha Dong lan nay la lan hen thu 4 😭 cb bao 'sau sap nhap nhieu ho so qua'. Dan nop tu truoc sap nhap ma"),
("hd_dk", "app", "h", "", "Nghe cán bộ VPĐK Hà Đông nói “hồ sơ này khó, anh giới thiệu dịch vụ làm cho”, rồi đưa số điện thoại một người bên ngoài. Nghi ngờ có móc nối."),
("ca_maidich", "app", "o", "2024-10:2025-01", "ca phuong mai dich co lam can cuoc vao chu nhat khong a, e di lam ca tuan"),
("ca_maidich", "app", "b", "", "Khai báo lưu trú cho khách thuê homestay ở Mai Dịch, đã khai qua ứng dụng mà công an phường vẫn gọi bắt lên nộp sổ giấy ghi chép hằng tuần. Vậy ứng dụng để làm gì ạ?"),
("lb_bhxh", "app", "o", "", "lam the BHYT ho gia dinh cho bo me o Long Bien thi nop o dau, gia bao nhieu 1 nguoi 1 nam a"),
("lb_bhxh", "app", "n", "", "Gửi BHXH Long Biên: mình nộp hồ sơ cấp lại sổ, 1 tháng sau lên lấy thì được bảo “không tìm thấy hồ sơ, làm lại đi”. Giấy biên nhận mình còn giữ đây"),
("hm_thue", "app", "d", "2025-03:2025-06", "Chi cục thuế Hoàng Mai giải quyết hồ sơ đăng ký thuế cho hộ kinh doanh hẹn 3 ngày, giờ 3 tuần. Hỏi thì bảo cán bộ phụ trách nghỉ phép 😑"),
("hm_thue", "1022", "o", "2025-06:2025-09", "Bà Hà Thị Tuyết (chủ quán ăn phố Trương Định) hỏi: hộ kinh doanh nộp thuế khoán chuyển sang kê khai từ năm 2026 thì có phải đăng ký lại với Chi cục Thuế quận Hoàng Mai không."),
("bv_dd", "app", "a", "", "bác sĩ trực khoa Nhi BV Đống Đa đêm qua cáu với vợ mình “con sốt có tí thì cũng mang vào, làm phiền người khác”. Con 1 tuổi sốt 39,5 độ ạ"),
("bv_dd", "1022", "d", "", "Ông Mã Văn Thành phản ánh: bố ông được hẹn mổ thay khớp háng tại BV đa khoa Đống Đa, đã 3 lần hoãn lịch mổ do “hết vật tư”, mỗi lần nhịn ăn chờ cả ngày."),
("maidich", "app", "p", "", "Gửi lời cảm ơn phường Mai Dịch đã tổ chức thu gom rác thải cồng kềnh miễn phí cuối tuần, rất tiện cho dân 👍"),
("maidich", "app", "b", "", "phuong Mai Dich bat toi nop ban sao giay khai sinh co chung thuc khi xin xac nhan tinh trang hon nhan, trong khi tho tuc nay khong can giay khai sinh"),
("da_mc", "app", "o", "", "Đông Anh cho hỏi thủ tục tách thửa đất nông nghiệp có làm được không, diện tích bao nhiêu thì được tách ạ?"),
("da_mc", "1022", "d", "", "Ông Chử Văn Kiên phản ánh: hồ sơ xin giao đất tái định cư do thu hồi đất làm dự án nộp tại huyện Đông Anh từ năm 2023 đến nay chưa có kết quả, mỗi lần hỏi đều được bảo chờ."),
("khuongtrung", "app", "o", "", "Cây xà cừ cổ thụ trước trường mầm non phố Khương Trung mục rỗng thân, nhiều cành khô. Mong phường báo cây xanh cắt tỉa trước mùa bão"),
("kimchung", "app", "n", "", "Xa Kim Chung thong bao lich tiep dan thu 4 ma den noi cua dong then cai, ko ai tiep. Cong nhan xin nghi lam 1 buoi mat 1 ngay cong 😞"),
("ca_yenhoa", "app", "o", "", "Công an phường Yên Hòa cho hỏi: mình đi làm ở nước ngoài 2 năm thì có cần khai báo tạm vắng không ạ?"),
("hm_mc", "1022", "h", "", "Ông Lục Văn Khôi phản ánh: khi nộp hồ sơ chuyển mục đích sử dụng đất tại một cửa quận Hoàng Mai, có người tự xưng quen cán bộ phòng TNMT gợi ý chi 50 triệu để “đẩy nhanh”, và người này biết chính xác tình trạng hồ sơ của ông. Đề nghị kiểm tra."),
("mydinh1", "app", "p", "", "Phường Mỹ Đình 1 hỗ trợ tích hợp giấy phép lái xe vào VNeID ngay tại nhà văn hóa tổ dân phố, tiện cho người già. Cảm ơn các bạn đoàn viên"),
("hangbac", "app", "n", "", "Cán bộ trật tự phường Hàng Bạc đi tuần qua Mã Mây thấy quán lấn chiếm vẫn ngồi uống trà với chủ quán, không nhắc nhở gì 😒"),
("bode", "1022", "o", "", "Người dân phản ánh: xe rác của đơn vị thu gom đỗ tập kết ngay trước cổng trường tiểu học trên phố Bồ Đề vào giờ học sinh đến trường, mùi hôi. Đề nghị đổi giờ thu gom."),
("tx_bhxh", "1022", "o", "2025-06:2025-09", "Ông Khổng Văn Thuận hỏi: ông có 12 năm đóng BHXH bắt buộc, 58 tuổi, theo luật mới từ 1/7/2025 có được hưởng lương hưu không, cần làm thủ tục gì tại BHXH quận Thanh Xuân."),
("phucxa", "app", "o", "", "Đề nghị phường Phúc Xá làm lại sân chơi cho trẻ em khu bãi giữa, cầu trượt gãy, sắt gỉ, trẻ con chơi rất nguy hiểm."),
("ca_khuongmai", "app", "o", "", "Khu tập thể Khương Mai mấy hôm nay mất trộm liên tiếp 3 xe đạp điện, công an phường tăng cường tuần tra giúp ạ"),
("vanquan", "app", "o", "", "chung cư ở Văn Quán phí gửi xe tăng từ 100k lên 180k/tháng mà không họp cư dân, ban quản lý nói chủ đầu tư quyết. Phường có can thiệp được không ạ"),
]

# ---- batch 10 ----
ROWS += [
("cg_dk", "app", "d", "2025-06:2025-10", "vpdk cau giay tra loi kieu gi ma 'ho so dang o so', hoi so nao thi khong biet. 5 thang roi chua co so do, toi da nop phat cham cho ngan hang 2 lan"),
("cg_dk", "dvc", "d", "2025-07:2025-11", "<p>Hồ sơ đăng ký biến động (tặng cho) số 000.00.14.H26-250321-0415, quá hạn 92 ngày.</p><p>Tôi đã gửi phản ánh lần 1 nhưng chỉ nhận được trả lời tự động &quot;hồ sơ đang được xử lý&quot;. Đề nghị Chi nhánh VPĐKĐĐ Cầu Giấy trả lời cụ thể lý do và thời hạn.</p>"),
("cg_dk", "app", "o", "", "mn ơi sổ đỏ mang tên bố mẹ, bố mất rồi thì mẹ bán nhà có cần cả các con ký không ạ. Nhà ở Dịch Vọng Hậu"),
("cg_dk", "1022", "a", "2025-06:2025-10", "Ông Vi Văn Chiến phản ánh: khi đến hỏi tiến độ hồ sơ quá hạn tại Chi nhánh VPĐKĐĐ Cầu Giấy, cán bộ nói “hỏi mãi thế, hồ sơ của ông chứ có phải của riêng ông đâu mà đòi ưu tiên”, rồi bỏ vào trong. Đề nghị chấn chỉnh thái độ."),
("dd_mc", "app", "p", "2025-09:2025-11", "Một cửa Đống Đa bây giờ có cả quầy ưu tiên cho người già, phụ nữ mang thai. Cán bộ chủ động hỏi han. Ghi nhận sự thay đổi 🙌"),
("dd_mc", "app", "o", "", "cho e hỏi chứng thực bản sao từ bản chính ở một cửa quận Đống Đa hay ở phường thì nhanh hơn ạ, e cần gấp 20 bản"),
("dd_mc", "1022", "a", "2024-10:2025-03", "Bà Triệu Thị Nhàn phản ánh: tại Bộ phận một cửa quận Đống Đa, khi bà hỏi lại về giấy tờ còn thiếu, cán bộ lớn tiếng “tôi nói tiếng Việt mà bà không hiểu à”. Đề nghị quận nhắc nhở cán bộ."),
("dd_mc", "app", "p", "2025-04:2025-11", "Thủ tục thay đổi nội dung đăng ký hộ kinh doanh ở quận Đống Đa làm online 100%, không phải lên quận lần nào, kết quả gửi qua bưu điện. Tiện thật sự!"),
("dinhcong", "app", "o", "", "Cho em hỏi đăng ký kết hôn ở phường Định Công cần mang những giấy gì ạ, chồng em hộ khẩu ở Thái Bình"),
("dinhcong", "app", "b", "", "Phuong Dinh Cong yeu cau nop ban sao so ho khau khi xin xac nhan nhan than. So ho khau het gia tri lau roi ma van doi."),
("langha", "app", "o", "", "Xe ô tô đỗ 2 bên ngõ 1 Thái Thịnh cả ngày, xe cứu thương không vào được. Phường Láng Hạ có phân làn hay cấm đỗ được không ạ"),
("langha", "app", "a", "", "Cán bộ tiếp dân UBND phường Láng Hạ nghe mình trình bày được 1 phút thì cắt ngang “thôi biết rồi, về viết đơn đi”, không nhận đơn viết sẵn của mình. Cảm giác bị xua đuổi."),
("langha", "1022", "o", "", "Công dân phản ánh: cửa hàng bán đồ ăn nhanh trên phố Huỳnh Thúc Kháng xả nước thải dầu mỡ trực tiếp ra rãnh thoát nước, bốc mùi. Đề nghị phường kiểm tra."),
("langha", "app", "p", "", "Phường Láng Hạ cho cán bộ xuống tận nhà xác nhận cho bà mình nằm liệt làm hồ sơ trợ cấp, chỉ gọi 1 cuộc điện thoại là đến. Cảm ơn phường nhiều ạ"),
("hd_dk", "1022", "d", "2025-09:2025-11", "Bà Ông Thị Lan phản ánh: hồ sơ chuyển nhượng tại Chi nhánh VPĐKĐĐ Hà Đông quá hạn 3 tháng, bà đã được 3 lần hẹn lại miệng, không có phiếu hẹn mới. Đề nghị có văn bản xin lỗi và hẹn lại theo quy định."),
("hd_dk", "app", "b", "2025-01:2025-05", "VPĐK Hà Đông trả hồ sơ vì thiếu “giấy xác nhận không thay đổi hiện trạng” của phường, phường thì bảo không cấp loại giấy đấy. Cuối cùng ai đúng?"),
("hd_dk", "app", "o", "", "Ha Dong cho hoi cap so do cho can ho chung cu o KDT Van Phu thi chu dau tu lam hay cu dan tu lam a"),
("ca_maidich", "app", "d", "2024-10:2025-01", "cccd cho con o ca mai dich hen 7 ngay, nay 40 ngay. Di hoc truong yeu cau ma khong co"),
("ca_maidich", "1022", "o", "", "Người dân phản ánh: khu vực ngõ 68 Phạm Hùng có nhiều người lạ tụ tập ban đêm, nghi buôn bán ma túy. Đề nghị Công an phường Mai Dịch tăng cường tuần tra, kiểm tra."),
("lb_bhxh", "app", "p", "", "BHXH quận Long Biên hỗ trợ bố mình làm thủ tục hưởng lương hưu rất chu đáo, cán bộ gọi điện hướng dẫn từng giấy, không phải đi lại nhiều. Xin cảm ơn 🙏"),
("lb_bhxh", "1022", "b", "", "Công dân phản ánh: BHXH quận Long Biên yêu cầu người lao động tự đến công ty cũ xin “giấy xác nhận chưa hưởng trợ cấp” khi làm thủ tục rút BHXH một lần, trong khi dữ liệu đã có trên hệ thống."),
("lb_bhxh", "app", "o", "2025-06:2025-10", "the BHYT cua con em hien chua dung duoc tren VNeID, hien loi 'khong tim thay thong tin'. Phai len BHXH Long Bien hay gui online a"),
("bv_dd", "app", "o", "", "Đề nghị BV Đống Đa lắp thêm quạt ở hành lang khu khám bệnh, mùa hè nóng quá, người bệnh xếp hàng chờ mệt lả."),
("bv_dd", "dvc", "h", "", "Kính gửi Bệnh viện đa khoa Đống Đa,&nbsp;Tôi phản ánh việc nhân viên khoa Xét nghiệm gợi ý người nhà bệnh nhân “gửi thêm 200 nghìn” để có kết quả sớm trong buổi sáng. Tôi không rõ đây có phải là dịch vụ theo quy định không, vì không có hóa đơn.<br>"),
("bv_dd", "app", "p", "", "Mẹ mình điều trị tiểu đường ở BV Đống Đa 5 năm nay, bác sĩ Hải khoa Nội tiết luôn khám kỹ, dặn dò tỉ mỉ. Xin cảm ơn bác sĩ"),
("hm_thue", "app", "o", "2025-02:2025-05", "nhờ ad hỏi giúp: người phụ thuộc là bố mẹ thì đăng ký giảm trừ gia cảnh ở CCT Hoàng Mai cần giấy gì ạ"),
("hm_thue", "app", "n", "", "Chi cục thuế Hoàng Mai gửi thông báo nộp thuế ghi sai diện tích thửa đất của nhà mình, thành ra số thuế gấp đôi. Lên đính chính thì bảo chờ 15 ngày 😤"),
("maidich", "app", "o", "", "phường mai dịch cho hỏi năm nay có tổ chức trung thu cho trẻ em ở nhà văn hóa không ạ"),
("maidich", "1022", "a", "", "Ông Lò Văn Tiến phản ánh: cán bộ tư pháp UBND phường Mai Dịch có thái độ thiếu tôn trọng khi ông đến xin sao lục giấy khai sinh, gọi ông là “ông kia”, quát “đứng đợi đấy”."),
("maidich", "app", "p", "", "Cảm ơn các cán bộ UBND phường Mai Dịch đã tổ chức khám sức khỏe miễn phí cho người cao tuổi tại nhà văn hóa, ông bà em rất vui ạ."),
("khuongtrung", "app", "h", "", "Cán bộ phường Khương Trung xuống kiểm tra nhà trọ của mình, không lập biên bản mà “gợi ý” nộp 1 triệu để khỏi phải sửa lối thoát hiểm. Mình chưa nộp thì tuần sau lại xuống 😠"),
("khuongtrung", "dvc", "o", "", "Đề nghị UBND phường Khương Trung tổ chức lại bãi trông giữ xe dưới gầm cầu, hiện thu phí quá quy định và không có vé.<br>"),
("kimchung", "app", "p", "", "Cảm ơn UBND xã Kim Chung tổ chức đón công nhân đi làm sau Tết có điểm tư vấn việc làm và đăng ký tạm trú tại chỗ. Rất tiện ạ."),
("kimchung", "app", "o", "", "đường vào KCN Thăng Long h tan ca tắc cứng, xe container đỗ cả 2 bên, xã có thể đề xuất phân luồng ko ạ"),
("ca_yenhoa", "app", "a", "", "Ra công an phường Yên Hòa đăng ký xe, anh cán bộ vừa hút thuốc vừa làm, khói phả vào mặt dân, nói chuyện với dân thì “này, kia”. Mong cán bộ giữ tác phong."),
("da_mc", "app", "b", "", "Một cửa huyện Đông Anh bắt tôi phải có xác nhận của xã về “không có tranh chấp” mới nhận hồ sơ cấp đổi sổ, trong khi theo quy định mới không cần. Xã thì nói không xác nhận loại này 🤷"),
("hm_mc", "app", "p", "", "Cam on chi can bo tu phap o mot cua quan Hoang Mai da huong dan gia dinh em lam thu tuc cai chinh ho tich cho bo, rat nhiet tinh va de hieu"),
("hm_mc", "app", "o", "", "hỏi thủ tục xin cấp phép xây dựng nhà 4 tầng trong ngõ ở Hoàng Mai có cần thuê đơn vị thiết kế có chứng chỉ không ạ"),
]

# ---- batch 11 ----
ROWS += [
("cg_dk", "app", "d", "2025-05:2025-08", "VPĐK Cầu Giấy ơi, hồ sơ nhà em nộp 10/3 hẹn 7/4, giờ đã quá 2 tháng. Mỗi lần lên hỏi là 1 câu trả lời khác nhau 😩 Bao giờ mới xong ạ?"),
("cg_dk", "app", "d", "2025-09:2025-11", "sổ đỏ đợi 6 tháng chưa có, đất nhà mk chứ có phải xin cho đâu mà khổ thế 😭 vpđk cầu giấy ko thèm nghe máy luôn"),
("cg_dk", "app", "p", "2025-10:2025-11", "Hôm nay cuối cùng cũng nhận được sổ ở VPĐK Cầu Giấy sau 7 tháng 😅 chị cán bộ xin lỗi và giải thích do chuyển đổi hệ thống. Dù sao cũng cảm ơn chị đã tận tình tra cứu giúp."),
("cg_dk", "dvc", "b", "2024-10:2025-04", "Đề nghị Chi nhánh VPĐKĐĐ Cầu Giấy niêm yết công khai danh mục giấy tờ của thủ tục đăng ký thế chấp, vì hiện nay mỗi cán bộ tiếp nhận yêu cầu một kiểu: người đòi bản sao CCCD, người không.&nbsp;"),
("dd_mc", "app", "p", "2025-08:2025-11", "Chị Lan ở quầy chứng thực một cửa Đống Đa siêu dễ thương, mình quên mang bút chị cho mượn còn điền giúp luôn tờ khai"),
("dd_mc", "app", "n", "2024-10:2025-02", "3h chiều ra một cửa Đống Đa, 4/6 quầy không có người, bảng điện tử vẫn sáng. Hỏi bảo vệ bảo các anh chị “đi họp giao ban” 🙄"),
("dd_mc", "thu", "p", "2025-06:2025-11", """Kính gửi: Chủ tịch UBND quận Đống Đa.
Tôi là cựu chiến binh, năm nay 79 tuổi. Vừa qua tôi đến Bộ phận một cửa quận làm thủ tục hưởng chế độ, được đồng chí cán bộ trẻ đón tiếp chu đáo, đỡ tôi lên bậc thềm, hướng dẫn kỹ lưỡng và hẹn trả kết quả tận nhà. Tôi viết thư này để cảm ơn và đề nghị quận khen thưởng đồng chí ấy.
Kính thư."""),
("dd_mc", "dvc", "o", "", "Xin hỏi hồ sơ đăng ký hộ kinh doanh nộp trực tuyến thì nhận kết quả bản giấy ở đâu?<br>Có được gửi qua bưu điện không?"),
("dinhcong", "app", "p", "2025-04:2025-11", "tu khi phuong Dinh Cong thay can bo dia chinh den gio lam giay to nhanh han han, khong con chuyen phai 'lo' nhu truoc. Cam on phuong"),
("langha", "app", "b", "", "Ra UBND phường Láng Hạ xin xác nhận cư trú thì bảo sang công an, sang công an lại bảo lên VNeID tự làm, VNeID báo lỗi. Cuối cùng mất cả ngày không xong"),
("langha", "app", "o", "2024-10:2024-11", "Sau bão, cây đổ chắn ngang ngõ 35 Láng Hạ đã 3 ngày chưa có ai dọn, xe máy phải dắt qua. Mong phường hỗ trợ 🙏"),
("langha", "1022", "n", "", "Công dân phản ánh: gửi đơn đề nghị xác nhận tới UBND phường Láng Hạ, sau 2 tuần cán bộ báo đơn bị “để nhầm chỗ”, không tìm thấy, đề nghị nộp lại. Đề nghị phường quản lý hồ sơ cẩn thận hơn."),
("langha", "app", "o", "", "Quan game o ngo 97 Lang Ha mo den 2-3h sang, hoc sinh tu tap, on ao. Phuong kiem tra giup"),
("hd_dk", "app", "d", "2025-08:2025-11", "Chi nhánh VPĐK Hà Đông cho hỏi bao giờ giải quyết xong hồ sơ tồn? Nhà em nộp từ tháng 4, đã quá hạn gần 5 tháng, lên thì cán bộ bảo chờ. Cả xóm cùng tình trạng."),
("hd_dk", "dvc", "o", "", "Xin hỏi thủ tục đính chính thông tin trên Giấy chứng nhận do thay đổi số CMND sang CCCD có bắt buộc không?&nbsp;Nếu cần thì nộp tại VPĐK Hà Đông hay UBND phường?"),
("hd_dk", "app", "p", "2024-10:2025-03", "VPĐK Hà Đông làm xóa thế chấp cho mình trong ngày, nhanh thật. Cảm ơn anh cán bộ quầy 2."),
("hd_dk", "app", "d", "2025-06:2025-10", "3 lần đi VPĐK Hà Đông lấy sổ, 3 lần “chưa có”. Hồ sơ cấp sổ lần đầu nộp từ tết"),
("ca_maidich", "app", "p", "", "Cam on cong an phuong Mai Dich da ho tro minh lam lai can cuoc ngay trong buoi toi, rat nhanh gon 👍"),
("ca_maidich", "app", "a", "", "Cán bộ công an phường Mai Dịch ở quầy cư trú nói với mình “không biết thì về mà hỏi chủ nhà, đừng hỏi tôi” khi mình hỏi về thủ tục tạm trú"),
("ca_maidich", "dvc", "o", "", "Tôi đang tạm trú tại phường Mai Dịch, hết hạn tạm trú vào tháng tới. Xin hỏi gia hạn tạm trú có làm được trực tuyến không, cần giấy tờ gì?<br>"),
("lb_bhxh", "app", "d", "", "Hồ sơ hưởng trợ cấp một lần của mẹ mình nộp BHXH Long Biên đã 45 ngày chưa có, hẹn 20 ngày. Mình gọi tổng đài 1900 thì bảo liên hệ BHXH quận, BHXH quận thì không nghe máy 😣"),
("lb_bhxh", "1022", "p", "", "Ông Nhữ Đình Hòa gọi đến cảm ơn BHXH quận Long Biên đã giải quyết chế độ tử tuất cho gia đình ông nhanh chóng, cán bộ đến tận nhà hướng dẫn."),
("bv_dd", "app", "n", "", "Đêm qua ở khoa Nội BV Đống Đa mẹ mình truyền dịch bị tắc, bấm chuông gọi 20 phút không ai đến, ra phòng trực thì 2 bạn điều dưỡng đang xem phim trên điện thoại."),
("bv_dd", "app", "o", "", "Cho hỏi BV Đống Đa có khám sức khỏe lái xe không ạ, giá bao nhiêu và có cần đặt lịch không"),
("hm_thue", "app", "p", "2025-03:2025-08", "Chi cục Thuế Hoàng Mai tổ chức buổi hướng dẫn hộ kinh doanh dùng hóa đơn điện tử rất bổ ích, cán bộ kiên nhẫn trả lời từng câu hỏi của các cô chú lớn tuổi"),
("hm_thue", "app", "o", "2025-02:2025-04", "quyet toan thue nam nay co gia han khong a, em chua kip lam, neu nop muon thi phat bao nhieu"),
("hm_thue", "dvc", "b", "2025-01:2025-06", "Tôi đề nghị Chi cục Thuế quận Hoàng Mai xem lại việc yêu cầu người nộp thuế nộp bản giấy tờ khai đã ký tay kèm theo hồ sơ điện tử, gây phiền hà, mất thời gian.<br>Hồ sơ điện tử đã ký số rồi."),
("maidich", "app", "o", "", "Vỉa hè phố Hồ Tùng Mậu trước cổng trường đại học bị các quán trà đá chiếm hết, sinh viên phải đi xuống đường. Phường Mai Dịch xử lý giúp."),
("khuongtrung", "app", "d", "", "Đơn của mình về việc nhà bên cạnh xây làm thấm tường gửi UBND phường Khương Trung 2 tháng chưa ai xuống xem. Hỏi thì bảo “đang xếp lịch” 🙄"),
("kimchung", "app", "b", "", "Xã Kim Chung bắt công nhân thuê trọ muốn xác nhận tạm trú phải có chủ nhà đi cùng lên xã ký trước mặt cán bộ. Chủ nhà ở xa không lên được thì chịu à?"),
("kimchung", "1022", "o", "2025-07:2025-09", "Người dân phản ánh: mưa lớn gây ngập tuyến đường từ cầu Thăng Long vào thôn Bầu, xã Kim Chung, nhiều xe chết máy. Đề nghị xã cử người cảnh báo."),
("ca_yenhoa", "app", "p", "", "Cong an phuong Yen Hoa xu ly vu chay xe o ham chung cu rat nhanh, cac anh co mat chi 5 phut sau khi goi. Cam on cac anh"),
("ca_yenhoa", "1022", "d", "", "Ông Trương Quốc Hưng phản ánh: nộp đơn trình báo mất trộm tài sản tại Công an phường Yên Hòa từ tháng trước, đến nay chưa nhận được thông báo kết quả xác minh, gọi điện hỏi thì được bảo “đang xác minh”."),
("da_mc", "app", "n", "", "Bộ phận một cửa huyện Đông Anh ghi sai tên mình trên giấy chứng nhận hộ kinh doanh, “Nguyễn Thị Thuỷ” thành “Nguyễn Thị Thủy Tiên”. Lên sửa lại mất thêm 5 ngày 😑"),
("da_mc", "app", "o", "", "huyen Dong Anh co chuong trinh ho tro hoc nghe cho lao dong nong thon khong a, dang ky o dau"),
("hm_mc", "app", "a", "", "ông cb 1 cửa hoàng mai quát mk “cầm hồ sơ ra kia ngồi đợi, đừng đứng lù lù ở đây”, mk chỉ hỏi xem hs đủ chưa. thái độ hách dịch ghê"),
("mydinh1", "app", "o", "", "Phường Mỹ Đình 1 ơi, khu vực trước tòa nhà ở Nguyễn Cơ Thạch đang đào đường thi công không rào chắn, tối qua mình suýt lao xe xuống hố."),
]

# ---- batch 12 ----
ROWS += [
("conhue2", "app", "b", "", "Xin xác nhận độc thân ở phường Cổ Nhuế 2 mà bị yêu cầu photo công chứng toàn bộ sổ hộ khẩu cũ, bản án ly hôn và cả giấy khai sinh. Lần sau lại đòi thêm giấy xác nhận của nơi ở trước năm 2015 😩"),
("phucxa", "app", "o", "", "alo alo test thu app 123"),
("vanquan", "1022", "p", "", "Bà Tôn Nữ Thu Hà gọi điện cảm ơn UBND phường Văn Quán đã hỗ trợ kịp thời gia đình bà khi nhà bị cháy chập điện, cán bộ phường có mặt ngay và vận động quyên góp giúp đỡ."),
("bachdang", "app", "o", "2025-09-28:2025-10-10", "Nuoc song Hong len, bai giua phuong Bach Dang ngap het vuon rau, may ho chua kip di doi do dac. Phuong co ho tro gi khong a"),
("ttsocson", "app", "h", "", "Cán bộ địa chính thị trấn Sóc Sơn bảo muốn xác nhận hiện trạng đất để làm sổ thì “bồi dưỡng anh em đi đo”, 3 triệu, không có hóa đơn. Đo đạc là việc của nhà nước mà?"),
("ttsocson", "1022", "o", "", "Người dân phản ánh: chợ Sóc Sơn có nhiều hộ kinh doanh bán gia cầm sống không rõ nguồn gốc, giết mổ ngay tại chợ, nước thải chảy ra đường. Đề nghị thị trấn kiểm tra."),
("nhattan", "app", "b", "", "Phường Nhật Tân bắt mình nộp đơn xin cấp giấy phép sửa chữa nhà dù chỉ thay mái tôn, trong khi quy định sửa chữa không thay đổi kết cấu thì không cần phép. Mất 2 tuần chờ"),
("nhattan", "app", "o", "2025-01-05:2025-02-10", "dao nhat tan nam nay gia cao qua, con bi ep gia o cho hoa, phuong co kiem soat gia ko a 🌸"),
("nhattan", "1022", "n", "", "Người dân phản ánh: việc lấn chiếm đất bãi ven sông để làm bãi trông giữ xe trái phép tại phường Nhật Tân đã được báo nhiều lần, nhưng cán bộ phường không xử lý, bãi xe vẫn thu tiền công khai."),
("th_kimlien", "app", "a", "", "Con mình học lớp 3 trường Tiểu học Kim Liên về kể bị cô giáo gọi là “đồ ngu” trước lớp vì làm sai bài. Mong nhà trường nhắc nhở, trẻ con rất tổn thương"),
("th_kimlien", "dvc", "o", "2025-07:2025-09", "Xin hỏi Trường Tiểu học Kim Liên có tổ chức bán trú cho học sinh lớp 1 không? Mức thu tiền ăn và các khoản thu đầu năm học 2025-2026 là bao nhiêu?&nbsp;"),
("thcs_yenhoa", "app", "o", "", "h tan học trước cổng THCS Yên Hòa phụ huynh đỗ xe tràn ra đường Yên Hòa, tắc kinh khủng, nhà trường vs phường có cách j ko ạ"),
("thcs_yenhoa", "1022", "h", "2025-09:2025-10", "Phụ huynh phản ánh: đầu năm học 2025-2026, Trường THCS Yên Hòa thu thêm khoản “hỗ trợ cơ sở vật chất” 800.000 đồng/học sinh, không có trong danh mục thu được phê duyệt, không có biên lai. Đề nghị kiểm tra."),
("tathanhoai", "app", "o", "", "Bãi đất trống cạnh trường mầm non xã Tả Thanh Oai bị người ta đổ phế thải xây dựng ban đêm, mong xã lắp camera và biển cấm."),
("tathanhoai", "1022", "d", "", "Ông Ninh Văn Lộc phản ánh: đơn đề nghị xác nhận nguồn gốc đất nộp tại UBND xã Tả Thanh Oai từ 3 tháng trước chưa được giải quyết, xã hẹn nhiều lần với lý do chờ họp hội đồng tư vấn đất đai."),
("battrang", "app", "p", "", "Cảm ơn UBND xã Bát Tràng đã làm thủ tục khai sinh cho con em nhanh chóng, chị cán bộ tư pháp còn tặng bé cái bát gốm nhỏ làm kỷ niệm 🥰"),
("battrang", "1022", "o", "", "Người dân phản ánh: xe tải chở đất sét và gốm ra vào làng nghề Bát Tràng chạy tốc độ cao trên đường đê, nhiều lần suýt va chạm với học sinh. Đề nghị xã bố trí biển báo."),
("battrang", "app", "o", "", "Xin hỏi UBND xã Bát Tràng: hộ làm gốm muốn chuyển lò than sang lò gas có được hỗ trợ kinh phí không ạ"),
("ttyt_lb", "app", "a", "", "ttyt long bien chi o phong tiem quat con minh 'im ngay', be 2 tuoi so qua khoc thi co gi ma quat"),
("ttyt_lb", "dvc", "o", "", "Tôi xin hỏi Trung tâm Y tế quận Long Biên có tổ chức khám sàng lọc ung thư vú miễn phí cho phụ nữ trên 40 tuổi không?<br>Đăng ký ở đâu?"),
("tanlinh", "app", "o", "", "Đường lên khu du lịch ở Tản Lĩnh cuối tuần ô tô đỗ tràn lan, có người thu phí đỗ xe 50k không vé. Xã có biết không ạ?"),
("tanlinh", "app", "b", "", "Lam giay phep kinh doanh homestay o xa Tan Linh ma xa bao phai len huyen, len huyen lai bao ve xa xin xac nhan truoc. Di lai 4 lan chua xong, nha o xa 40km"),
("thuyxuantien", "1022", "d", "", "Bà Lã Thị Hường phản ánh: hồ sơ đề nghị hưởng trợ cấp người cao tuổi nộp tại UBND xã Thủy Xuân Tiên từ 4 tháng trước, đến nay chưa được duyệt, cán bộ xã nói “chờ huyện”."),
("thuyxuantien", "app", "p", "", "Xã Thủy Xuân Tiên tổ chức làm căn cước lưu động cho người già ở thôn, không phải đi xa. Cảm ơn xã và công an xã ❤️"),
("txtrung", "app", "h", "", "cb phuong thanh xuan trung xuong kiem tra quan an nha minh, bao thieu giay ATTP, 'dong 3 trieu anh bo qua'. minh co du giay ma van bi doi"),
("txtrung", "app", "o", "", "Điện lực cắt điện cả khu Thanh Xuân Trung 8 tiếng không báo trước, hàng hóa trong tủ đông hỏng hết. Gọi tổng đài điện lực thì chờ mãi không gặp được ai 😤"),
("txtrung", "1022", "p", "", "Ông Lê Bá Thông gọi điện cảm ơn UBND phường Thanh Xuân Trung đã giải quyết nhanh việc cấp giấy xác nhận cho con ông đi du học, chỉ trong 1 buổi sáng."),
("tayho_tnmt", "app", "o", "", "Hỏi phòng TNMT quận Tây Hồ: khu vực Nhật Tân bao giờ có quy hoạch chi tiết công khai? Dân muốn xây nhà không biết đất có nằm trong quy hoạch không"),
("tayho_tnmt", "app", "d", "", "Đơn đề nghị kiểm tra việc nhà hàng ven hồ xả thải gửi phòng TNMT Tây Hồ 2 tháng trước đến nay chưa có văn bản trả lời. Luật quy định bao nhiêu ngày phải trả lời ạ?"),
("bv_bhxh", "app", "o", "", "BHXH huyện Ba Vì cho hỏi mua BHYT hộ gia đình cho cả nhà 5 người ở xã Tản Lĩnh thì được giảm bao nhiêu ạ"),
("mydinh1", "app", "n", "", "phuong My Dinh 1 cap giay xac nhan cu tru cho minh ghi sai ngay sinh, can bo bao 'tu di sua thi lam don lai'. Loi cua can bo ma"),
("hm_mc", "app", "o", "", "THANH LÝ BÀN GHẾ VĂN PHÒNG GIÁ RẺ, freeship nội thành, ib zalo 0978 223 614"),
("dinhcong", "app", "o", "2025-05:2025-11", "mn oi phuong dinh cong co tiep nhan ho so tro cap cho nguoi cao tuoi tren 75 tuoi chua a, bo me minh 76 tuoi"),
("langha", "app", "o", "", "ko bít có ai giống mình ko, mạng internet khu Láng Hạ nhà mình dùng nhà mạng nào cũng chập chờn từ tuần trước, gọi tổng đài bảo đứt cáp biển 😫"),
("conhue2", "app", "o", "", "e hỏi tí, phường cổ nhuế 2 có làm chứng thực chữ kí tiếng anh ko hay phải ra phòng tư pháp quận ạ, cần gấp hs du học"),
]

# Rows whose `Nội dung` is empty in the source system (attachment-only or
# lost in the export). They still carry an office and a channel.
ROWS += [
    ("cg_dk", "dvc", "e", "", ""),
    ("dd_mc", "app", "e", "", ""),
    ("maidich", "app", "e", "", ""),
    ("lb_bhxh", "dvc", "e", "", ""),
    ("hm_mc", "app", "e", "", ""),
]

# Citizens who send the same text again: (key of the earlier row, days later).
# The copy keeps the office, district, channel and text of the earlier row.
REPEATS = [
    ("R1", 9),
    ("R2", 6),
    ("R3", 2),
    ("R4", 14),
]
