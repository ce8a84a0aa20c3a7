"""Tag Vietnamese citizen feedback about public offices with the misconduct it reports.

>>> from complaint_nlp import load_model, predict_texts
>>> model = load_model()                      # the shipped default model
>>> predict_texts(model, ["cán bộ phường quát tháo người dân"])[0].label
'attitude'
"""

from complaint_nlp.model import Prediction, build_pipeline, load_model, predict_texts, save_model
from complaint_nlp.tagging import tag_dataframe, tag_file
from complaint_nlp.training import evaluate_model, train_model

__all__ = [
    "Prediction",
    "build_pipeline",
    "evaluate_model",
    "load_model",
    "predict_texts",
    "save_model",
    "tag_dataframe",
    "tag_file",
    "train_model",
]
__version__ = "0.1.0"
