"""Entity rules around the model: where a person's name begins and ends."""

import pytest

from pipeline.entities import clean_name


@pytest.mark.parametrize("text, name", [
    ("De Noorse Ragne Wiklund", "Ragne Wiklund"),      # article and nationality go
    ("Coach Jac Orie", "Jac Orie"),                    # a title goes
    ("Voor De Boo", "De Boo"),                         # a particle before a surname stays
    ("De Noor Sander Eitrem", "Sander Eitrem"),        # "the Norwegian" goes
    ("De Belgische Noor Vidts", "Noor Vidts"),         # after a nationality, Noor is a given name
    ("Sofie Dokter", "Sofie Dokter"),                  # a surname that is also a title
    ("Romy Koning", "Romy Koning"),
    ("Lotte ter Haar", "Lotte ter Haar"),              # after a particle a stop word is a surname
    ("Jan van", "Jan"),                                # a trailing particle still goes
])
def test_clean_name(text, name):
    start, end = clean_name(text, 0, len(text))
    assert text[start:end] == name

