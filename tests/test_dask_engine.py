import pandas as pd
import pytest

from complaint_nlp.dask_engine import expand_inputs, tag_with_dask
from complaint_nlp.errors import InputError
from complaint_nlp.io import read_table, write_table
from complaint_nlp.tagging import tag_file


@pytest.fixture()
def exports(corpus_test, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    rows = corpus_test[["id", "text"]].head(90)
    write_table(rows.iloc[:50], folder / "week1.csv")
    write_table(rows.iloc[50:], folder / "week2.csv")
    return folder


def test_dask_engine_on_two_process_cluster_matches_the_local_engine(exports, tmp_path):
    summary = tag_with_dask(
        [str(exports / "*.csv")], output_dir=tmp_path / "out", n_workers=2, chunksize=20
    )
    assert summary.rows_in == summary.rows_out == 90
    assert len(summary.files) == 2
    for name in ("week1", "week2"):
        parts = sorted((tmp_path / "out" / name).glob("part-*.parquet"))
        dask_df = pd.concat([pd.read_parquet(p) for p in parts], ignore_index=True)
        tag_file(exports / f"{name}.csv", output=tmp_path / f"{name}.local.csv", jobs=1)
        local = read_table(tmp_path / f"{name}.local.csv")
        assert dask_df["id"].tolist() == local["id"].tolist()
        assert dask_df["pred_labels"].tolist() == local["pred_labels"].tolist()


def test_a_pattern_matching_nothing_is_refused(tmp_path):
    with pytest.raises(InputError, match="no file matches"):
        expand_inputs([str(tmp_path / "*.csv")])
