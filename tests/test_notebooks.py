from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = ("01_explore_trends.ipynb", "02_model_errors.ipynb")


@pytest.mark.slow
@pytest.mark.parametrize(("name", "cwd"), [(NOTEBOOKS[0], "notebooks"), (NOTEBOOKS[1], ".")])
def test_notebook_runs_top_to_bottom_on_a_clean_kernel(root: Path, shipped_model, name, cwd):
    """Each notebook runs once, one from its own folder and one from the repo root."""
    notebook = nbformat.read(root / "notebooks" / name, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(root / cwd)}},
    )
    client.execute()
    errors = [
        output
        for cell in notebook.cells
        for output in cell.get("outputs", [])
        if output.get("output_type") == "error"
    ]
    assert errors == []
    images = [
        output
        for cell in notebook.cells
        for output in cell.get("outputs", [])
        if "image/png" in output.get("data", {})
    ]
    assert images, "no chart was drawn"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_is_committed_with_outputs_cleared(root: Path, name):
    notebook = nbformat.read(root / "notebooks" / name, as_version=4)
    nbformat.validate(notebook)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
