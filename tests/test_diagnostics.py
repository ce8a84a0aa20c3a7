from complaint_nlp.diagnostics import misclassified, prediction_table, predictions_for_file
from complaint_nlp.model import load_model

TEXTS = [
    "Cán bộ phường quát tháo, mắng tôi là đồ nhà quê",
    "hồ sơ sổ đỏ nộp từ tháng 3, hẹn 4 lần vẫn chưa có",
    "cảm ơn chị Lan ở bộ phận một cửa quận Đống Đa rất tận tình",
]


def test_prediction_table_has_one_row_per_item_with_truth_and_prediction():
    table = prediction_table(
        load_model(), TEXTS, [["attitude"], ["delay", "bureaucracy"], ["delay"]]
    )
    assert list(table.columns) == [
        "text",
        "true_label",
        "true_labels",
        "pred_label",
        "pred_labels",
        "confidence",
        "needs_review",
        "correct",
    ]
    assert table["true_labels"].tolist()[1] == "delay;bureaucracy"
    assert table["correct"].tolist() == [True, True, False]
    assert table["confidence"].between(0, 1).all()


def test_misclassified_lists_confident_mistakes_first():
    table = prediction_table(load_model(), TEXTS * 2, [["delay"]] * 6)
    table.loc[0, "confidence"] = 0.99
    wrong = misclassified(table)
    assert not wrong["correct"].any()
    assert wrong["confidence"].is_monotonic_decreasing
    assert len(wrong) == 4


def test_predictions_for_a_labelled_file(root):
    table = predictions_for_file(root / "data" / "corpus" / "test.csv")
    assert len(table) > 100
    assert table["correct"].mean() > 0.8
