import pandas as pd

from complaint_nlp.selection import select_for_labelling


def _tagged(texts, confidences):
    return pd.DataFrame(
        {
            "text": texts,
            "pred_label": ["delay"] * len(texts),
            "pred_labels": ["delay"] * len(texts),
            "pred_confidence": confidences,
            "pred_needs_review": [c < 0.5 for c in confidences],
        }
    )


def test_least_sure_rows_are_picked_first():
    df = _tagged(
        ["quát tháo người dân", "hẹn ba lần chưa trả", "cảm ơn chị cán bộ", "ổ gà đường Láng"],
        [0.9, 0.3, 0.8, 0.4],
    )
    picked = select_for_labelling(df, n=2)
    assert picked["text"].tolist() == ["hẹn ba lần chưa trả", "ổ gà đường Láng"]


def test_near_duplicates_are_not_picked_twice():
    dup = "Cán bộ phường Láng Hạ hẹn ba lần vẫn chưa trả hồ sơ đăng ký khai sinh cho con tôi"
    df = _tagged(
        [dup, dup + "!", dup.upper(), "cảm ơn chị cán bộ một cửa rất tận tình"],
        [0.3, 0.31, 0.32, 0.6],
    )
    picked = select_for_labelling(df, n=3)
    assert len(picked) == 2
    assert picked["text"].tolist()[1] == "cảm ơn chị cán bộ một cửa rất tận tình"


def test_output_has_empty_labels_and_suggestions_beside_the_text():
    df = _tagged(["quát tháo", "trễ hẹn"], [0.4, 0.5])
    picked = select_for_labelling(df, n=5)
    assert list(picked.columns) == ["text", "labels", "suggested_labels", "pred_confidence"]
    assert (picked["labels"] == "").all() and (picked["suggested_labels"] == "delay").all()


def test_empty_texts_are_never_picked():
    df = _tagged(["", "trễ hẹn"], [0.1, 0.9])
    assert select_for_labelling(df, n=2)["text"].tolist() == ["trễ hẹn"]


def test_untagged_input_is_tagged_first():
    df = pd.DataFrame({"Nội dung": ["cán bộ quát tháo", "hồ sơ trễ hẹn 2 tháng", "ổ gà"]})
    picked = select_for_labelling(df, n=2)
    assert len(picked) == 2 and "suggested_labels" in picked.columns
