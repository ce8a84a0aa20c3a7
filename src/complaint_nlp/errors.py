"""The one exception type users see: a one-line message naming the file, row or column."""


class InputError(Exception):
    """Bad input or options: the CLI prints the message on one line and exits with code 2.

    >>> str(InputError("exports/week1.csv: no text column; columns are: id, ngay"))
    'exports/week1.csv: no text column; columns are: id, ngay'
    """


class ModelError(Exception):
    """A model directory that is missing, tampered with or built with other versions (exit code 3)."""
