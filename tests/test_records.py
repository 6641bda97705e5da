import dataclasses

from pipeline.records import Mention


def test_resolved_mention_is_replace_of_entity_and_label():
    """`Mention.resolved` builds the mention positionally: it must stay what dataclasses.replace
    gives, field for field (a field added to Mention must be added there too)."""
    m = Mention(3, 9, "Leerdam", label="LOC", canonical="Jutta Leerdam", entity_id="")
    assert m.resolved("PER-jutta-leerdam-1", "PER") == dataclasses.replace(
        m, entity_id="PER-jutta-leerdam-1", label="PER")
    assert [f.name for f in dataclasses.fields(Mention)] == ["start", "end", "text", "label", "canonical", "entity_id"]
