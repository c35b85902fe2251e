from acme_notes.search import search

def test_empty():
    assert search("") == []
