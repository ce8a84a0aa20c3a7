import pandas as pd
import pytest

from complaint_nlp.io import read_table, write_table
from complaint_nlp.promotion import compare_reports, train_and_promote
from complaint_nlp.tagging import tag_file
from complaint_nlp.training import evaluate_file, train_to_dir


def _report(macro, **f1):
    return {"macro_f1": macro, "per_label": {k: {"f1": v, "support": 10} for k, v in f1.items()}}


def test_a_label_dropping_past_the_margin_blocks_promotion():
    result = compare_reports(
        _report(0.80, a=0.9, b=0.7), _report(0.82, a=0.86, b=0.78), margin=0.02
    )
    assert result["worse_labels"] == ["a"] and not result["promote"]


def test_lower_macro_f1_blocks_promotion():
    result = compare_reports(_report(0.80, a=0.8), _report(0.79, a=0.79), margin=0.05)
    assert not result["promote"] and "macro-F1 drops" in result["reasons"][0]


def test_better_model_is_promoted():
    assert compare_reports(_report(0.8, a=0.8), _report(0.85, a=0.85))["promote"]


@pytest.fixture(scope="module")
def loop_data(corpus_train, corpus_test, tmp_path_factory):
    """A small seed corpus, a pool with hidden gold labels, and a held-out evaluation set."""
    folder = tmp_path_factory.mktemp("loop")
    primary = corpus_train["labels"].str.split(";").str[0]
    seed = corpus_train.groupby(primary, group_keys=False).apply(
        lambda g: g.sample(12, random_state=1)
    )
    rest = corpus_train.drop(seed.index).sample(700, random_state=2)
    evaluation = corpus_test
    seed[["text", "labels"]].to_csv(folder / "seed.csv", index=False)
    write_table(rest[["id", "text"]], folder / "pool.csv")
    evaluation[["text", "labels"]].to_csv(folder / "eval.csv", index=False)
    gold = dict(zip(rest["id"], rest["labels"], strict=True))
    return folder, gold


def test_active_learning_loop_raises_macro_f1_and_promotes(loop_data):
    folder, gold = loop_data
    target = folder / "model"
    train_to_dir([folder / "seed.csv"], target, folds=3)
    before = evaluate_file(folder / "eval.csv", model_dir=target)["macro_f1"]

    tag_file(folder / "pool.csv", output=folder / "pool.tagged.csv", model_dir=target, jobs=1)
    from complaint_nlp.selection import select_for_labelling

    picked = select_for_labelling(read_table(folder / "pool.tagged.csv"), n=250)
    picked["labels"] = picked["id"].map(gold)  # the reviewer's labels, from held-out gold
    write_table(picked[["text", "labels"]], folder / "corrections.xlsx")

    result = train_and_promote(
        [folder / "seed.csv", folder / "corrections.xlsx"],
        target,
        eval_data=folder / "eval.csv",
        folds=3,
    )
    after = evaluate_file(folder / "eval.csv", model_dir=target)["macro_f1"]
    print(
        f"\nloop: held-out macro-F1 {before:.3f} -> {after:.3f}; {result['reasons'] or 'promoted'}"
    )
    assert result["promote"], result["reasons"]
    assert after > before + 0.03
    assert result["new_macro_f1"] == pytest.approx(after)


def test_a_worse_candidate_is_kept_aside_and_the_old_model_stays(loop_data, tmp_path):
    folder, _ = loop_data
    target = tmp_path / "model"
    good = pd.read_csv(folder / "eval.csv")
    train_to_dir([folder / "seed.csv"], target, folds=3)
    before = (target / "model.joblib").read_bytes()
    tiny = good.groupby(good["labels"].str.split(";").str[0], group_keys=False).head(5)
    tiny = tiny.assign(
        labels=tiny["labels"].sample(frac=1, random_state=0).to_numpy()
    )  # scrambled labels
    tiny.to_csv(tmp_path / "bad.csv", index=False)
    result = train_and_promote(
        [tmp_path / "bad.csv"], target, eval_data=folder / "eval.csv", folds=2, min_examples=2
    )
    assert not result["promote"]
    assert (target / "model.joblib").read_bytes() == before
    assert (tmp_path / "model.candidate" / "model.joblib").exists()
