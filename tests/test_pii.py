import pytest

from complaint_nlp.pii import redact

CAUGHT = [
    ("Gọi tôi 0912345678 nhé", "[SĐT]"),
    ("sđt 0912 345 678", "[SĐT]"),
    ("ĐT: 0987.654.321", "[SĐT]"),
    ("liên hệ +84 912 345 678", "[SĐT]"),
    ("máy bàn 024 3825 1234", "[SĐT]"),
    ("email: nguyen.van.a@gmail.com", "[EMAIL]"),
    ("CCCD số 001203004567", "[CCCD]"),
    ("CMND 012345678", "[CCCD]"),
    ("xe biển 29A-123.45 bị giữ", "[BIỂN SỐ]"),
    ("xe máy 30E1-234.56", "[BIỂN SỐ]"),
    ("biển số 51F 12345", "[BIỂN SỐ]"),
    ("STK: 0123456789012 Vietcombank", "[STK]"),
    ("số tài khoản 1903 5555 8888 01", "[STK]"),
    ("xem https://dichvucong.gov.vn/p/home", "[URL]"),
]

NOT_CAUGHT = [
    "hồ sơ nộp ngày 12/03/2024",  # dates stay
    "phí 1.500.000 đồng",  # amounts stay
    "mã hồ sơ 000.00.19.H26-240312-0001",  # receipt codes are not personal data
    "tổ 12 phường 7 quận 3",
]


@pytest.mark.parametrize(("text", "mask"), CAUGHT)
def test_personal_data_is_masked(text, mask):
    out = redact(text)
    assert mask in out
    assert not any(ch.isdigit() for ch in out.split(mask)[0][-3:] + out.split(mask)[-1][:3])


@pytest.mark.parametrize("text", NOT_CAUGHT)
def test_dates_amounts_and_codes_are_left_alone(text):
    assert redact(text) == text


def test_redaction_keeps_the_rest_of_the_text():
    assert redact("Cán bộ gọi 0912345678 đòi tiền") == "Cán bộ gọi [SĐT] đòi tiền"
