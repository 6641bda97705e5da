"""Build nl_nlie_news from the shared corpora: convert, train, assemble.

    python models/recipe/train.py --corpora ../shared/corpora --output models/nl_nlie_news

Steps (all single-threaded, seed 0, so the result is deterministic for given corpora):

1. convert.py: CoNLL-2002 and UD CoNLL-U -> DocBin in --work/corpus;
2. NER (configs/ner_pos.cfg; the UD morphologizer, frozen, feeds POS to it) on ned.train + ned.testa for a fixed number of steps
   (the number chosen while tuning on ned.testa with ned.train only; see models/README.md);
   ``--ner-data train`` trains on ned.train alone and keeps the best model on ned.testa;
3. (runs first) tok2vec + morphologizer + senter (configs/ud.cfg) on UD LassySmall train plus
   CoNLL-2002 ned.train sentence boundaries, best on Alpino dev;
4. assemble (configs/assemble.cfg) + doc-consistency step, write meta.json, copy to --output.
ned.testb is never read here.
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[_v] = "1"  # one core, always

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

NAME = "nl_nlie_news"
VERSION = "0.1.0"
#: Steps for the final NER run on train+testa (best step on testa with train only, see README).
NER_FINAL_STEPS = 4500


def run(cmd: list) -> None:
    print("+", " ".join(map(str, cmd)), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, env=os.environ.copy())


def spacy_train(cfg: Path, out: Path, train: Path, dev: Path, *overrides: str) -> None:
    run([sys.executable, "-m", "spacy", "train", cfg, "--output", out, "--code", HERE / "spacy_code.py",
         "--paths.train", train, "--paths.dev", dev, *overrides])


def assemble(ud: Path, ner: Path, output: Path, ner_note: str) -> None:
    import spacy
    from spacy import util

    import pipeline.nlp  # noqa: F401  registers nlie_doc_consistency

    config = util.load_config(HERE / "configs" / "assemble.cfg",
                              overrides={"paths.ud": str(ud), "paths.ner": str(ner)}, interpolate=False)
    util.fix_random_seed(0)
    nlp = util.load_model_from_config(config, auto_fill=True)
    config = config.interpolate()
    sourced = util.get_sourced_components(config)
    nlp._link_components()
    with nlp.select_pipes(disable=[*sourced]):
        nlp.initialize()
    nlp.meta.update(
        name=NAME,
        version=VERSION,
        description=(
            "Dutch news pipeline of the nlie project: morphologizer (UPOS + UD features) "
            "trained on UD Dutch LassySmall; rule-based sentencizer; NER (PER, ORG, LOC, MISC) trained on "
            f"CoNLL-2002 Dutch ({ner_note}); document-level post-processing (surnames, titles, place names, "
            "articles, name particles; see nlie_doc_consistency). "
            "Needs `import pipeline.nlp` (registers nlie_doc_consistency and nlie.GazetteerHashEmbed.v1). See models/README.md."
        ),
        author="nlie project",
        license="CoNLL-2002 data: research use only; UD LassySmall: CC BY-SA 4.0 (see models/README.md)",
        sources=[
            {"name": "CoNLL-2002 Dutch NER", "url": "https://www.clips.uantwerpen.be/conll2002/ner/",
             "license": "research use only"},
            {"name": "UD Dutch LassySmall", "url": "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
             "license": "CC BY-SA 4.0"},
        ],
        spacy_version=f">={spacy.about.__version__.rsplit('.', 1)[0]}.0,<3.9.0",
    )
    nlp.meta.pop("performance", None)
    if output.exists():
        shutil.rmtree(output)
    nlp.to_disk(output)
    # The gazetteer lists live in the ner weights; the training-time list path is not needed.
    cfg = util.load_config(output / "config.cfg", interpolate=False)
    embed = cfg["components"]["ner"]["model"]["tok2vec"]["embed"]
    if "gazetteer" in embed:
        embed["gazetteer"] = None
        cfg.to_disk(output / "config.cfg")
    print(f"wrote {output}: pipes {nlp.pipe_names}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", type=Path, default=REPO.parent / "shared" / "corpora")
    ap.add_argument("--output", type=Path, default=REPO / "models" / NAME)
    ap.add_argument("--work", type=Path, default=REPO / "training", help="corpus/ and output/ go here (gitignored)")
    ap.add_argument("--ner-data", choices=["train+testa", "train"], default="train+testa")
    ap.add_argument("--skip", nargs="*", default=[], choices=["convert", "ner", "ud"],
                    help="reuse earlier results of these steps from --work")
    a = ap.parse_args()
    corpus, out = a.work / "corpus", a.work / "output"
    cfgs = HERE / "configs"

    if "convert" not in a.skip:
        from convert import convert_all

        convert_all(a.corpora, corpus)
        from gazetteer import build

        (corpus / "gazetteer.json").write_text(json.dumps(build(), ensure_ascii=False), encoding="utf-8")
    ud_dir = out / "ud"
    if "ud" not in a.skip:
        spacy_train(cfgs / "ud.cfg", ud_dir, corpus / "ud_train_plus_conll.spacy", corpus / "ud_dev.spacy")
    ud = ("--paths.ud", str(ud_dir / "model-best"), "--paths.gazetteer", str(corpus / "gazetteer.json"))
    if a.ner_data == "train":
        ner_dir, ner_note = out / "ner", "ned.train; best on ned.testa"
        if "ner" not in a.skip:
            spacy_train(cfgs / "ner_gaz.cfg", ner_dir, corpus / "ner_train.spacy", corpus / "ner_testa.spacy", *ud)
        ner_model = ner_dir / "model-best"
    else:
        ner_dir, ner_note = out / "ner_final", f"ned.train + ned.testa, {NER_FINAL_STEPS} steps"
        if "ner" not in a.skip:
            # testa is in the training data here, so its dev score is not a selection criterion:
            # fixed step count, keep the last model.
            spacy_train(cfgs / "ner_gaz.cfg", ner_dir, corpus / "ner_train_testa.spacy", corpus / "ner_testa.spacy", *ud,
                        "--training.max_steps", str(NER_FINAL_STEPS), "--training.patience", "0",
                        "--training.eval_frequency", "1000")
        ner_model = ner_dir / "model-last"
    assemble(ud_dir / "model-best", ner_model, a.output, ner_note)


if __name__ == "__main__":
    main()
